import type { ColumnType, Generated } from 'kysely';
import type { DateText } from './schema-cases.ts';

/** Planning the conference (migration 017, ADR 0027). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Created = Generated<Date>;

export const CONFERENCE_KINDS = ['lifelong_links_fgc', 'fgc'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export const CONFERENCE_PURPOSES = ['initial', 'review'] as const;
export type ConferencePurpose = (typeof CONFERENCE_PURPOSES)[number];
export const REMOTE_METHODS = ['teams', 'zoom', 'whatsapp', 'telephone'] as const;
export type RemoteMethod = (typeof REMOTE_METHODS)[number];
export const INVITATION_METHODS = ['letter', 'email', 'in_person'] as const;
export type InvitationMethod = (typeof INVITATION_METHODS)[number];
export const INVITATION_STATUSES = ['to_send', 'sent', 'replied'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const INVITATION_REPLIES = ['in_person', 'remote', 'not_attending'] as const;
export type InvitationReply = (typeof INVITATION_REPLIES)[number];

export interface ConferenceVenuesTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  address: string;
  accessibility: string | null;
  notes: string | null;
  active: Generated<boolean>;
  created_at: Created;
  updated_at: Timestamp;
}

export interface ConferencesTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  kind: ConferenceKind;
  purpose: Generated<ConferencePurpose>;
  reviews_plan_version_id: string | null;
  held_as: Generated<'conference' | 'alternative'>;
  alternative_way: string | null;
  alternative_reason: string | null;
  starts_at: Date | null;
  duration_minutes: number | null;
  venue_id: string | null;
  food: string | null;
  language: string | null;
  interpreter_languages: Generated<string[]>;
  advocate: string | null;
  remote_method: RemoteMethod | null;
  remote_link: string | null;
  ground_rules: string | null;
  what_matters: string | null;
  support_needs: string | null;
  young_person_prepared: Generated<boolean>;
  network_prepared: Generated<boolean>;
  professionals_prepared: Generated<boolean>;
  written_information: string | null;
  information_shared_on: DateText | null;
  information_shared_with: string | null;
  created_by: string;
  created_at: Created;
  updated_at: Timestamp;
}

export interface ConferenceWishesTable {
  organisation_id: string;
  conference_id: string;
  member_id: string;
  created_at: Created;
}

export interface ConferenceInvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  conference_id: string;
  member_id: string | null;
  professional_name: string | null;
  professional_role: string | null;
  method: InvitationMethod;
  status: Generated<InvitationStatus>;
  sent_on: DateText | null;
  reply: InvitationReply | null;
  needs: string | null;
  dietary_needs: string | null;
  views: string | null;
  created_by: string;
  created_at: Created;
  updated_at: Timestamp;
}

/** The plan a conference made (migration 019, ADR 0028). */
export interface PlansTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  conference_id: string;
  made_on: DateText;
  created_by: string;
  created_at: Created;
  updated_at: Timestamp;
}

/** One whole version of a plan; locked once agreed (agreed_at set). */
export interface PlanVersionsTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  number: number;
  content: ColumnType<unknown, string | undefined, string>;
  created_by: string;
  created_at: Created;
  agreed_at: Timestamp | null;
  /** Set when the coordinator marks this version ready for the referrer (migration 021). */
  ready_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
