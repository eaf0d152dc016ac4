import type { Generated } from 'kysely';

/**
 * Tables of deadlines and the service manager's oversight (migration 016): deadline settings,
 * closure days, the turning-fifteen lists, supervision decisions and the reminders sent.
 */

export interface DeadlineSettingsTable {
  organisation_id: string;
  referral_response_working_days: Generated<number>;
  turning_fifteen_working_day: Generated<number>;
  reminder_working_days: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface ClosureDaysTable {
  organisation_id: string;
  closed_on: string;
  description: string;
  created_by: string;
  created_at: Generated<Date>;
}

export interface TurningFifteenListsTable {
  organisation_id: string;
  month: string;
  built_at: Generated<Date>;
  young_people: number;
}

export type SupervisionReasonCode = 'referral_to_follow' | 'uasc' | 'declined' | 'later' | 'other';

export interface SupervisionDecisionsTable {
  id: Generated<string>;
  organisation_id: string;
  child_id: string;
  reason: SupervisionReasonCode;
  details: string | null;
  discussed_on: string;
  look_again_on: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface DeadlineRemindersTable {
  organisation_id: string;
  deadline_key: string;
  reminder: 'before' | 'missed';
  due_on: string;
  sent_at: Generated<Date>;
}

/** Each active journey's open deadlines as last worked out (migration 024, ADR 0035). */
export interface JourneyDeadlinesTable {
  organisation_id: string;
  journey_id: string;
  kind:
    | 'consent_reconfirmation'
    | 'plan_distribution'
    | 'plan_agreement_promised'
    | 'review_conference';
  due_on: string;
  coordinator_id: string;
  referral_id: string;
}

/** Journeys whose deadlines must be worked out again: marked by triggers (migration 024). */
export interface JourneyDeadlinesStaleTable {
  organisation_id: string;
  journey_id: string;
}

/** What an organisation's kept deadlines were worked out with (migration 024). */
export interface DeadlineCalendarsTable {
  organisation_id: string;
  fingerprint: string;
  worked_out_at: Generated<Date>;
}
