import { describe, expect, it } from 'vitest';
import {
  decidePlanningMeetingChange,
  decideRecordingMeeting,
  decideRecordOnJourney,
  decideStatusChange,
  ENDED_READ_ONLY,
} from './journey-status.ts';

const active = { status: 'active' as const, consentWithdrawnSinceReconfirmation: false };
const paused = { status: 'paused' as const, consentWithdrawnSinceReconfirmation: false };
const ended = { status: 'ended' as const, consentWithdrawnSinceReconfirmation: false };

describe('pausing, resuming and ending', () => {
  it('pauses and ends an active journey, but does not resume it', () => {
    expect(decideStatusChange(active, 'pause')).toEqual({ allowed: true });
    expect(decideStatusChange(active, 'end')).toEqual({ allowed: true });
    expect(decideStatusChange(active, 'resume')).toEqual({
      allowed: false,
      reason: 'This journey is not paused.',
    });
  });

  it('resumes or ends a paused journey, but does not pause it again', () => {
    expect(decideStatusChange(paused, 'resume')).toEqual({ allowed: true });
    expect(decideStatusChange(paused, 'end')).toEqual({ allowed: true });
    expect(decideStatusChange(paused, 'pause').allowed).toBe(false);
  });

  it('does not resume after consent was withdrawn until it is reconfirmed', () => {
    const decision = decideStatusChange(
      { status: 'paused', consentWithdrawnSinceReconfirmation: true },
      'resume',
    );
    expect(decision).toEqual({
      allowed: false,
      reason: 'Consent was withdrawn. Record that consent has been given again before resuming.',
    });
  });

  it('changes nothing on an ended journey', () => {
    for (const change of ['pause', 'resume', 'end'] as const) {
      expect(decideStatusChange(ended, change)).toEqual({
        allowed: false,
        reason: ENDED_READ_ONLY,
      });
    }
    expect(decideRecordOnJourney('ended').allowed).toBe(false);
    expect(decideRecordOnJourney('paused').allowed).toBe(true);
  });

  it('arranges and records the planning meeting only while active at stage 2', () => {
    expect(decidePlanningMeetingChange({ status: 'active', stage: 2 }, 'schedule').allowed).toBe(
      true,
    );
    expect(decidePlanningMeetingChange({ status: 'active', stage: 2 }, 'record').allowed).toBe(
      true,
    );
    expect(decidePlanningMeetingChange({ status: 'paused', stage: 2 }, 'record').allowed).toBe(
      false,
    );
    expect(decidePlanningMeetingChange({ status: 'ended', stage: 2 }, 'schedule')).toEqual({
      allowed: false,
      reason: ENDED_READ_ONLY,
    });
    expect(decidePlanningMeetingChange({ status: 'active', stage: 3 }, 'record').allowed).toBe(
      false,
    );
  });
});

describe('recording the planning meeting', () => {
  it('waits until the meeting has started, not only its day', () => {
    const startsAt = new Date('2026-05-11T13:30:00Z');
    expect(decideRecordingMeeting(startsAt, new Date('2026-05-11T13:30:00Z'))).toEqual({
      allowed: true,
    });
    expect(decideRecordingMeeting(startsAt, new Date('2026-06-01T09:00:00Z'))).toEqual({
      allowed: true,
    });
    expect(decideRecordingMeeting(startsAt, new Date('2026-05-11T09:00:00Z'))).toEqual({
      allowed: false,
      reason:
        'The planning meeting starts at 2:30pm on 11 May 2026. Record it once it has been held.',
    });
    expect(
      decideRecordingMeeting(new Date('2026-12-01T10:00:00Z'), new Date('2026-11-30T10:00:00Z'))
        .allowed,
    ).toBe(false);
  });
});
