import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrangeConferenceCase,
  type ConferenceCase,
} from '../conferences/conference-test-support.ts';
import {
  type CastApp,
  createCastApp,
  dateFields,
  signedIn,
} from '../journeys/journeys-test-support.ts';
import { conferenceIdOf, conferenceMaker, planRowsOf } from './plans-test-support.ts';

/** Starting a conference's plan: not before it has happened; on the day of another way of deciding. */
let setup: CastApp;
let arranged: ConferenceCase;
let future = '';
let conference: ReturnType<typeof conferenceMaker>;
let planRows: ReturnType<typeof planRowsOf>;

beforeAll(async () => {
  setup = await createCastApp();
  arranged = await arrangeConferenceCase(setup.context.ownerDb.db, setup.cast);
  conference = conferenceMaker(setup, arranged);
  planRows = planRowsOf(setup);
  future = await conference(new Date(Date.now() + 7 * 86_400_000));
});
afterAll(() => setup.context.close());

describe('starting a plan', () => {
  it('refuses a plan for a conference that has not happened, and writes nothing', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const page = await coordinator.get(future);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('The conference has not happened yet');
    const refused = await coordinator.post(future);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      'The conference has not happened yet. Start the plan at or after the conference',
    );
    expect(await planRows(conferenceIdOf(future))).toHaveLength(0);
  });

  it('offers to start the plan of a conference recorded as held before the day it was planned for', async () => {
    const moved = await conference(new Date(Date.now() + 7 * 86_400_000));
    const heldFrom = new Date(Date.now() - 86_400_000);
    await setup.context.ownerDb.db
      .insertInto('conference_days')
      .values({
        organisation_id: setup.cast.organisation.id,
        conference_id: conferenceIdOf(moved),
        status: 'held',
        held_from: heldFrom,
        held_to: new Date(heldFrom.getTime() + 3_600_000),
        updated_by: setup.cast.coordinator.id,
      })
      .execute();
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const page = await coordinator.get(moved);
    expect(page.body).not.toContain('The conference has not happened yet');
    expect(page.body).toContain('Start the plan');
    expect((await coordinator.post(moved)).statusCode).toBe(303);
    expect(await planRows(conferenceIdOf(moved))).toHaveLength(1);
  });

  it('starts an alternative way of deciding’s plan on the day the coordinator gives', async () => {
    const alternative = await conference(null, 'alternative');
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const empty = await coordinator.post(alternative, { 'madeOn-day': '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter the day the decision was made');
    const made = await coordinator.post(alternative, dateFields('madeOn', '2026-11-20'));
    expect(made.statusCode).toBe(303);
    const plan = await setup.context.ownerDb.db
      .selectFrom('plans')
      .select('made_on')
      .where('conference_id', '=', conferenceIdOf(alternative))
      .executeTakeFirstOrThrow();
    expect(plan.made_on).toBe('2026-11-20');
  });

  it('starts a review conference’s plan from the version it reviews, as a draft to change', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const first = await conference(new Date(Date.now() - 30 * 86_400_000));
    expect((await coordinator.post(first)).statusCode).toBe(303);
    const words = 'I want to see Nan every week and stay at my school.';
    await coordinator.post(`${first}/sections/words`, { text: words });
    const [reviewed] = await setup.context.ownerDb.db
      .selectFrom('plans')
      .innerJoin('plan_versions', 'plan_versions.plan_id', 'plans.id')
      .select('plan_versions.id')
      .where('plans.conference_id', '=', conferenceIdOf(first))
      .execute();
    const review = await conference(new Date(Date.now() - 86_400_000));
    await setup.context.ownerDb.db
      .updateTable('conferences')
      .set({ purpose: 'review', reviews_plan_version_id: reviewed?.id ?? '' })
      .where('id', '=', conferenceIdOf(review))
      .execute();

    expect((await coordinator.get(review)).body).toContain(
      'The new plan starts as a copy of the version being reviewed',
    );
    expect((await coordinator.post(review)).statusCode).toBe(303);
    const [draft] = await planRows(conferenceIdOf(review));
    expect(draft?.ready_at).toBeNull();
    expect((await coordinator.get(`${review}/sections/words`)).body).toContain(words);
    // The plan it reviews is left as it was.
    expect((await planRows(conferenceIdOf(first)))[0]?.content).toMatchObject({ words });
  });
});
