import type { MoveDecision } from './journey-stages.ts';

/**
 * Pausing, resuming and ending a journey (DOMAIN.md: "consent governs everything"). The young
 * person can pause or end at any time; an ended journey is read-only; a journey paused because
 * consent was withdrawn resumes only once consent has been reconfirmed.
 */
export type JourneyStatus = 'active' | 'paused' | 'ended';
export type StatusChange = 'pause' | 'resume' | 'end';

export interface StatusFacts {
  status: JourneyStatus;
  /** Consent was withdrawn, and no reconfirmation has been recorded since. */
  consentWithdrawnSinceReconfirmation: boolean;
}

export const ENDED_READ_ONLY = 'This journey has ended, so it cannot be changed.';

export function decideStatusChange(facts: StatusFacts, change: StatusChange): MoveDecision {
  if (facts.status === 'ended') return { allowed: false, reason: ENDED_READ_ONLY };
  if (change === 'pause' && facts.status === 'paused') {
    return { allowed: false, reason: 'This journey is already paused.' };
  }
  if (change === 'resume') {
    if (facts.status !== 'paused') return { allowed: false, reason: 'This journey is not paused.' };
    if (facts.consentWithdrawnSinceReconfirmation) {
      return {
        allowed: false,
        reason: 'Consent was withdrawn. Record that consent has been given again before resuming.',
      };
    }
  }
  return { allowed: true };
}

/** Anything but an ended journey can have notes, reconfirmations and withdrawals recorded. */
export function decideRecordOnJourney(status: JourneyStatus): MoveDecision {
  return status === 'ended' ? { allowed: false, reason: ENDED_READ_ONLY } : { allowed: true };
}

/** The planning meeting is arranged and recorded while the journey is active at stage 2. */
export function decidePlanningMeetingChange(
  facts: { status: JourneyStatus; stage: number },
  change: 'schedule' | 'record',
): MoveDecision {
  if (facts.status === 'ended') return { allowed: false, reason: ENDED_READ_ONLY };
  if (facts.status === 'paused') {
    return {
      allowed: false,
      reason: `This journey is paused. Resume it before ${change === 'schedule' ? 'scheduling' : 'recording'} the planning meeting.`,
    };
  }
  if (facts.stage !== 2) {
    return {
      allowed: false,
      reason: 'The planning meeting belongs to stage 2, planning, which this journey has passed.',
    };
  }
  return { allowed: true };
}

/** A meeting is recorded once it has been held: on or after the day it was set for. */
const meetingTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});
const meetingDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A planning meeting is recorded once it has started: not before its start time. */
export function decideRecordingMeeting(startsAt: Date, now: Date): MoveDecision {
  if (startsAt.getTime() <= now.getTime()) return { allowed: true };
  const time = meetingTime.format(startsAt).replace(':00', '').replace(/\s/g, '');
  return {
    allowed: false,
    reason: `The planning meeting starts at ${time} on ${meetingDay.format(startsAt)}. Record it once it has been held.`,
  };
}
