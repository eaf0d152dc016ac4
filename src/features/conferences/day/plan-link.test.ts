import { describe, expect, it } from 'vitest';
import { planLink } from './day.view-model.ts';

const href = '/journeys/j/conferences/c/plan';

describe('the one way from a conference to its plan', () => {
  it('goes to the plan once there is one, for whoever reads the conference', () => {
    for (const canWrite of [true, false]) {
      expect(
        planLink({ href, hasPlan: true, canWrite, cannotStart: 'Not yet', journeyEnded: false }),
      ).toEqual({
        text: 'Go to the plan',
        href,
      });
    }
  });

  it('offers to write the plan when it may be started', () => {
    expect(
      planLink({ href, hasPlan: false, canWrite: true, cannotStart: null, journeyEnded: false }),
    ).toEqual({
      text: 'Write the plan',
      href,
    });
  });

  it('says why there is no plan yet, with no link, when it cannot be started', () => {
    const why = 'The conference has not happened yet. Start the plan at or after the conference';
    expect(
      planLink({ href, hasPlan: false, canWrite: true, cannotStart: why, journeyEnded: false }),
    ).toEqual({
      explanation: why,
    });
    expect(
      planLink({ href, hasPlan: false, canWrite: false, cannotStart: null, journeyEnded: false }),
    ).toEqual({
      explanation: 'There is no plan yet. The coordinator writes it at the conference',
    });
  });

  it('says the journey ended, to everyone, when it ended with no plan', () => {
    for (const canWrite of [true, false]) {
      expect(
        planLink({ href, hasPlan: false, canWrite, cannotStart: null, journeyEnded: true }),
      ).toEqual({ explanation: 'The journey ended before a plan was written' });
    }
  });
});
