import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  eventKinds,
  journeyAuditActions,
  journeyRow,
  signedIn,
} from './journeys-test-support.ts';

let setup: CastApp;

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

async function recordPlanningMeeting(journeyId: string) {
  await setup.context.ownerDb.db
    .insertInto('planning_meetings')
    .values({
      organisation_id: setup.cast.organisation.id,
      journey_id: journeyId,
      starts_at: new Date('2026-02-10T10:00:00Z'),
      venue: 'Civic Centre',
      objectives: 'Find people who matter to Jordan',
      recorded_at: new Date(),
      recorded_by: setup.cast.coordinator.id,
    })
    .execute();
}

describe('moving a journey on', () => {
  it('refuses to leave planning until the planning meeting is recorded, then moves to discovery', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);

    const page = await coordinator.get(`/journeys/${journeyId}/move`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Record the planning meeting before moving on to discovery.');
    expect(page.body).not.toContain('name="reason"');

    const refused = await coordinator.post(`/journeys/${journeyId}/move`, {
      toStage: '3',
      reason: 'Ready for discovery',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toContain('Record the planning meeting before moving on to discovery.');
    expect((await journeyRow(context.ownerDb.db, journeyId)).stage).toBe(2);

    await recordPlanningMeeting(journeyId);
    const form = await coordinator.get(`/journeys/${journeyId}/move`);
    expect(form.body).toContain('Move to stage 3');
    const moved = await coordinator.post(`/journeys/${journeyId}/move`, {
      toStage: '3',
      reason: 'Planning meeting held and objectives agreed',
    });
    expect(moved.statusCode).toBe(303);
    expect(moved.headers.location).toBe(`/journeys/${journeyId}?notice=moved`);
    expect((await journeyRow(context.ownerDb.db, journeyId)).stage).toBe(3);
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual(['opened', 'stage_moved']);
    expect(await journeyAuditActions(context.ownerDb.db, journeyId)).toContain(
      'journey.stage-moved',
    );

    const casePage = await coordinator.get(`/journeys/${journeyId}?notice=moved`);
    expect(casePage.body).toContain('The journey has moved on to the next stage.');
    expect(casePage.body).toContain('Stage 3 of 8: Discovery');
    expect(casePage.body).toContain('Moved to stage 3, Discovery');
    expect(casePage.body).toContain('Planning meeting held and objectives agreed');
  });

  it('refuses to skip a stage, and needs a reason', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    await recordPlanningMeeting(journeyId);
    const manager = await signedIn(context.app, cast.manager);

    const skipped = await manager.post(`/journeys/${journeyId}/move`, {
      toStage: '4',
      reason: 'Skip ahead',
    });
    expect(skipped.statusCode).toBe(400);
    expect(skipped.body).toContain(
      'A journey moves one stage at a time: stage 3, Discovery, comes next.',
    );

    const noReason = await manager.post(`/journeys/${journeyId}/move`, {
      toStage: '3',
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Enter why the journey is moving on');
    expect((await journeyRow(context.ownerDb.db, journeyId)).stage).toBe(2);
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual(['opened']);
  });

  it('is not found for a coordinator who is not matched to the journey', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    await recordPlanningMeeting(journeyId);
    const other = await signedIn(context.app, cast.otherCoordinator);
    expect((await other.get(`/journeys/${journeyId}/move`)).statusCode).toBe(404);
    const post = await other.post(`/journeys/${journeyId}/move`, {
      toStage: '3',
      reason: 'Mine now',
    });
    expect(post.statusCode).toBe(404);
    expect((await journeyRow(context.ownerDb.db, journeyId)).stage).toBe(2);
  });

  it('is forbidden to the referrer and the IRO, who can read but not change a journey', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    for (const person of [cast.referrer, cast.iro]) {
      const agent = await signedIn(context.app, person);
      expect((await agent.get(`/journeys/${journeyId}/move`)).statusCode).toBe(403);
    }
  });
});
