import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../src/domain/dates.ts';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  dateFields,
  eventKinds,
  signedIn,
} from '../../src/features/journeys/journeys-test-support.ts';
import { TestAgent } from '../support/agent.ts';

/**
 * WCAG 2.2.1 without JavaScript: a form sent after the session has ended keeps its answers.
 * The person signs in again and gets the same page back with their answers in it.
 */

let setup: CastApp;
const REASON = 'Jordan said it is all too much this term';

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

async function endSessionsOf(userId: string) {
  await setup.context.ownerDb.db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now() - interval '2 hours'` })
    .where('user_id', '=', userId)
    .execute();
}

async function consentKey(referralId: string) {
  const row = await setup.context.ownerDb.db
    .selectFrom('consents')
    .select('id')
    .where('referral_id', '=', referralId)
    .where('giver', '=', 'young_person')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sends the withdrawal form, as the person filled it in, after their session has ended. */
async function sendTooLate(agent: TestAgent, journeyId: string, referralId: string) {
  return agent.post(`/journeys/${journeyId}/consent/withdraw`, {
    giver: await consentKey(referralId),
    ...dateFields('withdrawnOn', todayInLondon()),
    reason: REASON,
    outcome: 'pause',
  });
}

function returnToOf(location: string): string {
  return new URL(location, 'http://kindred.test').searchParams.get('returnTo') ?? '';
}

describe('a form sent after the session has ended', () => {
  it('keeps the answers, and puts them back on the same page after signing in', async () => {
    const { context, cast } = setup;
    const { journeyId, referralId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    await coordinator.get(`/journeys/${journeyId}/consent/withdraw`);
    await endSessionsOf(cast.coordinator.id);

    const late = await sendTooLate(coordinator, journeyId, referralId);
    expect(late.statusCode).toBe(303);
    const returnTo = returnToOf(String(late.headers.location));
    expect(returnTo).toMatch(
      new RegExp(`^/journeys/${journeyId}/consent/withdraw\\?restore=[A-Za-z0-9_-]{40,}$`),
    );
    // Nothing was saved, and the answers are not readable in the database.
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual(['opened']);
    // The table is shared by every organisation (the organisation is not known yet when the
    // answers arrive): find this page's answers, not another test file's.
    const kept = await context.ownerDb.db
      .selectFrom('unsaved_answers')
      .selectAll()
      .where('page_path', '=', `/journeys/${journeyId}/consent/withdraw`)
      .executeTakeFirstOrThrow();
    expect(kept.user_id).toBe(cast.coordinator.id);
    expect(kept.sealed.toString('latin1')).not.toContain('Jordan');

    const signIn = await coordinator.post('/sign-in', {
      email: cast.coordinator.email,
      password: cast.coordinator.password,
      returnTo,
    });
    expect(signIn.statusCode).toBe(303);
    expect(signIn.headers.location).toBe(returnTo);
    const page = await coordinator.get(returnTo);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Your answers are back');
    expect(page.body).toContain(`>${REASON}</textarea>`);
    expect(page.body).toMatch(/<input[^>]* value="pause"[^>]* checked>/);
    expect(page.body).not.toMatch(/<input[^>]* value="end"[^>]* checked>/);
    // Once only.
    const again = await coordinator.get(returnTo);
    expect(again.body).not.toContain(REASON);
  });

  it('gives the answers back only to the person who typed them', async () => {
    const { context, cast } = setup;
    const { journeyId, referralId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    await coordinator.get(`/journeys/${journeyId}/consent/withdraw`);
    await endSessionsOf(cast.coordinator.id);
    const late = await sendTooLate(coordinator, journeyId, referralId);
    const returnTo = returnToOf(String(late.headers.location));

    const manager = await signedIn(context.app, cast.manager);
    const page = await manager.get(returnTo);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(REASON);
    expect(page.body).not.toContain('Your answers are back');
  });

  it('keeps them when the session is gone altogether, for whoever holds the address', async () => {
    const { context, cast } = setup;
    const { journeyId, referralId } = await arrangeJourney(context.ownerDb.db, cast);
    const stranger = new TestAgent(context.app);
    await stranger.get('/sign-in');
    const late = await sendTooLate(stranger, journeyId, referralId);
    expect(late.statusCode).toBe(303);
    const returnTo = returnToOf(String(late.headers.location));
    expect(returnTo).toContain('restore=');
    await stranger.post('/sign-in', {
      email: cast.coordinator.email,
      password: cast.coordinator.password,
      returnTo,
    });
    const page = await stranger.get(returnTo);
    expect(page.body).toContain(`>${REASON}</textarea>`);
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual(['opened']);
  });

  it('restarts the idle clock when the person asks to stay signed in', async () => {
    const { context, cast } = setup;
    const coordinator = await signedIn(context.app, cast.coordinator);
    await context.ownerDb.db
      .updateTable('sessions')
      .set({ last_seen_at: sql`now() - interval '20 minutes'` })
      .where('user_id', '=', cast.coordinator.id)
      .execute();
    const home = await coordinator.get('/');
    expect(home.body).toContain('data-kindred-session data-idle-seconds="1800"');
    const kept = await coordinator.post('/session/keep-alive');
    expect(kept.statusCode).toBe(204);
    const sessions = await context.ownerDb.db
      .selectFrom('sessions')
      .select(sql<number>`extract(epoch from now() - last_seen_at)`.as('idle'))
      .where('user_id', '=', cast.coordinator.id)
      .execute();
    expect(Math.min(...sessions.map((row) => Number(row.idle)))).toBeLessThan(60);
  });
});
