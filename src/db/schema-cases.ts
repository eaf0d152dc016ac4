import type { ColumnType, Generated } from 'kysely';

/** Tables of children's records and their journeys (migration 003). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type DateText = string; // a PostgreSQL date as YYYY-MM-DD
type Boolish = Generated<boolean>;
type Created = Generated<Date>;

export interface ChildrenTable {
  id: Generated<string>;
  organisation_id: string;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  date_of_birth: DateText;
  gender: string | null;
  ethnicity: string | null;
  first_language: string | null;
  interpreter_needed: Boolish;
  looked_after: Boolish;
  looked_after_since: DateText | null;
  legal_status: string | null;
  placement_type: string | null;
  uasc: Boolish;
  care_leaver_status: Generated<CareLeaverStatus>;
  case_record_id: string | null;
  upn: string | null;
  social_worker_id: string | null;
  iro_id: string | null;
  carers: string | null;
  created_at: Created;
  updated_at: Timestamp;
}

export type CareLeaverStatus =
  | 'not_care_leaver'
  | 'eligible'
  | 'relevant'
  | 'former_relevant'
  | 'qualifying';

export interface ChronologyEntriesTable {
  id: Generated<string>;
  organisation_id: string;
  child_id: string;
  starts_on: DateText;
  ends_on: DateText | null;
  kind: 'placement_episode' | 'event';
  summary: string;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  source: 'ssda903' | 'kindred';
  source_key: string | null;
  /** Migration 014: a Kindred entry's date as remembered, category, source and recorder. */
  date_text: ColumnType<string | null, string | null | undefined, string | null>;
  category: ColumnType<
    ChronologyCategory | null,
    ChronologyCategory | null | undefined,
    ChronologyCategory | null
  >;
  source_note: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_by: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Created;
}

export type ChronologyCategory =
  | 'placement_move'
  | 'school'
  | 'family_event'
  | 'professional_involvement';

export type ReferralKind = 'fgc' | 'lifelong_links';
export type ReferralStatus = 'draft' | 'submitted' | 'accepted' | 'declined';
export type ReferrerRole = 'social_worker' | 'early_help' | 'iro' | 'personal_adviser' | 'carer';

export interface ReferralsTable {
  id: Generated<string>;
  organisation_id: string;
  reference: string;
  kind: ReferralKind;
  status: Generated<ReferralStatus>;
  referrer_id: string;
  referrer_role: ReferrerRole | null;
  /** The personal adviser or carer the referral is made for, when it is. */
  referrer_on_behalf_of: string | null;
  reason: string | null;
  hopes: string | null;
  bottom_lines: string | null;
  known_risks: string | null;
  placement_timeline: string | null;
  chronology: string | null;
  language: string | null;
  interpreter_needed: boolean | null;
  advocate_needed: boolean | null;
  support_needs: string | null;
  submitted_at: Date | null;
  initial_discussion_on: DateText | null;
  initial_discussion_notes: string | null;
  criteria_met: boolean | null;
  criteria_notes: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  decline_reason: string | null;
  coordinator_id: string | null;
  matched_at: Date | null;
  matched_by: string | null;
  created_at: Created;
  updated_at: Timestamp;
}

export interface ReferralChildrenTable {
  organisation_id: string;
  referral_id: string;
  child_id: string;
  /** The order the referrer added the children in (migration 018). */
  added_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type ConsentGiver = 'young_person' | 'parental_responsibility';
export type ContactMethod = 'in_person' | 'phone' | 'video' | 'letter' | 'email';

export interface ConsentsTable {
  id: Generated<string>;
  organisation_id: string;
  referral_id: string;
  child_id: string;
  giver: ConsentGiver;
  giver_name: string | null;
  relationship: string | null;
  given_on: DateText;
  method: ContactMethod;
  own_words: string | null;
  scope_search: Boolish;
  scope_contact: Boolish;
  scope_share: Boolish;
  share_location: Boolish;
  share_only_with: string | null;
  withdrawn_on: DateText | null;
  withdrawn_reason: string | null;
  reconfirmed_on: DateText | null;
  created_at: Created;
}

export interface ConflictDeclarationsTable {
  id: Generated<string>;
  organisation_id: string;
  referral_id: string;
  coordinator_id: string;
  has_conflict: boolean;
  details: string | null;
  declared_at: Created;
  recorded_by: string;
  /** The declaration this one corrects; the original is kept unchanged. */
  corrects_id: string | null;
  correction_reason: string | null;
}

export interface PreProceedingsOffersTable {
  id: Generated<string>;
  organisation_id: string;
  referral_id: string;
  offered_on: DateText | null;
  in_letter_before_proceedings: boolean | null;
  offered_to: string | null;
  response: 'awaiting' | 'accepted' | 'declined' | null;
  responded_by: string | null;
  meeting_on: DateText | null;
  application_on: DateText | null;
  best_interests_exemption: Boolish;
  exemption_reason: string | null;
  exemption_decided_by: string | null;
  updated_at: Timestamp;
}

export type JourneyStatus = 'active' | 'paused' | 'ended';

export interface JourneysTable {
  id: Generated<string>;
  organisation_id: string;
  referral_id: string;
  kind: ReferralKind;
  stage: number;
  status: Generated<JourneyStatus>;
  coordinator_id: string;
  opened_at: Created;
  ended_at: Date | null;
  consent_reconfirmation_due: DateText | null;
  /** What is due next, kept by triggers (migration 011): the journeys list's order. */
  due_on: Generated<DateText | null>;
  updated_at: Timestamp;
}

export type JourneyEventKind =
  | 'opened'
  | 'stage_moved'
  | 'paused'
  | 'resumed'
  | 'ended'
  | 'consent_withdrawn'
  | 'consent_reconfirmed'
  | 'planning_meeting_scheduled'
  | 'planning_meeting_recorded';

export interface JourneyEventsTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  kind: JourneyEventKind;
  from_stage: number | null;
  to_stage: number | null;
  reason: string | null;
  actor_id: string | null;
  occurred_at: Created;
}

export interface ConsentReconfirmationsTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  reconfirmed_on: DateText;
  giver: ConsentGiver;
  giver_name: string | null;
  method: ContactMethod;
  notes: string | null;
  next_due_on: DateText;
  recorded_by: string;
  recorded_at: Created;
}

export interface CaseNotesTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  author_id: string;
  body: string;
  sensitive: Boolish;
  created_at: Created;
}

export interface PlanningMeetingsTable {
  id: Generated<string>;
  organisation_id: string;
  journey_id: string;
  starts_at: Date;
  duration_minutes: Generated<number>;
  venue: string;
  carer_invited: Boolish;
  attendees: string | null;
  objectives: string | null;
  constraints_and_risks: string | null;
  participation_needs: string | null;
  advocate_offered: boolean | null;
  interpreter_offered: boolean | null;
  carer_support_needs: string | null;
  consent_issues: string | null;
  timescales_and_next_steps: string | null;
  chronology_provided: boolean | null;
  recorded_at: Date | null;
  recorded_by: string | null;
  updated_at: Timestamp;
}

/** One SSDA903 finding as the import run keeps it (see domain/ssda903-csv.ts). */
export interface StoredFinding {
  file: 'header' | 'episodes';
  row: number | null;
  column: string | null;
  message: string;
}

export interface Ssda903ImportRunsTable {
  id: Generated<string>;
  organisation_id: string;
  imported_at: Created;
  imported_by: string | null;
  via: 'web' | 'command-line';
  header_file_name: string;
  episodes_file_name: string;
  children_added: number;
  children_updated: number;
  children_unchanged: number;
  episodes_added: number;
  episodes_updated: number;
  episodes_unchanged: number;
  finding_count: number;
  findings: ColumnType<StoredFinding[], string, never>;
}
