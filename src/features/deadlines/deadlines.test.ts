import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import {
  type ArrangedCase,
  arrangeJourney,
  type Cast,
  createCast,
  signedIn,
} from '../journeys/journeys-test-support.ts';
import { sendTurningFifteenNotices } from '../oversight/turning-fifteen.notices.ts';
import { TurningFifteenService } from '../oversight/turning-fifteen.service.ts';
import { countDeadlines, DeadlinesService } from './deadlines.service.ts';
import { sendReminderNotices } from './reminders.notices.ts';

let context: TestContext;
let cast: Cast;
let overdue: ArrangedCase;
let paused: ArrangedCase;
let service: DeadlinesService;

async function setJourney(
  journeyId: string,
  values: { consent_reconfirmation_due?: string; status?: 'paused' },
) {
  await context.ownerDb.db
    .updateTable('journeys')
    .set(values)
    .where('id', '=', journeyId)
    .execute();
}

async function noticesOf(userId: string) {
  return context.ownerDb.db
    .selectFrom('notifications')
    .select(['kind', 'subject', 'link'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

beforeAll(async () => {
  context = await createTestContext();
  cast = await createCast(context.ownerDb.db);
  overdue = await arrangeJourney(context.ownerDb.db, cast, {
    children: [{ firstName: 'Olive', lastName: 'Overdue' }],
  });
  paused = await arrangeJourney(context.ownerDb.db, cast, {
    children: [{ firstName: 'Paula', lastName: 'Paused' }],
  });
  await setJourney(overdue.journeyId, { consent_reconfirmation_due: '2026-12-29' });
  await setJourney(paused.journeyId, {
    consent_reconfirmation_due: '2026-12-29',
    status: 'paused',
  });
  service = new DeadlinesService(context.appDb.db, sendReminderNotices);
});
afterAll(() => context.close());

describe('reminders', () => {
  it('reminds before the date and once it is missed, never twice, and nothing for a paused journey', async () => {
    const organisationId = cast.organisation.id;
    // 29 December 2026 is a Tuesday after Christmas: 2 working days before is 23 December.
    expect(await service.sendReminders(organisationId, new Date('2026-12-22T08:00:00Z'))).toEqual(
      [],
    );
    const before = await service.sendReminders(organisationId, new Date('2026-12-23T08:00:00Z'));
    expect(before.map((sent) => [sent.item.names, sent.reminder])).toEqual([
      ['Olive Overdue', 'before'],
    ]);
    expect(await service.sendReminders(organisationId, new Date('2026-12-29T08:00:00Z'))).toEqual(
      [],
    );
    const missed = await service.sendReminders(organisationId, new Date('2026-12-30T08:00:00Z'));
    expect(missed.map((sent) => sent.reminder)).toEqual(['missed']);
    expect(await service.sendReminders(organisationId, new Date('2027-01-04T08:00:00Z'))).toEqual(
      [],
    );
    const notices = await noticesOf(cast.coordinator.id);
    expect(notices.map((notice) => notice.kind)).toEqual(['deadline_reminder', 'deadline_missed']);
    expect(notices[1]?.subject).toBe(
      'Overdue: Reconfirm consent for Olive Overdue (was due 29 December 2026)',
    );
    expect(notices[1]?.link).toBe(`/journeys/${overdue.journeyId}`);
    expect(notices.some((notice) => notice.subject.includes('Paula'))).toBe(false);
  });
});

describe('the due and overdue view', () => {
  it('shows a coordinator their overdue deadline, and the team view everyone’s, sortable without JavaScript', async () => {
    await setJourney(overdue.journeyId, { consent_reconfirmation_due: '2026-01-05' });
    const coordinator = await signedIn(context.app, cast.coordinator);
    const mine = await coordinator.get('/deadlines');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain('Your due and overdue deadlines');
    expect(mine.body).toContain('Olive Overdue');
    expect(mine.body).toMatch(/govuk-tag--red">\s*Overdue/);
    expect(mine.body).toContain('5 January 2026');
    expect(mine.body).not.toContain('Paula Paused');
    const other = await signedIn(context.app, cast.otherCoordinator);
    expect((await other.get('/deadlines')).body).not.toContain('Olive Overdue');
    const manager = await signedIn(context.app, cast.manager);
    const team = await manager.get('/deadlines?sort=name&order=desc');
    expect(team.body).toContain('Due and overdue: the team');
    expect(team.body).toContain('aria-sort="descending"');
    expect(team.body).toContain('href="/deadlines?sort=name&amp;order=asc"');
  });
});

describe('closure days', () => {
  it('are added by an administrator, refused on a bank holiday, and move deadlines', async () => {
    const admin = await signedIn(context.app, cast.administrator);
    const refused = await admin.post('/admin/closure-days', {
      'closedOn-day': '25',
      'closedOn-month': '12',
      'closedOn-year': '2026',
      description: 'Christmas',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('never working days');
    const added = await admin.post('/admin/closure-days', {
      'closedOn-day': '29',
      'closedOn-month': '12',
      'closedOn-year': '2026',
      description: 'Office closed',
    });
    expect(added.statusCode).toBe(303);
    const page = await admin.get('/admin/closure-days?notice=added');
    expect(page.body).toContain('The closure day was added.');
    expect(page.body).toContain('Office closed');
  });
});

describe('the turning-15 notices', () => {
  it('go to each IRO for their own young people and to each Lifelong Links manager, once', async () => {
    await context.ownerDb.db
      .insertInto('children')
      .values({
        organisation_id: cast.organisation.id,
        first_name: 'Theo',
        last_name: 'Fifteen',
        date_of_birth: '2011-12-20',
        looked_after: true,
        iro_id: cast.otherIro.id,
      })
      .execute();
    const lists = new TurningFifteenService(context.appDb.db, sendTurningFifteenNotices);
    await lists.buildDue(cast.organisation.id, new Date('2026-12-01T09:00:00Z'));
    await lists.buildDue(cast.organisation.id, new Date('2026-12-01T09:00:00Z'));
    expect((await noticesOf(cast.otherIro.id)).map((notice) => notice.subject)).toEqual([
      '1 young person you are IRO for turns 15 in December 2026',
    ]);
    const manager = await noticesOf(cast.manager.id);
    expect(manager.filter((notice) => notice.kind === 'turning_15_list')).toHaveLength(1);
    expect(manager.find((notice) => notice.kind === 'turning_15_list')?.link).toBe(
      '/oversight/turning-15?month=2026-12',
    );
  });
});

describe('the pathway-plan answer on the young person’s page', () => {
  it('says yes, with the stage and dates, for a young person aged 16 with a Lifelong Links journey', async () => {
    const manager = await signedIn(context.app, cast.manager);
    const page = await manager.get(`/children/${overdue.childIds[0]}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Lifelong Links, for the pathway plan');
    expect(page.body).toMatch(
      /received support from Lifelong Links\?\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*Yes/,
    );
    expect(page.body).toContain('Stage 2 of 8: Planning (ongoing)');
    expect(page.body).toContain('Support started');
  });
});

describe('the home page’s counts', () => {
  it('count overdue deadlines, and those due from today to six days ahead', () => {
    const item = (dueOn: string, state: 'overdue' | 'due_today' | 'due_soon' | 'later') =>
      ({ dueOn, state }) as Parameters<typeof countDeadlines>[0][number];
    expect(
      countDeadlines(
        [
          item('2026-11-30', 'overdue'),
          item('2026-12-02', 'due_today'),
          item('2026-12-04', 'due_soon'),
          item('2026-12-08', 'later'),
          item('2026-12-09', 'later'),
        ],
        '2026-12-02',
      ),
    ).toEqual({ overdue: 1, dueWithinAWeek: 3 });
  });
});
