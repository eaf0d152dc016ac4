import type { Generated } from 'kysely';
import type { DateText } from './schema-cases.ts';

/** Tables of stage 4, Engagement (migration 023, ADR 0033): the contact log and letters. */

type Created = Generated<Date>;

export type ContactLogKind = 'visit' | 'call' | 'letter' | 'email' | 'video';
export type LetterMethod = 'post' | 'email' | 'in_person';

export interface NetworkContactLogTable {
  id: Generated<string>;
  organisation_id: string;
  member_id: string;
  contact_on: DateText;
  kind: ContactLogKind;
  discussed: string;
  support_offered: string | null;
  their_needs: string | null;
  help_to_take_part: string | null;
  recorded_by: string;
  recorded_at: Created;
}

export interface NetworkInformationLettersTable {
  id: Generated<string>;
  organisation_id: string;
  member_id: string;
  given_on: DateText;
  method: LetterMethod;
  named_young_person: boolean;
  said_where_they_live: boolean;
  recorded_by: string;
  recorded_at: Created;
}
