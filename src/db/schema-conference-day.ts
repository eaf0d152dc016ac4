import type { ColumnType, Generated } from 'kysely';
import type { DateText } from './schema-cases.ts';

/** The conference itself and FGC outcomes (migration 020, ADR 0029). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Created = Generated<Date>;

export const CONFERENCE_DAY_STATUSES = ['held', 'cancelled', 'postponed'] as const;
export type ConferenceDayStatus = (typeof CONFERENCE_DAY_STATUSES)[number];
export const CONFERENCE_PARTS = [
  'information_sharing',
  'private_family_time',
  'agreeing_the_plan',
] as const;
export type ConferencePart = (typeof CONFERENCE_PARTS)[number];
export const ATTENDED_HOW = ['in_person', 'remote'] as const;
export type AttendedHow = (typeof ATTENDED_HOW)[number];
export const ASKED_BY = ['young_person', 'family'] as const;
export type AskedBy = (typeof ASKED_BY)[number];
export const FGC_OUTCOMES = [
  'stepped_down',
  'case_closed',
  'remained_at_home',
  'alternative_carers_found',
  'entered_care',
  'proceedings_issued',
] as const;
export type FgcOutcome = (typeof FGC_OUTCOMES)[number];

export interface ConferenceDaysTable {
  organisation_id: string;
  conference_id: string;
  status: ConferenceDayStatus | null;
  held_from: Timestamp | null;
  held_to: Timestamp | null;
  status_reason: string | null;
  /** 'HH:MM:SS' on the conference's day. */
  private_from: string | null;
  private_to: string | null;
  private_professional: string | null;
  private_asked_by: AskedBy | null;
  private_asked_by_name: string | null;
  updated_by: string;
  created_at: Created;
  updated_at: Timestamp;
}

export interface ConferenceAttendanceTable {
  id: Generated<string>;
  organisation_id: string;
  conference_id: string;
  invitation_id: string | null;
  member_id: string | null;
  name: string | null;
  role: string | null;
  attended_how: AttendedHow;
  parts: ColumnType<ConferencePart[], ConferencePart[], ConferencePart[]>;
  recorded_by: string;
  created_at: Created;
  updated_at: Timestamp;
}

export interface ConferenceSharedNotesTable {
  id: Generated<string>;
  organisation_id: string;
  conference_id: string;
  shared_by: string;
  what: string;
  recorded_by: string;
  created_at: Created;
}

export interface JourneyOutcomesTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  outcome: FgcOutcome;
  outcome_on: DateText;
  notes: string | null;
  recorded_by: string;
  created_at: Created;
}
