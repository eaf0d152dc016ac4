import { PLAN_DISTRIBUTION_WORKING_DAYS } from './deadlines.ts';
import type { Verdict } from './network-pipeline.ts';
import { workingDaysAfter } from './working-days.ts';

/**
 * The plan after the conference (issue 8, stages 6–7; ADR 0031). Pure rules: the service loads
 * the facts, asks here, and writes what these allow.
 */

/** What is known of a plan's copies: enough to say whether it has been sent out. */
export interface CopiesSent {
  /** A copy to the young person is recorded as sent. */
  youngPersonSent: boolean;
  /** Copies recorded but not yet sent. */
  unsent: number;
  /** The latest date a copy was sent, if any. */
  lastSentOn: string | null;
}

/**
 * The day the plan counts as sent out, or null: the young person has their copy, and every copy
 * recorded is sent. It is then the day the last copy went. Adding someone later who has not had
 * their copy makes the plan "not sent out" again until it goes.
 */
export function planDistributedOn(copies: CopiesSent): string | null {
  if (!copies.youngPersonSent || copies.unsent > 0) return null;
  return copies.lastSentOn;
}

/** The day the plan must be sent out by: 5 working days after it was made. */
export function distributionDueOn(madeOn: string, closureDays: readonly string[] = []): string {
  return workingDaysAfter(madeOn, PLAN_DISTRIBUTION_WORKING_DAYS, closureDays);
}

export type DistributionState =
  | { state: 'on_time'; dueOn: string; sentOn: string }
  | { state: 'late'; dueOn: string; sentOn: string }
  | { state: 'overdue'; dueOn: string }
  | { state: 'due'; dueOn: string };

/** Where sending the plan out stands today. */
export function distributionState(
  madeOn: string,
  copies: CopiesSent,
  today: string,
  closureDays: readonly string[] = [],
): DistributionState {
  const dueOn = distributionDueOn(madeOn, closureDays);
  const sentOn = planDistributedOn(copies);
  if (sentOn) return { state: sentOn <= dueOn ? 'on_time' : 'late', dueOn, sentOn };
  return today > dueOn ? { state: 'overdue', dueOn } : { state: 'due', dueOn };
}

/** A copy cannot be sent before the plan was made, nor in the future, nor acknowledged first. */
export function copyDatesRefusal(
  madeOn: string,
  today: string,
  sentOn: string | null,
  acknowledgedOn: string | null,
): { field: 'sentOn' | 'acknowledgedOn'; reason: string } | null {
  if (sentOn && sentOn < madeOn) {
    return { field: 'sentOn', reason: 'The date sent cannot be before the plan was made' };
  }
  if (sentOn && sentOn > today) {
    return { field: 'sentOn', reason: 'The date sent must be today or in the past' };
  }
  if (acknowledgedOn && !sentOn) {
    return { field: 'sentOn', reason: 'Enter the date sent before the date acknowledged' };
  }
  if (acknowledgedOn && sentOn && acknowledgedOn < sentOn) {
    return {
      field: 'acknowledgedOn',
      reason: 'The date acknowledged cannot be before the date sent',
    };
  }
  if (acknowledgedOn && acknowledgedOn > today) {
    return {
      field: 'acknowledgedOn',
      reason: 'The date acknowledged must be today or in the past',
    };
  }
  return null;
}

/** A date recorded about a plan (feedback asked, the IRO's copy, ...) lies between its making and today. */
export function planDateRefusal(
  madeOn: string,
  today: string,
  on: string,
  what: string,
): string | null {
  if (on < madeOn) return `${what} cannot be before the plan was made`;
  if (on > today) return `${what} must be today or in the past`;
  return null;
}

/** A review conference is offered only for a plan that exists: it has at least one version. */
export function reviewOfferRefusal(
  versions: number,
  madeOn: string,
  offeredOn: string,
  today: string,
): Verdict {
  if (versions === 0) {
    return { ok: false, reason: 'A review can only be offered once there is a plan to review' };
  }
  const refusal = planDateRefusal(madeOn, today, offeredOn, 'The date offered');
  return refusal ? { ok: false, reason: refusal } : { ok: true };
}

/**
 * A network member is invited to contribute to looked-after-child or pathway-plan reviews only
 * when the young person agrees.
 */
export function reviewInvitationRefusal(
  youngPersonAgreed: boolean,
  invitedOn: string | null,
): Verdict {
  if (invitedOn && !youngPersonAgreed) {
    return {
      ok: false,
      reason: 'The young person has not agreed, so this person cannot be invited to reviews',
    };
  }
  return { ok: true };
}
