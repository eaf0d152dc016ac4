import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { emailForNotice, plainTextOf } from '../../domain/notice-kinds.ts';
import {
  arrangeConferenceCase,
  type ConferenceCase,
} from '../conferences/conference-test-support.ts';
import { type Cast, createCast, dateFields, signedIn } from '../journeys/journeys-test-support.ts';

/**
 * The plan's notices (features/plans/plan.notices.ts): the referrer hears a plan is waiting for
 * their decision, the coordinator hears what they decided; email only as each person wants it,
 * and never with the young person's name. Email is on (SMTP) for this file's app.
 */
let context: TestContext;
let cast: Cast;
let elsewhere: Cast;
let arranged: ConferenceCase;
let plan = '';

const noticesOf = (user: TestUser) =>
  context.ownerDb.db
    .selectFrom('notifications')
    .select(['id', 'kind', 'subject', 'body', 'link', 'read_at'])
    .where('organisation_id', '=', user.organisationId)
    .where('user_id', '=', user.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

const outboxOf = (user: TestUser) =>
  context.ownerDb.db
    .selectFrom('outbox_messages')
    .select(['notification_id', 'kind', 'to_address'])
    .where('organisation_id', '=', user.organisationId)
    .where('user_id', '=', user.id)
    .execute();

/**
 * The database is shared with other test files, whose job runners would send a pending message
 * through their own stand-in servers: once checked, this file's messages are marked as failed,
 * which the sending job leaves alone.
 */
async function keepUnsent() {
  await context.ownerDb.db
    .updateTable('outbox_messages')
    .set({ status: 'failed', failed_at: new Date(), last_error: 'Not sent: a test' })
    .where('organisation_id', '=', cast.organisation.id)
    .where('status', '=', 'pending')
    .execute();
}

beforeAll(async () => {
  context = await createTestContext({
    EMAIL_PROVIDER: 'smtp',
    SMTP_HOST: 'mail.example',
    EMAIL_FROM: 'kindred@council.example',
  });
  cast = await createCast(context.ownerDb.db);
  elsewhere = await createCast(context.ownerDb.db);
  arranged = await arrangeConferenceCase(context.ownerDb.db, cast);
  const row = await context.ownerDb.db
    .insertInto('conferences')
    .values({
      organisation_id: cast.organisation.id,
      journey_id: arranged.journeyId,
      kind: 'lifelong_links_fgc',
      starts_at: new Date(Date.now() - 3 * 86_400_000),
      duration_minutes: 120,
      created_by: cast.coordinator.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  plan = `/journeys/${arranged.journeyId}/conferences/${row.id}/plan`;
  const coordinator = await signedIn(context.app, cast.coordinator);
  expect((await coordinator.post(plan)).statusCode).toBe(303);
  await coordinator.post(`${plan}/sections/words`, { text: 'I want to see Nan every week.' });
  await coordinator.post(`${plan}/actions/new`, {
    what: 'Take Jordan to football',
    ownerKind: 'member',
    memberId: arranged.members.Margaret,
    ...dateFields('byWhen', addDays(todayInLondon(), 30)),
    howOften: 'Every Saturday',
    how: 'in_person',
  });
  await coordinator.post(`${plan}/monitor`, {
    ownerKind: 'member',
    memberId: arranged.members.Tom,
  });
});
afterAll(async () => {
  await keepUnsent();
  await context.close();
});

describe('notices about the plan', () => {
  it('tells the referrer, and only the referrer, when the plan is sent for their decision', async () => {
    const coordinator = await signedIn(context.app, cast.coordinator);
    // Refused (no contingency plan yet): nothing is sent.
    expect((await coordinator.post(`${plan}/ready`)).statusCode).toBe(400);
    expect(await noticesOf(cast.referrer)).toEqual([]);

    await coordinator.post(`${plan}/sections/contingency`, { text: 'Nan calls a meeting.' });
    expect((await coordinator.post(`${plan}/ready`)).headers.location).toBe(`${plan}?notice=ready`);
    const notices = await noticesOf(cast.referrer);
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'plan_decision_needed',
        subject: `The plan for ${arranged.reference} is waiting for your decision`,
        link: `${plan}/decision`,
        read_at: null,
      }),
    ]);
    expect(JSON.stringify(notices)).not.toMatch(/Jordan|Rivers/);

    // Wanted by email by default: one outbox row, whose email is the kind's words alone.
    const outbox = await outboxOf(cast.referrer);
    await keepUnsent();
    expect(outbox).toEqual([
      {
        notification_id: notices[0]?.id,
        kind: 'plan_decision_needed',
        to_address: cast.referrer.email,
      },
    ]);
    const email = emailForNotice('plan_decision_needed', context.config.email.publicUrl);
    expect(email.subject).toBe('A plan is waiting for your decision in Kindred');
    expect(plainTextOf(email)).not.toMatch(/Jordan|Rivers|LL-/);

    // Nobody else hears of it: not the coordinator, a manager, the IRO, or another council.
    for (const user of [cast.coordinator, cast.manager, cast.iro, cast.otherCoordinator]) {
      expect(await noticesOf(user)).toEqual([]);
    }
    for (const user of [elsewhere.referrer, elsewhere.coordinator, elsewhere.manager]) {
      expect(await noticesOf(user)).toEqual([]);
    }
  });

  it('takes the referrer from the notification centre to the decision page', async () => {
    const referrer = await signedIn(context.app, cast.referrer);
    const centre = await referrer.get('/notifications');
    expect(centre.body).toContain(
      `The plan for ${arranged.reference} is waiting for your decision`,
    );
    const [notice] = await noticesOf(cast.referrer);
    const opened = await referrer.get(`/notifications/${notice?.id}/open`);
    expect(opened.headers.location).toBe(`${plan}/decision`);
    const page = await referrer.get(`${plan}/decision`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('I want to see Nan every week.');
    expect((await noticesOf(cast.referrer))[0]?.read_at).not.toBeNull();
  });

  it('tells the coordinator what the referrer decided, in Kindred only by default', async () => {
    const referrer = await signedIn(context.app, cast.referrer);
    const refused = await referrer.post(`${plan}/decision`, {
      outcome: 'not_agreed',
      riskReason: 'Margaret’s partner is not safe for Jordan to be around',
    });
    expect(refused.headers.location).toBe(`${plan}?notice=not_agreed`);
    const notices = await noticesOf(cast.coordinator);
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'plan_decided',
        subject: `The referrer did not agree the plan for ${arranged.reference}`,
        link: plan,
        read_at: null,
      }),
    ]);
    // The reason stays on the plan: the notice does not repeat it.
    expect(JSON.stringify(notices)).not.toMatch(/Jordan|Margaret/);
    expect(await outboxOf(cast.coordinator)).toEqual([]);
    expect(await noticesOf(cast.manager)).toEqual([]);
  });

  it('tells the referrer again when a plan they decided on changes, by email only if wanted', async () => {
    const referrer = await signedIn(context.app, cast.referrer);
    // The referrer no longer wants any notice by email.
    expect((await referrer.post('/notifications/preferences', {})).statusCode).toBe(303);
    const coordinator = await signedIn(context.app, cast.coordinator);
    await coordinator.post(`${plan}/sections/contingency`, { text: 'Nan and Tom call a meeting.' });
    // A second change before the referrer decides makes version 3, with no second notice.
    await coordinator.post(`${plan}/sections/words`, { text: 'I want to see Nan on Sundays.' });
    const notices = await noticesOf(cast.referrer);
    expect(notices.map((notice) => notice.subject)).toEqual([
      `The plan for ${arranged.reference} is waiting for your decision`,
      `Version 2 of the plan for ${arranged.reference} is waiting for your decision`,
    ]);
    expect(await outboxOf(cast.referrer)).toHaveLength(1);

    expect((await referrer.post(`${plan}/decision`, { outcome: 'agreed' })).headers.location).toBe(
      `${plan}?notice=agreed`,
    );
    const told = await noticesOf(cast.coordinator);
    expect(told.at(-1)).toMatchObject({
      kind: 'plan_decided',
      subject: `The referrer agreed the plan for ${arranged.reference}`,
      body: 'Version 3 is agreed and locked.',
    });
    expect(told).toHaveLength(2);
  });
});
