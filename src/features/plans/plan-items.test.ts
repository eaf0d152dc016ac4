import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
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

/** Taking an action or a carer back out of a plan's draft (features/plans/parts.routes.ts). */
let setup: CastApp;
let arranged: ConferenceCase;
let plan = '';
let conferenceId = '';

const draft = async () => {
  const row = await setup.context.ownerDb.db
    .selectFrom('plans')
    .innerJoin('plan_versions', 'plan_versions.plan_id', 'plans.id')
    .select(['plan_versions.number', 'plan_versions.content'])
    .where('plans.conference_id', '=', conferenceId)
    .orderBy('plan_versions.number', 'desc')
    .executeTakeFirstOrThrow();
  return row.content as {
    actions: Array<{ id: string; what: string }>;
    carers: Array<{ id: string; name: string }>;
  };
};

beforeAll(async () => {
  setup = await createCastApp();
  arranged = await arrangeConferenceCase(setup.context.ownerDb.db, setup.cast);
  const row = await setup.context.ownerDb.db
    .insertInto('conferences')
    .values({
      organisation_id: setup.cast.organisation.id,
      journey_id: arranged.journeyId,
      kind: 'fgc',
      starts_at: new Date(Date.now() - 2 * 86_400_000),
      duration_minutes: 120,
      created_by: setup.cast.coordinator.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  conferenceId = row.id;
  plan = `/journeys/${arranged.journeyId}/conferences/${row.id}/plan`;
  const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
  expect((await coordinator.post(plan)).statusCode).toBe(303);
});
afterAll(() => setup.context.close());

describe('taking something back out of the plan', () => {
  it('removes the one action chosen and keeps the others', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    for (const what of ['Take Jordan to football', 'Phone Jordan every Sunday']) {
      const added = await coordinator.post(`${plan}/actions/new`, {
        what,
        ownerKind: 'member',
        memberId: arranged.members.Margaret,
        ...dateFields('byWhen', addDays(todayInLondon(), 30)),
        howOften: 'Every week',
        how: 'in_person',
      });
      expect(added.statusCode).toBe(303);
    }
    const [football] = (await draft()).actions;
    const removed = await coordinator.post(`${plan}/actions/${football?.id}/remove`);
    expect(removed.statusCode).toBe(303);
    expect((await draft()).actions.map((action) => action.what)).toEqual([
      'Phone Jordan every Sunday',
    ]);
    const page = await coordinator.get(removed.headers.location as string);
    // The list reads each action as a sentence: "Margaret Hughes will phone Jordan every ...".
    expect(page.body).toContain('will phone Jordan every Sunday');
    expect(page.body).not.toContain('will take Jordan to football');
  });

  it('removes a carer; asking to remove one that is not in the plan changes nothing', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const added = await coordinator.post(`${plan}/carers/new`, {
      name: 'Aunt Bev',
      term: 'long',
      capacity: 'A spare room near school',
      barriers: '',
    });
    expect(added.statusCode).toBe(303);
    const [carer] = (await draft()).carers;
    expect(carer?.name).toBe('Aunt Bev');
    const stranger = await coordinator.post(
      `${plan}/carers/00000000-0000-4000-8000-000000000000/remove`,
    );
    expect(stranger.statusCode).toBe(303);
    expect((await draft()).carers).toHaveLength(1);
    expect((await coordinator.post(`${plan}/carers/${carer?.id}/remove`)).statusCode).toBe(303);
    expect((await draft()).carers).toEqual([]);
  });
});
