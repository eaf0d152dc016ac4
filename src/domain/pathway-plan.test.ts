import { describe, expect, it } from 'vitest';
import { pathwayPlanAnswer, pathwayPlanApplies } from './pathway-plan.ts';

describe('the pathway plan answer', () => {
  it('is yes once a Lifelong Links journey has opened, with its stage and dates', () => {
    expect(
      pathwayPlanAnswer({
        journeyStage: 3,
        journeyStatus: 'ended',
        startedOn: '2026-01-05',
        endedOn: '2026-09-30',
        referredOn: '2025-12-01',
      }),
    ).toEqual({
      answer: 'Yes',
      stage: 'Stage 3 of 8: Discovery',
      status: 'Ended',
      startedOn: '2026-01-05',
      endedOn: '2026-09-30',
      referredOn: '2025-12-01',
    });
  });

  it('is no without a journey, saying when a waiting referral was made', () => {
    expect(pathwayPlanAnswer(null).answer).toBe('No');
    const waiting = pathwayPlanAnswer({
      journeyStage: null,
      journeyStatus: null,
      startedOn: null,
      endedOn: null,
      referredOn: '2026-11-20',
    });
    expect(waiting).toMatchObject({ answer: 'No', referredOn: '2026-11-20', stage: null });
  });

  it('is asked of young people aged 16 or over and of every care leaver', () => {
    expect(pathwayPlanApplies(16, 'not_care_leaver')).toBe(true);
    expect(pathwayPlanApplies(15, 'not_care_leaver')).toBe(false);
    expect(pathwayPlanApplies(15, 'eligible')).toBe(true);
  });
});
