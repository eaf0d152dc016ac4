import type { ColumnType, Generated } from 'kysely';
import type { DateText } from './schema-cases.ts';

/** The young person's network (migration 012, ADR 0022). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Created = Generated<Date>;

export const NETWORK_PERSON_KINDS = [
  'birth_family',
  'extended_family',
  'former_foster_carer',
  'former_residential_worker',
  'teacher',
  'friend',
  'other_adult',
] as const;
export type NetworkPersonKind = (typeof NETWORK_PERSON_KINDS)[number];

export const NETWORK_GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export type NetworkGender = (typeof NETWORK_GENDERS)[number];

export const CONTACT_KINDS = ['phone', 'email', 'address', 'social_media', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const FOUND_BY = [
  'young_person',
  'records',
  'genogram',
  'mobility_mapping',
  'online_search',
  'another_relative',
] as const;
export type FoundBy = (typeof FOUND_BY)[number];

export const MEMBER_STATUSES = [
  'identified',
  'located',
  'safety_checked',
  'contacted',
  'agreed_to_engage',
  'invited',
  'attended',
  'in_plan',
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const YOUNG_PERSON_SAYS = ['not_asked', 'yes', 'no', 'not_now'] as const;
export type YoungPersonSay = (typeof YOUNG_PERSON_SAYS)[number];

export const OFF_RAMPS = [
  'declined',
  'not_safe',
  'not_found',
  'deceased',
  'young_person_said_no',
] as const;
export type OffRamp = (typeof OFF_RAMPS)[number];

export type SafetyOutcome = 'safe' | 'safe_with_conditions' | 'not_safe';

export interface NetworkPeopleTable {
  id: Generated<string>;
  organisation_id: string;
  first_name: string;
  last_name: string | null;
  other_names: string | null;
  known_as: string | null;
  kind: NetworkPersonKind;
  professional: Generated<boolean>;
  deceased: Generated<boolean>;
  died_year: number | null;
  date_of_birth: DateText | null;
  birth_year: number | null;
  birth_year_approximate: Generated<boolean>;
  gender: Generated<NetworkGender>;
  first_language: string | null;
  needs: string | null;
  child_id: string | null;
  created_by: string | null;
  created_at: Created;
  updated_at: Timestamp;
}

export interface NetworkPersonContactsTable {
  id: Generated<string>;
  organisation_id: string;
  person_id: string;
  kind: ContactKind;
  value: string;
  verified: Generated<boolean>;
  position: Generated<number>;
  created_at: Created;
}

export interface NetworkMembersTable {
  id: Generated<string>;
  organisation_id: string;
  child_id: string;
  person_id: string;
  journey_id: string | null;
  relationship: string | null;
  found_by: FoundBy;
  found_through_person_id: string | null;
  status: Generated<MemberStatus>;
  young_person_say: Generated<YoungPersonSay>;
  say_recorded_on: DateText | null;
  say_in_own_words: string | null;
  located_on: DateText | null;
  contacted_on: DateText | null;
  agreed_on: DateText | null;
  off_ramp: OffRamp | null;
  off_ramp_on: DateText | null;
  off_ramp_notes: string | null;
  added_by: string | null;
  created_at: Created;
  updated_at: Timestamp;
}

export interface NetworkSafetyChecksTable {
  id: Generated<string>;
  organisation_id: string;
  member_id: string;
  risk_notes: string | null;
  police_check_requested_on: DateText | null;
  police_check_outcome: string | null;
  other_checks: string | null;
  other_checks_outcome: string | null;
  outcome: SafetyOutcome | null;
  conditions: string | null;
  not_safe_reason: string | null;
  recorded_by: string;
  recorded_at: Created;
  signed_off_by: string | null;
  signed_off_as: 'team_manager' | 'social_worker' | null;
  signed_off_at: Date | null;
  override_by: string | null;
  override_reason: string | null;
  override_at: Date | null;
  updated_at: Timestamp;
}
