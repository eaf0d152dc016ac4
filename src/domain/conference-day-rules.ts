import type { Verdict } from './network-pipeline.ts';

/**
 * The conference itself (issue 8; ADR 0029). Pure rules: the service loads the facts, asks here,
 * and writes what these allow. Times of day are 'HH:MM' (24-hour), as `timeOfDayFrom` gives them.
 */

const refuse = (reason: string, field: string) => ({ ok: false as const, reason, field });
type FieldVerdict = { ok: true } | { ok: false; reason: string; field: string };

/**
 * Private family time: its end after its start; a professional in the room only when the young
 * person or the family asked, so one named without who asked is refused.
 */
export function privateTimeProblem(time: {
  from: string;
  to: string;
  professional: string | null;
  askedBy: string | null;
}): FieldVerdict {
  if (time.to <= time.from) {
    return refuse('The end of private family time must be after its start', 'to');
  }
  if (time.professional && !time.askedBy) {
    return refuse(
      'Select who asked for a professional to stay: the young person or the family. Professionals are not there unless asked',
      'askedBy',
    );
  }
  return { ok: true };
}

/** A conference is marked held only once it has happened: not in the future, and ended after it began. */
export function heldProblem(from: Date, to: Date, now: Date): FieldVerdict {
  if (from.getTime() > now.getTime()) {
    return refuse('The conference cannot be marked held in the future', 'heldOn-day');
  }
  if (to.getTime() <= from.getTime()) {
    return refuse('The time it ended must be after the time it started', 'endedAt');
  }
  if (to.getTime() > now.getTime()) {
    return refuse('The time it ended cannot be in the future', 'endedAt');
  }
  return { ok: true };
}

/** Only a conference can happen: the alternative way of deciding has no day, register or private time. */
export function heldAsConference(heldAs: 'conference' | 'alternative'): Verdict {
  return heldAs === 'conference'
    ? { ok: true }
    : {
        ok: false,
        reason:
          'This records another way of deciding, not a conference: there is no conference day to record',
      };
}

/**
 * Where a member's pipeline goes when they are invited or come (ADR 0029): forward only, never
 * back, and never for a part that is closed.
 */
export function pipelineAfter<S extends string>(
  order: readonly S[],
  current: S,
  next: S,
  closed: boolean,
): S | null {
  if (closed) return null;
  return order.indexOf(next) > order.indexOf(current) ? next : null;
}
