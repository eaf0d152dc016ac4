import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { type Cast, createCast, signedIn } from '../journeys/journeys-test-support.ts';
import { SupervisionService } from './supervision.service.ts';

let context: TestContext;
let cast: Cast;
let sky: string;

async function child(first: string, dateOfBirth: string, extra: Record<string, unknown> = {}) {
  const row = await context.ownerDb.db
    .insertInto('children')
    .values({
      organisation_id: cast.organisation.id,
      first_name: first,
      last_name: 'Oversight',
      date_of_birth: dateOfBirth,
      looked_after: true,
      social_worker_id: cast.referrer.id,
      ...extra,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  context = await createTestContext();
  cast = await createCast(context.ownerDb.db);
  sky = await child('Sky', '2010-05-05');
  await child('Rowan', '2009-01-20', {
    social_worker_id: null,
    case_record_id: '=HYPERLINK("x")',
  });
  await child('Tiny', '2016-01-01');
});
afterAll(() => context.close());

const listed = async (who: Cast[keyof Cast], query = '') => {
  const agent = await signedIn(context.app, who as never);
  return (await agent.get(`/oversight/supervision${query}`)).body;
};

describe('supervision decisions', () => {
  it('lists looked-after young people aged 15 or over without a referral; a social worker sees their own', async () => {
    const all = await listed(cast.practiceManager);
    expect(all).toContain('Sky Oversight');
    expect(all).toContain('Rowan Oversight');
    expect(all).not.toContain('Tiny Oversight');
    const own = await listed(cast.referrer);
    expect(own).toContain('Sky Oversight');
    expect(own).not.toContain('Rowan Oversight');
    expect(own).not.toContain('Record a supervision decision');
    expect(await listed(cast.practiceManager, '?q=rowan')).not.toContain('Sky Oversight');
  });

  it('refuses a decision with problems, shows every one and writes nothing', async () => {
    const agent = await signedIn(context.app, cast.practiceManager);
    const page = await agent.post(`/oversight/supervision/${sky}`, {
      'discussedOn-day': '40',
      'discussedOn-month': '1',
      'discussedOn-year': '2026',
      reason: 'other',
      'lookAgainOn-day': '',
      'lookAgainOn-month': '',
      'lookAgainOn-year': '',
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('There is a problem');
    expect(page.body).toContain('The date it was discussed must be a real date');
    expect(page.body).toContain('Enter the reason');
    expect(page.body).toContain('Enter the date to look again');
    expect(page.body).toContain('value="40"');
    const rows = await context.ownerDb.db
      .selectFrom('supervision_decisions')
      .select('id')
      .where('child_id', '=', sky)
      .execute();
    expect(rows).toEqual([]);
  });

  it('records a decision, takes the young person off the list until the date to look again', async () => {
    const agent = await signedIn(context.app, cast.practiceManager);
    const saved = await agent.post(`/oversight/supervision/${sky}`, {
      'discussedOn-day': '1',
      'discussedOn-month': '12',
      'discussedOn-year': '2026',
      reason: 'declined',
      details: '',
      'lookAgainOn-day': '1',
      'lookAgainOn-month': '6',
      'lookAgainOn-year': '2099',
    });
    expect(saved.statusCode).toBe(303);
    const after = await agent.get(saved.headers.location as string);
    expect(after.body).toContain('The supervision decision was recorded.');
    expect(after.body).not.toContain('Sky Oversight');
    const audit = await context.ownerDb.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', sky)
      .execute();
    expect(audit.map((row) => row.action)).toContain('supervision-decision.recorded');
    // When the date comes, the young person is back on the list.
    const service = new SupervisionService(context.appDb.db);
    const viewer = {
      ...(await userOf(cast.practiceManager.id)),
      unreadNotices: 0,
      requestId: 'test',
    };
    const later = await service.list(
      viewer,
      'sky',
      { direction: 'after', key: null, size: 50 },
      new Date('2099-06-01T09:00:00Z'),
    );
    expect(later.page.rows.map((row) => row.first_name)).toEqual(['Sky']);
  });

  it('shows the managers who has no IRO or no social worker', async () => {
    const agent = await signedIn(context.app, cast.manager);
    const page = await agent.get('/oversight/unallocated');
    expect(page.body).toContain('Rowan Oversight');
    expect(page.body).toContain('None recorded');
  });
});

describe('the pathway-plan answers', () => {
  it('exports every young person aged 16 or over by main record ID, with no formula left to run', async () => {
    const agent = await signedIn(context.app, cast.manager);
    const csv = await agent.get('/oversight/pathway-plan.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(
      'Main record ID,Has the young person received support from Lifelong Links?',
    );
    expect(csv.body).toContain(`"'=HYPERLINK(""x"")",No`);
    const page = await agent.get('/oversight/pathway-plan');
    expect(page.body).toContain('1 young person has no main record ID');
  });
});

async function userOf(id: string) {
  const user = await context.ownerDb.db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'display_name', 'email', 'roles', 'team_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    id: user.id,
    organisationId: user.organisation_id,
    organisationName: 'Test',
    displayName: user.display_name,
    email: user.email,
    roles: user.roles,
    teamId: user.team_id,
    passwordMustChange: false,
  };
}
