import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  type ArrangedCase,
  arrangeJourney,
  type Cast,
  createCast,
  signedIn,
} from '../journeys/journeys-test-support.ts';

let context: TestContext;
let cast: Cast;
let robin: ArrangedCase;

beforeAll(async () => {
  context = await createTestContext();
  cast = await createCast(context.ownerDb.db);
  robin = await arrangeJourney(context.ownerDb.db, cast, {
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

describe('the due and overdue counts on the home page', () => {
  const daysFromToday = (days: number) =>
    new Date(Date.parse(`${todayInLondon()}T00:00:00Z`) + days * 86_400_000)
      .toISOString()
      .slice(0, 10);

  it('count a coordinator’s own deadlines and the team’s for a team manager, by the deadlines engine', async () => {
    const db = context.ownerDb.db;
    await db
      .updateTable('journeys')
      .set({ consent_reconfirmation_due: daysFromToday(-3) })
      .where('id', '=', robin.journeyId)
      .execute();
    // A practice manager's date to look again, in two days: the team's, not the coordinator's.
    const child = await db
      .insertInto('children')
      .values({
        organisation_id: cast.organisation.id,
        first_name: 'Lena',
        last_name: 'Later',
        date_of_birth: '2010-03-01',
        looked_after: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('supervision_decisions')
      .values({
        organisation_id: cast.organisation.id,
        child_id: child.id,
        reason: 'later',
        discussed_on: daysFromToday(-10),
        look_again_on: daysFromToday(2),
        recorded_by: cast.practiceManager.id,
      })
      .execute();

    const coordinator = await home(cast.coordinator);
    expect(coordinator).toContain('You have 1 deadline overdue.');
    expect(coordinator).toContain('href="/deadlines"');
    expect(await home(cast.manager)).toContain(
      'The team has 1 deadline overdue and 1 deadline due in the next 7 days.',
    );
    expect(await home(cast.otherCoordinator)).toContain(
      'Nothing is overdue or due in the next 7 days.',
    );
    // The same engine fills the list the counts link to.
    const agent = await signedIn(context.app, cast.manager);
    const list = (await agent.get('/deadlines')).body;
    expect(list).toContain('Robin Ashby');
    expect(list).toContain('Lena Later');
  });

  it('count a team of 600 open journeys in full, and follow each change at once', async () => {
    const big = await createCast(context.ownerDb.db);
    const organisationId = big.organisation.id;
    await sql`insert into referrals (organisation_id, reference, kind, status, referrer_id,
        referrer_role, coordinator_id, matched_by, decided_by, submitted_at, decided_at)
      select ${organisationId}::uuid, 'LL-H' || n, 'lifelong_links', 'accepted',
        ${big.referrer.id}::uuid, 'social_worker', ${big.coordinator.id}::uuid,
        ${big.manager.id}::uuid, ${big.manager.id}::uuid, now(), now()
      from generate_series(1, 600) n`.execute(context.ownerDb.db);
    await sql`insert into journeys (organisation_id, referral_id, kind, stage, coordinator_id,
        consent_reconfirmation_due)
      select organisation_id, id, 'lifelong_links', 2, coordinator_id, current_date - 1
      from referrals where organisation_id = ${organisationId}::uuid`.execute(context.ownerDb.db);
    expect(await home(big.manager)).toContain('The team has 600 deadlines overdue.');
    expect(await home(big.coordinator)).toContain('You have 600 deadlines overdue.');
    expect(await home(big.otherCoordinator)).toContain(
      'Nothing is overdue or due in the next 7 days.',
    );

    // One journey's reconfirmation moved to three days ahead, another paused.
    const [moved, paused] = await context.ownerDb.db
      .selectFrom('journeys')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .orderBy('id')
      .limit(2)
      .execute();
    await context.ownerDb.db
      .updateTable('journeys')
      .set({ consent_reconfirmation_due: daysFromToday(3) })
      .where('id', '=', moved?.id ?? '')
      .execute();
    await context.ownerDb.db
      .updateTable('journeys')
      .set({ status: 'paused' })
      .where('id', '=', paused?.id ?? '')
      .execute();
    expect(await home(big.manager)).toContain(
      'The team has 598 deadlines overdue and 1 deadline due in the next 7 days.',
    );
  });
});
