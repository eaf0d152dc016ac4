import { describe, expect, it } from 'vitest';
import {
  heldAsConference,
  heldProblem,
  pipelineAfter,
  privateTimeProblem,
} from './conference-day-rules.ts';
import { STATUS_ORDER } from './network-pipeline.ts';

describe('private family time', () => {
  const time = { from: '11:00', to: '12:00', professional: null, askedBy: null };
  it('ends after it starts', () => {
    expect(privateTimeProblem(time).ok).toBe(true);
    expect(privateTimeProblem({ ...time, to: '10:30' })).toMatchObject({ ok: false, field: 'to' });
    expect(privateTimeProblem({ ...time, to: '11:00' })).toMatchObject({ ok: false, field: 'to' });
  });
  it('has a professional present only when someone asked', () => {
    expect(privateTimeProblem({ ...time, professional: 'Social worker' })).toMatchObject({
      ok: false,
      field: 'askedBy',
    });
    expect(
      privateTimeProblem({ ...time, professional: 'Social worker', askedBy: 'young_person' }).ok,
    ).toBe(true);
  });
});

describe('marking a conference held', () => {
  const now = new Date('2026-12-02T15:00:00Z');
  it('refuses a start in the future, an end before the start and an end in the future', () => {
    const at = (iso: string) => new Date(iso);
    expect(heldProblem(at('2026-12-02T10:00:00Z'), at('2026-12-02T13:00:00Z'), now).ok).toBe(true);
    expect(heldProblem(at('2026-12-03T10:00:00Z'), at('2026-12-03T13:00:00Z'), now)).toMatchObject({
      field: 'heldOn-day',
    });
    expect(heldProblem(at('2026-12-02T10:00:00Z'), at('2026-12-02T09:00:00Z'), now)).toMatchObject({
      field: 'endedAt',
    });
    expect(heldProblem(at('2026-12-02T14:00:00Z'), at('2026-12-02T16:00:00Z'), now)).toMatchObject({
      field: 'endedAt',
    });
  });
  it('is only for a conference, not another way of deciding', () => {
    expect(heldAsConference('conference').ok).toBe(true);
    expect(heldAsConference('alternative').ok).toBe(false);
  });
});

describe('the pipeline after an invitation or attendance', () => {
  it('moves forward only, and never for a closed part', () => {
    expect(pipelineAfter(STATUS_ORDER, 'agreed_to_engage', 'attended', false)).toBe('attended');
    expect(pipelineAfter(STATUS_ORDER, 'agreed_to_engage', 'invited', false)).toBe('invited');
    expect(pipelineAfter(STATUS_ORDER, 'attended', 'invited', false)).toBeNull();
    expect(pipelineAfter(STATUS_ORDER, 'in_plan', 'attended', false)).toBeNull();
    expect(pipelineAfter(STATUS_ORDER, 'located', 'attended', true)).toBeNull();
  });
});
