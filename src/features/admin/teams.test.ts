import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../../tests/support/agent.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
} from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';

let context: TestContext;
let organisation: TestOrganisation;
let admin: TestAgent;

beforeAll(async () => {
  context = await createTestContext();
  organisation = await createOrganisation(context.ownerDb.db);
  const administrator = await createUser(context.ownerDb.db, organisation, ['administrator']);
  admin = new TestAgent(context.app);
  await admin.signIn(administrator.email, administrator.password);
});
afterAll(() => context.close());

async function teamNamed(name: string) {
  return context.ownerDb.db
    .selectFrom('teams')
    .selectAll()
    .where('organisation_id', '=', organisation.id)
    .where('name', '=', name)
    .executeTakeFirst();
}

async function auditActionsFor(teamId: string): Promise<string[]> {
  const rows = await context.ownerDb.db
    .selectFrom('audit_events')
    .select('action')
    .where('organisation_id', '=', organisation.id)
    .where('subject_type', '=', 'team')
    .where('subject_id', '=', teamId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.action);
}

describe('teams', () => {
  it('lists teams with how many active people are in each', async () => {
    // With the administrator, who is in this team too; disabled people are not counted.
    await createUser(context.ownerDb.db, organisation, ['coordinator']);
    await createUser(context.ownerDb.db, organisation, ['coordinator'], { active: false });
    const page = await admin.get('/admin/teams');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(
      /Family Group Conference team<\/th>\s*<td class="govuk-table__cell govuk-table__cell--numeric">2<\/td>/,
    );
    expect(page.body).toContain('Active');
  });

  it('adds, renames, disables and enables a team, auditing each change', async () => {
    const added = await admin.post('/admin/teams/new', { name: 'Lifelong Links North' });
    expect(added.statusCode).toBe(303);
    const list = await admin.get(added.headers.location as string);
    expect(list.body).toContain('Lifelong Links North added');
    const team = await teamNamed('Lifelong Links North');
    if (!team) throw new Error('The team was not added');

    const renameForm = await admin.get(`/admin/teams/${team.id}/rename`);
    expect(renameForm.body).toContain('value="Lifelong Links North"');
    const renamed = await admin.post(`/admin/teams/${team.id}/rename`, {
      name: 'Lifelong Links East',
    });
    expect(renamed.statusCode).toBe(303);
    expect((await admin.get(renamed.headers.location as string)).body).toContain(
      'Lifelong Links East renamed',
    );

    const confirm = await admin.get(`/admin/teams/${team.id}/disable`);
    expect(confirm.body).toContain('Disable Lifelong Links East');
    expect(confirm.body).toContain('0 active users are in this team');
    expect((await admin.post(`/admin/teams/${team.id}/disable`)).statusCode).toBe(303);
    expect((await teamNamed('Lifelong Links East'))?.active).toBe(false);

    const userForm = await admin.get('/admin/users/new');
    expect(userForm.body).not.toContain('Lifelong Links East');

    expect((await admin.post(`/admin/teams/${team.id}/enable`)).statusCode).toBe(303);
    expect((await teamNamed('Lifelong Links East'))?.active).toBe(true);

    expect(await auditActionsFor(team.id)).toEqual([
      'team.created',
      'team.renamed',
      'team.disabled',
      'team.enabled',
    ]);
  });

  it('refuses a name already used, ignoring letter case, and keeps what was typed', async () => {
    const response = await admin.post('/admin/teams/new', {
      name: 'FAMILY GROUP CONFERENCE TEAM',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('A team with this name already exists');
    expect(response.body).toContain('value="FAMILY GROUP CONFERENCE TEAM"');

    await admin.post('/admin/teams/new', { name: 'Edge of care' });
    const other = await teamNamed('Edge of care');
    const rename = await admin.post(`/admin/teams/${other?.id}/rename`, {
      name: 'family group conference team',
    });
    expect(rename.statusCode).toBe(400);
    expect(rename.body).toContain('A team with this name already exists');
    expect((await teamNamed('Edge of care'))?.id).toBe(other?.id);
  });

  it('asks for a name', async () => {
    const response = await admin.post('/admin/teams/new', { name: '   ' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter the team name');
  });

  it('will not put anyone in a disabled team', async () => {
    await admin.post('/admin/teams/new', { name: 'Closed team' });
    const closed = await teamNamed('Closed team');
    await admin.post(`/admin/teams/${closed?.id}/disable`);

    const response = await admin.post('/admin/users/new', {
      displayName: 'Cal Closed',
      email: 'cal.closed@test.kindred.example',
      roles: 'coordinator',
      teamId: closed?.id ?? '',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('This team has been disabled. Select an active team');
    const added = await context.ownerDb.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'cal.closed@test.kindred.example')
      .executeTakeFirst();
    expect(added).toBeUndefined();
  });

  it('lets people stay in a team after it is disabled', async () => {
    await admin.post('/admin/teams/new', { name: 'Winding down' });
    const windingDown = await teamNamed('Winding down');
    const member = await context.ownerDb.db
      .insertInto('users')
      .values({
        organisation_id: organisation.id,
        team_id: windingDown?.id ?? null,
        display_name: 'Mo Member',
        email: 'mo.member@test.kindred.example',
        roles: ['coordinator'],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await admin.post(`/admin/teams/${windingDown?.id}/disable`);

    const form = await admin.get(`/admin/users/${member.id}/edit`);
    expect(form.body).toContain('Winding down (disabled team)');
    const saved = await admin.post(`/admin/users/${member.id}/edit`, {
      displayName: 'Mo Member-Jones',
      email: 'mo.member@test.kindred.example',
      roles: 'coordinator',
      teamId: windingDown?.id ?? '',
    });
    expect(saved.statusCode).toBe(303);
  });
});
