import type { MemberStatus, OffRamp, SafetyOutcome, YoungPersonSay } from '../db/schema-network.ts';

/**
 * The pipeline of one person in one young person's network (issue 10, ADR 0022):
 * identified → the young person's say → located → safety checked → contacted → agreed to engage
 * (later stages add invited, attended, in the plan). Off-ramps close it with a reason. Pure rules:
 * the service loads the facts, asks here, and writes what these return.
 */

export interface MemberFacts {
  status: MemberStatus;
  say: YoungPersonSay;
  offRamp: OffRamp | null;
  deceased: boolean;
}

export interface SafetyFacts {
  outcome: SafetyOutcome | null;
  signedOff: boolean;
  /** A team manager let contact happen before the sign-off, with a reason. */
  overridden: boolean;
}

/** What else decides whether anyone may be contacted for this young person. */
export interface ContactContext {
  journeyStatus: 'active' | 'paused' | 'ended' | null;
  /** The young person's own consent to contact people (their consent, not a sibling's). */
  consentToContact: boolean;
}

export const STATUS_ORDER: readonly MemberStatus[] = [
  'identified',
  'located',
  'safety_checked',
  'contacted',
  'agreed_to_engage',
  'invited',
  'attended',
  'in_plan',
];

export function statusRank(status: MemberStatus): number {
  return STATUS_ORDER.indexOf(status);
}

export type Verdict = { ok: true } | { ok: false; reason: string };

const OK: Verdict = { ok: true };
const refuse = (reason: string): Verdict => ({ ok: false, reason });

/** Why the young person's say stops contact, or null when it does not. */
function sayStops(say: YoungPersonSay): string | null {
  if (say === 'no') return 'The young person said no to contact with this person.';
  if (say === 'not_now') return 'The young person said not now. Ask them again before any contact.';
  if (say === 'not_asked') return 'Ask the young person first: they have not said yes yet.';
  return null;
}

function closed(member: MemberFacts): Verdict | null {
  if (member.offRamp) return refuse('This person’s part in the network has been closed.');
  if (member.deceased) return refuse('This person has died.');
  return null;
}

/** Whether the safety check lets a first contact happen. */
export function safetyAllowsContact(safety: SafetyFacts | null): Verdict {
  if (safety?.outcome === 'not_safe' && safety.signedOff) {
    return refuse('The safety check found it is not safe to contact this person.');
  }
  if (safety?.signedOff || safety?.overridden) return OK;
  return refuse(
    'The safety check must be signed off by the team manager or the social worker before the first contact.',
  );
}

/** Recording where the person is: only once the young person has said yes. */
export function canRecordLocated(member: MemberFacts): Verdict {
  const stop = closed(member) ?? (sayStops(member.say) ? refuse(sayStops(member.say) ?? '') : null);
  if (stop) return stop;
  if (member.status !== 'identified') return refuse('This person has already been located.');
  return OK;
}

/** A safety check may be recorded or signed off once the person is located. */
export function canCheckSafety(member: MemberFacts): Verdict {
  const stop = closed(member);
  if (stop) return stop;
  if (statusRank(member.status) < statusRank('located')) {
    return refuse('Record that this person has been located before their safety check.');
  }
  return OK;
}

/** Recording the first contact. */
export function canRecordContacted(member: MemberFacts, safety: SafetyFacts | null): Verdict {
  const stop = closed(member);
  if (stop) return stop;
  const say = sayStops(member.say);
  if (say) return refuse(say);
  if (statusRank(member.status) >= statusRank('contacted')) {
    return refuse('The first contact with this person has already been recorded.');
  }
  if (statusRank(member.status) < statusRank('located')) {
    return refuse('Record that this person has been located before contacting them.');
  }
  return safetyAllowsContact(safety);
}

export function canRecordAgreed(member: MemberFacts): Verdict {
  const stop = closed(member);
  if (stop) return stop;
  if (member.status !== 'contacted') {
    return refuse('Record the first contact before recording that they agreed to take part.');
  }
  return OK;
}

/** An off-ramp by the coordinator ("the young person said no" comes from the young person's say). */
export function canOffRamp(member: MemberFacts, reason: OffRamp): Verdict {
  if (member.offRamp) return refuse('This person’s part in the network has already been closed.');
  if (reason === 'young_person_said_no') {
    return refuse('Record the young person’s say instead: a “no” closes this person’s part.');
  }
  return OK;
}

/** What the young person's say changes: a "no" closes; a yes or not now after a "no" reopens. */
export function afterSay(
  member: MemberFacts,
  say: YoungPersonSay,
): { offRamp: OffRamp | null; reopened: boolean } {
  if (say === 'no') return { offRamp: 'young_person_said_no', reopened: false };
  if (member.offRamp === 'young_person_said_no') return { offRamp: null, reopened: true };
  return { offRamp: member.offRamp, reopened: false };
}

/**
 * Whether anyone may contact this person for this young person now: the young person said yes,
 * the person is located and open, the safety check is signed off (or overridden), the journey is
 * active and the young person's own consent covers contact. Features that contact people (the
 * contact log, letters, invitations) ask this first.
 */
export function contactability(
  member: MemberFacts,
  safety: SafetyFacts | null,
  context: ContactContext,
): Verdict {
  const stop = closed(member);
  if (stop) return stop;
  const say = sayStops(member.say);
  if (say) return refuse(say);
  if (context.journeyStatus === 'paused') return refuse('The journey is paused.');
  if (context.journeyStatus === 'ended') return refuse('The journey has ended.');
  if (!context.consentToContact) {
    return refuse('The young person’s consent does not cover contacting people.');
  }
  if (statusRank(member.status) < statusRank('located')) {
    return refuse('This person has not been located yet.');
  }
  return safetyAllowsContact(safety);
}

/** Whether the person may appear among those to invite: never after a "no" or an off-ramp. */
export function invitable(member: MemberFacts): boolean {
  return member.say === 'yes' && member.offRamp === null && !member.deceased;
}

/**
 * Two member rows of one child for the same person, combined when the people are merged: the
 * further status, and a "no" from the young person always kept.
 */
export function combineMembers(kept: MemberFacts, other: MemberFacts): MemberFacts {
  if (kept.say === 'no' || other.say === 'no') {
    return { ...kept, say: 'no', offRamp: 'young_person_said_no' };
  }
  const status = statusRank(other.status) > statusRank(kept.status) ? other.status : kept.status;
  const say = kept.say === 'not_asked' ? other.say : kept.say;
  return { ...kept, status, say, offRamp: kept.offRamp ?? other.offRamp };
}
