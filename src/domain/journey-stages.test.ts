import { describe, expect, it } from 'vitest';
import { decideMove, type JourneyProgress, STAGES, stageName } from './journey-stages.ts';

const planning: JourneyProgress = {
  stage: 2,
  status: 'active',
  planningMeetingRecorded: false,
  discoveryOutstanding: null,
};

describe('journey stages', () => {
  it('has eight stages in order', () => {
    expect(STAGES.map((stage) => stage.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(stageName(3)).toBe('Discovery');
    expect(stageName(9)).toBe('Stage 9');
  });

  it('refuses to leave planning until the planning meeting is recorded', () => {
    expect(decideMove(planning, 3)).toEqual({
      allowed: false,
      reason: 'Record the planning meeting before moving on to discovery.',
    });
    expect(decideMove({ ...planning, planningMeetingRecorded: true }, 3)).toEqual({
      allowed: true,
    });
  });

  it('moves one stage at a time, forwards only', () => {
    const recorded = { ...planning, planningMeetingRecorded: true };
    expect(decideMove(recorded, 4)).toEqual({
      allowed: false,
      reason: 'A journey moves one stage at a time: stage 3, Discovery, comes next.',
    });
    expect(decideMove(recorded, 2).allowed).toBe(false);
    expect(decideMove({ ...recorded, stage: 8 }, 9)).toEqual({
      allowed: false,
      reason: 'Stage 8 is the last stage.',
    });
    expect(decideMove({ ...recorded, stage: 3 }, 4)).toEqual({ allowed: true });
  });

  it('does not move a paused or ended journey', () => {
    expect(decideMove({ ...planning, status: 'paused', planningMeetingRecorded: true }, 3)).toEqual(
      {
        allowed: false,
        reason: 'This journey is paused. Resume it before moving it on.',
      },
    );
    expect(decideMove({ ...planning, status: 'ended' }, 3).allowed).toBe(false);
  });

  it('keeps a journey in discovery until the outstanding tool is done, and says which', () => {
    const discovery = { ...planning, stage: 3, planningMeetingRecorded: true };
    expect(
      decideMove({ ...discovery, discoveryOutstanding: { tool: 'genogram', need: 'offer' } }, 4),
    ).toEqual({
      allowed: false,
      reason:
        'Every discovery tool must be offered and its results discussed before moving on to engagement. Next: offer the genogram tool to the young person.',
    });
    expect(decideMove({ ...discovery, discoveryOutstanding: null }, 4)).toEqual({
      allowed: true,
    });
  });
});
