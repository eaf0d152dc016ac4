import type { ColumnType, Generated } from 'kysely';
import type { DiscoveryTool } from '../domain/discovery-tools.ts';
import type { ContactMethod, DateText } from './schema-cases.ts';

/** Tables of stages 3 and 4 (migration 014): discovery tools, sessions, searches, engagement. */

type Created = Generated<Date>;

export interface DiscoveryToolsTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  tool: DiscoveryTool;
  offered_on: DateText | null;
  outcome: 'completed' | 'declined' | null;
  discussed_with_young_person: Generated<boolean>;
  discussed_with_professionals: Generated<boolean>;
  next_steps: string | null;
  updated_by: string;
  updated_at: Created;
}

export interface YoungPersonSessionsTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  held_on: DateText;
  place: string;
  who_was_there: string;
  tools: ColumnType<DiscoveryTool[], DiscoveryTool[] | undefined, DiscoveryTool[]>;
  own_words: string | null;
  wants_next: string | null;
  recorded_by: string;
  recorded_at: Created;
}

export type SearchSource =
  | 'social_media'
  | 'electoral_roll'
  | 'people_search'
  | 'genealogy'
  | 'records';

export interface OnlineSearchesTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  searched_by: string;
  searched_on: DateText;
  source: SearchSource;
  terms: string;
  result: string;
  lawful_basis: string;
  safe_to_share: boolean;
  recorded_at: Created;
}

export interface SafetyConcernsTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  child_id: string;
  about: 'child' | 'other_person';
  other_person: string | null;
  details: string;
  raised_by: string;
  raised_at: Created;
  social_worker_id: string | null;
  sent_at: Date | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

export type ShareItem =
  | 'about_lifelong_links'
  | 'how_they_are'
  | 'their_story'
  | 'photos'
  | 'contact_details'
  | 'where_they_live';

export interface InformationSharesTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  child_id: string;
  /** The network member it was shared with (migration 023); null on older, typed-name rows. */
  member_id: string | null;
  shared_with: string;
  what: ShareItem[];
  details: string | null;
  method: ContactMethod;
  shared_on: DateText;
  shared_by: string;
  recorded_at: Created;
}

export interface ChronologyEntryPeopleTable {
  organisation_id: string;
  entry_id: string;
  person_id: string;
}

export interface TimelineEntriesTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  child_id: string;
  date_text: string;
  sort_on: DateText;
  own_words: string;
  recorded_by: string;
  recorded_at: Created;
}

export type PlaceKind = 'placement' | 'school' | 'family_home' | 'other';

export interface MobilityPlacesTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  child_id: string;
  area: string;
  kind: PlaceKind;
  from_text: string | null;
  from_on: DateText | null;
  to_text: string | null;
  notes: string | null;
  recorded_by: string;
  recorded_at: Created;
}

export interface MobilityPlacePeopleTable {
  organisation_id: string;
  place_id: string;
  person_id: string;
}
