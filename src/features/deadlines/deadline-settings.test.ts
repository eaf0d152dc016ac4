import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { type Cast, createCast, signedIn } from '../journeys/journeys-test-support.ts';

let context: TestContext;
let cast: Cast;

beforeAll(async () => {
  context = await createTestContext();
  cast = await createCast(context.ownerDb.db);
  // Sent on Monday 2 November 2026: 5 working days later is Monday 9 November.
  await context.ownerDb.db
    .insertInto('referrals')
    .values({
      organisation_id: cast.organisation.id,
      reference: 'LL-2026-0700',
      kind: 'lifelong_links',
      status: 'submitted',
      referrer_id: cast.referrer.id,
      submitted_at: new Date('2026-11-02T10:00:00Z'),
    })
    .execute();
});
afterAll(() => context.close());

function savedSettings() {
  return context.ownerDb.db
    .selectFrom('deadline_settings')
    .select([
      'referral_response_working_days',
      'reminder_working_days',
      'turning_fifteen_working_day',
      'updated_by',
    ])
    .where('organisation_id', '=', cast.organisation.id)
    .executeTakeFirst();
}

function settingsAudit() {
  return context.ownerDb.db
    .selectFrom('audit_events')
    .select(['action', 'actor_user_id', 'detail'])
    .where('organisation_id', '=', cast.organisation.id)
    .where('subject_type', '=', 'deadline-settings')
    .orderBy('seq')
    .execute();
}

const GOOD = {
  referralResponseWorkingDays: '10',
  reminderWorkingDays: '3',
  turningFifteenWorkingDay: '2',
};

describe('the deadline settings form', () => {
  it('shows the defaults until an administrator chooses', async () => {
    const admin = await signedIn(context.app, cast.administrator);
    const page = await admin.get('/admin/deadline-settings');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Deadline settings');
    expect(page.body).toMatch(/id="referralResponseWorkingDays"[^>]*value="5"/);
    expect(page.body).toMatch(/id="reminderWorkingDays"[^>]*value="2"/);
    expect(page.body).toMatch(/id="turningFifteenWorkingDay"[^>]*value="1"/);
  });

  it('refuses bad input with a message for each field, keeps what was typed and saves nothing', async () => {
    const admin = await signedIn(context.app, cast.administrator);
    const cases: Array<[Record<string, string>, string, string]> = [
      [
        { ...GOOD, referralResponseWorkingDays: '' },
        'referralResponseWorkingDays',
        'Enter how many working days the team has to respond to a referral',
      ],
      [
        { ...GOOD, referralResponseWorkingDays: 'five' },
        'referralResponseWorkingDays',
        'The working days to respond to a referral must be a whole number, like 5',
      ],
      [
        { ...GOOD, referralResponseWorkingDays: '31' },
        'referralResponseWorkingDays',
        'The working days to respond to a referral must be between 1 and 30',
      ],
      [
        { ...GOOD, reminderWorkingDays: '-1' },
        'reminderWorkingDays',
        'The working days before a date for the reminder must be a whole number, like 2',
      ],
      [
        { ...GOOD, reminderWorkingDays: '2.5' },
        'reminderWorkingDays',
        'The working days before a date for the reminder must be a whole number, like 2',
      ],
      [
        { ...GOOD, turningFifteenWorkingDay: '0' },
        'turningFifteenWorkingDay',
        'The working day of the month for the turning 15 list must be between 1 and 10',
      ],
    ];
    for (const [body, field, message] of cases) {
      const answer = await admin.post('/admin/deadline-settings', body);
      expect(answer.statusCode, `${field} = ${body[field]}`).toBe(400);
      expect(answer.body).toContain('There is a problem');
      expect(answer.body).toContain(`href="#${field}"`);
      expect(answer.body).toContain(message);
      expect(answer.body).toMatch(
        new RegExp(`id="${field}"[^>]*value="${(body[field] ?? '').replace('.', '\\.')}"`),
      );
    }
    const allEmpty = await admin.post('/admin/deadline-settings', {});
    expect(allEmpty.statusCode).toBe(400);
    expect(allEmpty.body).toContain('Enter on which working day of the month');
    expect(await savedSettings()).toBeUndefined();
    expect(await settingsAudit()).toEqual([]);
  });

  it('saves, audits what changed, confirms it, and moves open deadlines at once', async () => {
    const manager = await signedIn(context.app, cast.manager);
    const before = await manager.get('/deadlines');
    expect(before.body).toContain('LL-2026-0700');
    expect(before.body).toContain('9 November 2026');

    const admin = await signedIn(context.app, cast.administrator);
    const saved = await admin.post('/admin/deadline-settings', GOOD);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/admin/deadline-settings?notice=saved');
    expect(await savedSettings()).toEqual({
      referral_response_working_days: 10,
      reminder_working_days: 3,
      turning_fifteen_working_day: 2,
      updated_by: cast.administrator.id,
    });
    expect(await settingsAudit()).toEqual([
      {
        action: 'deadline-settings.changed',
        actor_user_id: cast.administrator.id,
        detail: {
          before: {
            referralResponseWorkingDays: 5,
            reminderWorkingDays: 2,
            turningFifteenWorkingDay: 1,
          },
          after: {
            referralResponseWorkingDays: 10,
            reminderWorkingDays: 3,
            turningFifteenWorkingDay: 2,
          },
        },
      },
    ]);
    const page = await admin.get('/admin/deadline-settings?notice=saved');
    expect(page.body).toContain('The deadline settings were saved.');
    expect(page.body).toMatch(/id="referralResponseWorkingDays"[^>]*value="10"/);

    // 10 working days after Monday 2 November 2026.
    const after = await manager.get('/deadlines');
    expect(after.body).toContain('16 November 2026');
    expect(after.body).not.toContain('9 November 2026');
  });

  it('is for administrators only', async () => {
    const manager = await signedIn(context.app, cast.manager);
    expect((await manager.get('/admin/deadline-settings')).statusCode).toBe(403);
    expect((await manager.post('/admin/deadline-settings', GOOD)).statusCode).toBe(403);
  });
});
