import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import {
  arrangeJourney,
  type Cast,
  createCast,
  signedIn,
} from '../journeys/journeys-test-support.ts';

let context: TestContext;
let cast: Cast;

beforeAll(async () => {
  context = await createTestContext();
  cast = await createCast(context.ownerDb.db);
  await arrangeJourney(context.ownerDb.db, cast, {
    children: [{ firstName: 'Robin', lastName: 'Ashby' }],
  });
  await context.ownerDb.db
    .insertInto('referrals')
    .values({
      organisation_id: cast.organisation.id,
      reference: 'LL-2026-0900',
      kind: 'lifelong_links',
      status: 'submitted',
      referrer_id: cast.referrer.id,
      submitted_at: new Date(),
    })
    .execute();
  // Accepted, but no coordinator yet: still the team manager's to do.
  await context.ownerDb.db
    .insertInto('referrals')
    .values({
      organisation_id: cast.organisation.id,
      reference: 'LL-2026-0901',
      kind: 'lifelong_links',
      status: 'accepted',
      referrer_id: cast.referrer.id,
      submitted_at: new Date(),
      decided_at: new Date(),
    })
    .execute();
});
afterAll(() => context.close());

async function home(user: Cast[keyof Cast]) {
  if (!('email' in user)) throw new Error('not a user');
  const agent = await signedIn(context.app, user);
  return (await agent.get('/')).body;
}

describe('the home page', () => {
  it('shows a coordinator their journeys and what is due next', async () => {
    const body = await home(cast.coordinator);
    expect(body).toContain('You are coordinating 1 journey');
    expect(body).toContain('Robin Ashby');
    expect(body).toContain('Next: Schedule the planning meeting');
  });

  it('tells a team manager how many referrals wait for a decision and for a coordinator', async () => {
    const body = await home(cast.manager);
    expect(body).toContain(
      '1 referral is waiting for a decision. 1 accepted referral is waiting for a coordinator.',
    );
    expect(body).toContain('href="/inbox"');

    // Both are in the inbox's first view; the accepted one offers matching.
    const agent = await signedIn(context.app, cast.manager);
    const inbox = (await agent.get('/inbox')).body;
    expect(inbox).toContain('LL-2026-0900');
    expect(inbox).toContain('LL-2026-0901');
    expect(inbox).toContain('Accepted, to match');
    expect(inbox).toContain('Match a coordinator');
    const toMatch = (await agent.get('/inbox?status=to-match')).body;
    expect(toMatch).toContain('LL-2026-0901');
    expect(toMatch).not.toContain('LL-2026-0900');
  });

  it('offers a social worker to make a referral and counts theirs', async () => {
    const body = await home(cast.referrer);
    expect(body).toContain('Start a new referral');
    expect(body).toContain('1 referral waiting for a decision');
  });

  it('shows an IRO the journeys of young people they are IRO for', async () => {
    expect(await home(cast.iro)).toContain('Robin Ashby');
    expect(await home(cast.otherIro)).toContain('No journeys are linked to you yet');
  });

  it('gives an administrator administration and no case records', async () => {
    const body = await home(cast.administrator);
    expect(body).toContain('Manage users');
    expect(body).not.toContain('Robin Ashby');
  });
});
