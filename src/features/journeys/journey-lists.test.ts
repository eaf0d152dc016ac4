import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../../tests/support/factories.ts';
import { createUser } from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import {
  type ArrangedCase,
  arrangeJourney,
  type Cast,
  createCast,
  signedIn,
} from './journeys-test-support.ts';

let context: TestContext;
let cast: Cast;
let otherReferrer: TestUser;
let allocatedSocialWorker: TestUser;
let jordan: ArrangedCase;
let brooks: ArrangedCase;
let casey: ArrangedCase;

const NAMES = ['Jordan Rivers', 'Amy Brook, Ben Brook', 'Casey Stone'];

async function dueOn(journeyId: string, date: string) {
  await context.ownerDb.db
    .updateTable('journeys')
    .set({ consent_reconfirmation_due: date })
    .where('id', '=', journeyId)
    .execute();
}

beforeAll(async () => {
  context = await createTestContext();
  cast = await createCast(context.ownerDb.db);
  otherReferrer = await createUser(context.ownerDb.db, cast.organisation, ['social_worker']);
  allocatedSocialWorker = await createUser(context.ownerDb.db, cast.organisation, [
    'social_worker',
  ]);
  jordan = await arrangeJourney(context.ownerDb.db, cast, {
    children: [{ firstName: 'Jordan', lastName: 'Rivers' }],
  });
  brooks = await arrangeJourney(context.ownerDb.db, cast, {
    kind: 'fgc',
    children: [
      { firstName: 'Amy', lastName: 'Brook' },
      { firstName: 'Ben', lastName: 'Brook' },
    ],
    coordinator: cast.otherCoordinator,
    iro: null,
  });
  casey = await arrangeJourney(context.ownerDb.db, cast, {
    children: [{ firstName: 'Casey', lastName: 'Stone' }],
    coordinator: cast.otherCoordinator,
    iro: cast.otherIro,
    referrer: otherReferrer,
    socialWorker: allocatedSocialWorker,
  });
  await dueOn(jordan.journeyId, '2099-12-01');
  await dueOn(brooks.journeyId, '2099-09-01');
  await dueOn(casey.journeyId, '2099-10-01');
});
afterAll(() => context.close());

async function namesListed(user: TestUser, query = ''): Promise<string[]> {
  const agent = await signedIn(context.app, user);
  const page = await agent.get(`/journeys${query}`);
  expect(page.statusCode).toBe(200);
  return NAMES.filter((name) => page.body.includes(name)).sort(
    (a, b) => page.body.indexOf(a) - page.body.indexOf(b),
  );
}

describe('journey lists', () => {
  it('shows a coordinator their own journeys, with the stage and what is due next', async () => {
    const agent = await signedIn(context.app, cast.coordinator);
    const page = await agent.get('/journeys');
    expect(page.body).toContain('Your journeys');
    expect(page.body).toContain('Stage 2 of 8: Planning');
    expect(page.body).toContain('Schedule the planning meeting');
    expect(await namesListed(cast.coordinator)).toEqual(['Jordan Rivers']);
    expect(await namesListed(cast.otherCoordinator)).toEqual([
      'Amy Brook, Ben Brook',
      'Casey Stone',
    ]);
  });

  it('shows IROs, referrers and allocated social workers only the journeys they can open', async () => {
    expect(await namesListed(cast.iro)).toEqual(['Jordan Rivers']);
    expect(await namesListed(cast.otherIro)).toEqual(['Casey Stone']);
    expect(await namesListed(cast.referrer)).toEqual(['Amy Brook, Ben Brook', 'Jordan Rivers']);
    expect(await namesListed(allocatedSocialWorker)).toEqual(['Casey Stone']);
  });

  it('gives managers the team view, soonest due first, with filters and search', async () => {
    const agent = await signedIn(context.app, cast.manager);
    const page = await agent.get('/journeys');
    expect(page.body).toContain('Team view');
    expect(page.body).toContain('name="coordinator"');
    expect(await namesListed(cast.manager)).toEqual([
      'Amy Brook, Ben Brook',
      'Casey Stone',
      'Jordan Rivers',
    ]);
    expect(await namesListed(cast.practiceManager)).toHaveLength(3);
    expect(await namesListed(cast.manager, '?kind=fgc')).toEqual(['Amy Brook, Ben Brook']);
    expect(await namesListed(cast.manager, `?coordinator=${cast.coordinator.id}`)).toEqual([
      'Jordan Rivers',
    ]);
    expect(await namesListed(cast.manager, '?q=brook')).toEqual(['Amy Brook, Ben Brook']);
    expect(await namesListed(cast.manager, `?q=${casey.reference}`)).toEqual(['Casey Stone']);
    expect(await namesListed(cast.manager, '?stage=2&status=active')).toHaveLength(3);
    const none = await agent.get('/journeys?stage=5');
    expect(none.body).toContain('No journeys found');
    // Values that are not filters are ignored rather than failing.
    expect(await namesListed(cast.manager, '?stage=nine&status=gone&coordinator=x')).toHaveLength(
      3,
    );
  });

  it('filters by status and marks an overdue reconfirmation', async () => {
    await context.ownerDb.db
      .updateTable('journeys')
      .set({ status: 'paused' })
      .where('id', '=', brooks.journeyId)
      .execute();
    await dueOn(casey.journeyId, '2020-01-01');
    expect(await namesListed(cast.manager, '?status=paused')).toEqual(['Amy Brook, Ben Brook']);
    const agent = await signedIn(context.app, cast.manager);
    const page = await agent.get('/journeys');
    expect(page.body).toContain('Consent reconfirmation due 1 January 2020');
    expect(page.body).toContain('Overdue');
    expect(await namesListed(cast.manager)).toEqual([
      'Casey Stone',
      'Amy Brook, Ben Brook',
      'Jordan Rivers',
    ]);
  });

  it('shows nothing of another organisation, and is forbidden to administrators', async () => {
    const elsewhere = await createCast(context.ownerDb.db);
    expect(await namesListed(elsewhere.manager)).toEqual([]);
    const admin = await signedIn(context.app, cast.administrator);
    expect((await admin.get('/journeys')).statusCode).toBe(403);
  });
});
