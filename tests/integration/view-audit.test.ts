import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ArrangedCase,
  arrangeJourney,
  type Cast,
  createCast,
  signedIn,
} from '../../src/features/journeys/journeys-test-support.ts';
import type { TestUser } from '../support/factories.ts';
import { createTestContext, type TestContext } from '../support/test-app.ts';

/** Every page that shows a child writes an audit event; a list writes one, not one per row. */
let context: TestContext;
let cast: Cast;
let arranged: ArrangedCase;

async function eventsBy(user: TestUser, during: () => Promise<void>) {
  const before = new Date();
  await during();
  return context.ownerDb.db
    .selectFrom('audit_events')
    .select(['action', 'subject_type', 'subject_id', 'detail'])
    .where('organisation_id', '=', cast.organisation.id)
    .where('actor_user_id', '=', user.id)
    .where('occurred_at', '>=', before)
    .orderBy('seq')
    .execute();
}

beforeAll(async () => {
  context = await createTestContext();
  cast = await createCast(context.ownerDb.db);
  arranged = await arrangeJourney(context.ownerDb.db, cast, {
    children: [
      { firstName: 'Jordan', lastName: 'Rivers' },
      { firstName: 'Jamie', lastName: 'Rivers' },
    ],
  });
});
afterAll(() => context.close());

describe('the pages that change a journey', () => {
  it.each([
    ['move', 'move'],
    ['pause', 'pause'],
    ['end', 'end'],
    ['consent/withdraw', 'consent'],
    ['consent/reconfirm', 'consent'],
    ['notes/new', 'new-note'],
    ['planning-meeting/schedule', 'planning-meeting-schedule'],
    ['planning-meeting/record', 'planning-meeting-record'],
  ])('/journeys/:id/%s shows the child and audits the view', async (path, page) => {
    const agent = await signedIn(context.app, cast.coordinator);
    let body = '';
    const events = await eventsBy(cast.coordinator, async () => {
      const response = await agent.get(`/journeys/${arranged.journeyId}/${path}`);
      expect(response.statusCode).toBe(200);
      body = response.body;
    });
    expect(body).toContain('Jordan Rivers');
    expect(events).toEqual([
      {
        action: 'journey.viewed',
        subject_type: 'journey',
        subject_id: arranged.journeyId,
        detail: { page },
      },
    ]);
  });
});

describe('lists and searches', () => {
  it('writes one event for a search of the register, with the words and the number found', async () => {
    const agent = await signedIn(context.app, cast.manager);
    let body = '';
    const events = await eventsBy(cast.manager, async () => {
      body = (await agent.get('/children?q=Rivers')).body;
    });
    expect(body).toContain('Jamie');
    expect(body).toContain('Jordan');
    expect(events).toEqual([
      {
        action: 'children.listed',
        subject_type: 'list',
        subject_id: null,
        detail: { query: { text: 'Rivers' }, results: 2 },
      },
    ]);
  });

  it.each([
    ['/inbox?status=accepted', 'manager', 'inbox', { status: 'accepted' }, 1],
    ['/journeys', 'coordinator', 'journeys', {}, 1],
    ['/referrals?q=Rivers', 'referrer', 'referrals', { q: 'Rivers' }, 1],
  ] as const)('writes one event for %s', async (url, who, list, query, results) => {
    const person = cast[who];
    const agent = await signedIn(context.app, person);
    const events = await eventsBy(person, async () => {
      expect((await agent.get(url)).statusCode).toBe(200);
    });
    expect(events).toEqual([
      {
        action: `${list}.listed`,
        subject_type: 'list',
        subject_id: null,
        detail: { query, results },
      },
    ]);
  });
});
