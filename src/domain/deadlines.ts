import { workingDaysAfter, workingDaysBefore } from './working-days.ts';

/**
 * The service's deadlines, worked out from the facts of a case (DOMAIN.md, "Deadlines"): one
 * engine, so the lists, the case page and the reminders agree. Pure: the caller passes the facts,
 * the organisation's calendar and today's UK date.
 */

export type DeadlineKind =
  | 'referral_response'
  | 'consent_reconfirmation'
  | 'plan_distribution'
  | 'plan_agreement_promised'
  | 'review_conference'
  | 'supervision_look_again';

export const DEADLINE_NAMES: Record<DeadlineKind, string> = {
  referral_response: 'Respond to the referral',
  consent_reconfirmation: 'Reconfirm consent',
  plan_distribution: 'Send out the plan',
  plan_agreement_promised: 'Plan agreement promised',
  review_conference: 'Review conference',
  supervision_look_again: 'Look again after supervision',
};

/** Working days to send the plan out after the conference (DOMAIN.md, stage 6). */
export const PLAN_DISTRIBUTION_WORKING_DAYS = 5;
/** Working days the team has to respond to a referral, unless the organisation sets its own. */
export const DEFAULT_REFERRAL_RESPONSE_WORKING_DAYS = 5;
/** Working days before a deadline that the first reminder goes. */
export const DEFAULT_REMINDER_WORKING_DAYS = 2;

export interface Calendar {
  closureDays: readonly string[];
  referralResponseWorkingDays: number;
}

/** What is known about one case. Missing facts (no conference yet) yield no deadline. */
export interface CaseFacts {
  /** A referral waiting for the team's decision: the UK date it was submitted. */
  referralSubmittedOn?: string | null;
  referralDecided?: boolean;
  /** The journey's status; paused and ended journeys have no deadlines. */
  journeyStatus?: 'active' | 'paused' | 'ended' | null;
  consentReconfirmationDue?: string | null;
  conferenceHeldOn?: string | null;
  planDistributedOn?: string | null;
  /** A plan whose agreement was delayed: the date promised, until it is decided. */
  planAgreementPromisedOn?: string | null;
  planAgreementDecided?: boolean;
  reviewConferenceOn?: string | null;
  reviewConferenceHeld?: boolean;
}

export interface Deadline {
  kind: DeadlineKind;
  dueOn: string;
}

/** Every open deadline of a case, earliest first. */
export function deadlinesFor(facts: CaseFacts, calendar: Calendar): Deadline[] {
  const found: Deadline[] = [];
  if (facts.referralSubmittedOn && !facts.referralDecided) {
    found.push({
      kind: 'referral_response',
      dueOn: workingDaysAfter(
        facts.referralSubmittedOn,
        calendar.referralResponseWorkingDays,
        calendar.closureDays,
      ),
    });
  }
  if (facts.journeyStatus && facts.journeyStatus !== 'active') return found;
  if (facts.consentReconfirmationDue) {
    found.push({ kind: 'consent_reconfirmation', dueOn: facts.consentReconfirmationDue });
  }
  if (facts.conferenceHeldOn && !facts.planDistributedOn) {
    found.push({
      kind: 'plan_distribution',
      dueOn: workingDaysAfter(
        facts.conferenceHeldOn,
        PLAN_DISTRIBUTION_WORKING_DAYS,
        calendar.closureDays,
      ),
    });
  }
  if (facts.planAgreementPromisedOn && !facts.planAgreementDecided) {
    found.push({ kind: 'plan_agreement_promised', dueOn: facts.planAgreementPromisedOn });
  }
  if (facts.reviewConferenceOn && !facts.reviewConferenceHeld) {
    found.push({ kind: 'review_conference', dueOn: facts.reviewConferenceOn });
  }
  return found.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The date a supervision decision asks to look again at a young person. */
export function lookAgainDeadline(lookAgainOn: string): Deadline {
  return { kind: 'supervision_look_again', dueOn: lookAgainOn };
}

export type DeadlineState = 'overdue' | 'due_today' | 'due_soon' | 'later';

/** Where a deadline stands today; "due soon" from the reminder's working day on. */
export function deadlineState(
  dueOn: string,
  today: string,
  reminderWorkingDays: number,
  closureDays: readonly string[] = [],
): DeadlineState {
  if (dueOn < today) return 'overdue';
  if (dueOn === today) return 'due_today';
  return today >= workingDaysBefore(dueOn, reminderWorkingDays, closureDays) ? 'due_soon' : 'later';
}

export type ReminderKind = 'before' | 'missed';

/**
 * The reminder that is due today for a deadline, if any: one before the date (from the reminder's
 * working day until the date itself) and one once it is missed (the day after). The caller keeps
 * which were sent, keyed by the deadline and its date, so each goes once; a deadline missed before
 * its first reminder went (the service was down) gets only the "missed" one.
 */
export function reminderDue(
  dueOn: string,
  today: string,
  reminderWorkingDays: number,
  closureDays: readonly string[] = [],
): ReminderKind | null {
  const state = deadlineState(dueOn, today, reminderWorkingDays, closureDays);
  if (state === 'overdue') return 'missed';
  if (state === 'due_today' || state === 'due_soon') return 'before';
  return null;
}
