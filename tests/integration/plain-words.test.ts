import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  signedIn,
} from '../../src/features/journeys/journeys-test-support.ts';
import { startReferral } from '../../src/features/referrals/referral-test-support.ts';
import { fleschReadingEase, mainText } from '../support/readability.ts';

/**
 * Plain words: the pages a busy worker (or a young person looking over their shoulder) reads
 * score at least 50 on Flesch reading ease, measured on the words the page shows.
 */

let setup: CastApp;

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

const PLAIN_ENOUGH = 50;

describe('plain words', () => {
  it('keeps the pages people said were hard to read at 50 or more', async () => {
    const { context, cast } = setup;
    const { journeyId, childIds } = await arrangeJourney(context.ownerDb.db, cast);
    const referrer = await signedIn(context.app, cast.referrer);
    const draft = await startReferral(referrer, 'fgc');
    await referrer.post(`/referrals/${draft}/children`, { childId: childIds[0] ?? '' });
    const coordinator = await signedIn(context.app, cast.coordinator);
    const manager = await signedIn(context.app, cast.manager);
    const administrator = await signedIn(context.app, cast.administrator);
    const pages: Array<[string, Awaited<ReturnType<typeof manager.get>>]> = [
      ['the consent page', await referrer.get(`/referrals/${draft}/consent`)],
      [
        'the young person’s agreement',
        await referrer.get(`/referrals/${draft}/consent/young-person`),
      ],
      [
        'the parental consent',
        await referrer.get(`/referrals/${draft}/consent/parental-responsibility`),
      ],
      ['the pre-proceedings page', await referrer.get(`/referrals/${draft}/pre-proceedings`)],
      ['the child record', await manager.get(`/children/${childIds[0]}`)],
      ['the user form', await administrator.get('/admin/users/new')],
      [
        'the reconfirmation page',
        await coordinator.get(`/journeys/${journeyId}/consent/reconfirm`),
      ],
      ['the withdrawal page', await coordinator.get(`/journeys/${journeyId}/consent/withdraw`)],
    ];
    const scores = pages.map(([name, response]) => {
      expect(response.statusCode, name).toBe(200);
      return [name, Math.round(fleschReadingEase(mainText(response.body)))] as const;
    });
    expect(scores.filter(([, score]) => score < PLAIN_ENOUGH)).toEqual([]);
  });
});
