import type { MemberFacts, SafetyFacts, Verdict } from './network-pipeline.ts';
import { invitable } from './network-pipeline.ts';

/**
 * Planning the conference (issue 8, stage 5; ADR 0027). Pure rules: the service loads the facts,
 * asks here, and writes what these allow.
 */

/** A conference is planned for the future: one in the past at creation is refused. */
export function startsInFuture(startsAt: Date, now: Date): Verdict {
  return startsAt.getTime() > now.getTime()
    ? { ok: true }
    : { ok: false, reason: 'The conference must be in the future' };
}

/** A signed-off "not safe" safety check, or the "not safe" off-ramp. */
function notSafe(member: MemberFacts, safety: SafetyFacts | null): boolean {
  return member.offRamp === 'not_safe' || (safety?.outcome === 'not_safe' && safety.signedOff);
}

/**
 * Whether a network member may be offered to the young person as someone to invite: they said
 * yes to this person, who is not closed, deceased or "not safe". A "no" is never offered.
 */
export function offerable(member: MemberFacts, safety: SafetyFacts | null): boolean {
  return invitable(member) && !notSafe(member, safety);
}

/**
 * Why a network member may not be invited, in words for the coordinator, or null. The young
 * person's "no" and "not safe" are named plainly; the network's own contact rules come after.
 */
export function invitationRefusal(member: MemberFacts, safety: SafetyFacts | null): string | null {
  if (member.say === 'no') {
    return 'The young person said no to this person, so they cannot be invited';
  }
  if (notSafe(member, safety)) {
    return 'It is not safe to invite this person: the safety check found it is not safe';
  }
  return null;
}

/** Languages typed as a list ("Polish, Tigrinya"): trimmed, without repeats, in the order given. */
export function languagesFrom(text: string): string[] {
  const seen = new Map<string, string>();
  for (const part of text.split(/[,;\n]/)) {
    const language = part.trim();
    if (language && !seen.has(language.toLowerCase())) seen.set(language.toLowerCase(), language);
  }
  return [...seen.values()];
}

export interface ReadinessFacts {
  youngPersonPrepared: boolean;
  networkPrepared: boolean;
  professionalsPrepared: boolean;
  /** The meeting's language, and the languages an interpreter is booked for. */
  language: string | null;
  interpreterLanguages: readonly string[];
  advocate: string | null;
  venueChosen: boolean;
  food: string | null;
  invitations: { total: number; toSend: number };
  informationSharedOn: string | null;
}

export type ReadinessKey =
  | 'young-person'
  | 'network'
  | 'professionals'
  | 'interpreter-advocate'
  | 'venue-food'
  | 'invitations'
  | 'written-information';

export interface ReadinessItem {
  key: ReadinessKey;
  done: boolean;
}

/** An interpreter is needed when the meeting is held in a language other than English. */
export function interpreterNeeded(language: string | null): boolean {
  return language !== null && language.trim() !== '' && language.trim().toLowerCase() !== 'english';
}

function interpreterBooked(facts: ReadinessFacts): boolean {
  if (!interpreterNeeded(facts.language)) return true;
  const wanted = facts.language?.trim().toLowerCase();
  return facts.interpreterLanguages.some((language) => language.toLowerCase() === wanted);
}

/**
 * The readiness list, in the order the coordinator works through it. The conference can go
 * ahead with items outstanding: the list only says which.
 */
export function readiness(facts: ReadinessFacts): ReadinessItem[] {
  return [
    { key: 'young-person', done: facts.youngPersonPrepared },
    { key: 'network', done: facts.networkPrepared },
    { key: 'professionals', done: facts.professionalsPrepared },
    {
      key: 'interpreter-advocate',
      done: interpreterBooked(facts) && Boolean(facts.advocate?.trim()),
    },
    { key: 'venue-food', done: facts.venueChosen && Boolean(facts.food?.trim()) },
    {
      key: 'invitations',
      done: facts.invitations.total > 0 && facts.invitations.toSend === 0,
    },
    { key: 'written-information', done: facts.informationSharedOn !== null },
  ];
}
