import type { ColumnType, Generated } from 'kysely';
import type { DateText } from './schema-cases.ts';

/** The genogram's relationships and the social connections (migration 013, ADR 0023). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export const RELATIONSHIP_KINDS = ['partner', 'parent', 'carer'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];
export const PARTNERSHIP_STATUSES = [
  'married',
  'living_together',
  'separated',
  'divorced',
] as const;
export type StoredPartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];
export const PARENT_KINDS = ['birth', 'adoptive', 'foster'] as const;
export type StoredParentKind = (typeof PARENT_KINDS)[number];

export const CLOSENESS = ['close', 'middle', 'distant'] as const;
export type Closeness = (typeof CLOSENESS)[number];
export const STRENGTHS = ['strong', 'weak', 'stressful'] as const;
export type Strength = (typeof STRENGTHS)[number];
export const CONTACT_FREQUENCIES = [
  'every_day',
  'every_week',
  'every_month',
  'a_few_times_a_year',
  'less_often',
  'not_in_touch',
] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];
export const LOVES_AND_CARES = ['yes', 'no', 'not_sure'] as const;
export type LovesAndCares = (typeof LOVES_AND_CARES)[number];
export const SNAPSHOT_KINDS = ['discovery', 'plan', 'review'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

export interface NetworkRelationshipsTable {
  id: Generated<string>;
  organisation_id: string;
  kind: RelationshipKind;
  from_person_id: string;
  to_person_id: string;
  partnership_status: StoredPartnershipStatus | null;
  parent_kind: StoredParentKind | null;
  recorded_by: string | null;
  created_at: Generated<Date>;
}

export interface SocialConnectionsTable {
  id: Generated<string>;
  organisation_id: string;
  member_id: string;
  closeness: Closeness;
  strength: Strength;
  contact_frequency: ContactFrequency;
  support: string | null;
  loves_and_cares: LovesAndCares;
  in_own_words: string | null;
  recorded_by: string;
  updated_at: Timestamp;
}

/** One member's line in a snapshot's copy. */
export interface SnapshotConnection {
  personId: string;
  name: string;
  professional: boolean;
  deceased: boolean;
  closeness: Closeness;
  strength: Strength;
  lovesAndCares: LovesAndCares;
}

export interface SocialConnectionSnapshotsTable {
  id: Generated<string>;
  organisation_id: string;
  child_id: string;
  journey_id: string | null;
  kind: SnapshotKind;
  taken_on: DateText;
  connections: ColumnType<SnapshotConnection[], string, string>;
  taken_by: string;
  created_at: Generated<Date>;
}
