import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../tests/support/factories.ts';
import {
  createSignedInAdministrator,
  type SignedInAdministrator,
  signedInAs,
  temporaryPasswordIn,
  uniqueEmail,
} from './admin-test-support.ts';

let setup: SignedInAdministrator;

beforeAll(async () => {
  setup = await createSignedInAdministrator();
});
afterAll(() => setup.context.close());

describe('adding a user', () => {
  it('shows a temporary password once, which the new person can sign in with', async () => {
    const { context, organisation, admin, accountWith, auditedActions } = setup;
    const form = await admin.get('/admin/users/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Family Group Conference team');
    expect(form.body).toContain('Independent reviewing officer (IRO)');

    const email = uniqueEmail('new.coordinator');
    const created = await admin.post('/admin/users/new', {
      displayName: 'Nia Newcomer',
      email,
      roles: ['coordinator', 'team_manager'],
      teamId: organisation.teamId,
    });
    expect(created.statusCode).toBe(200);
    expect(created.body).toContain('User added');
    expect(created.body).toContain('Temporary password for Nia Newcomer');
    const password = temporaryPasswordIn(created.body);
    expect(password.length).toBeGreaterThanOrEqual(12);

    const account = await accountWith(email);
    expect(account?.roles).toEqual(['coordinator', 'team_manager']);
    expect(account?.team_id).toBe(organisation.teamId);
    expect(account?.password_hash).not.toContain(password);
    expect(await auditedActions(account?.id ?? '')).toEqual(['user.created']);
    const audited = await context.ownerDb.db
      .selectFrom('audit_events')
      .select('detail')
      .where('organisation_id', '=', organisation.id)
      .where('subject_id', '=', account?.id ?? '')
      .executeTakeFirstOrThrow();
    // Role codes only: never the person's name or email address.
    expect(audited.detail).toEqual({ roles: ['coordinator', 'team_manager'] });

    const newcomer = await signedInAs(context.app, { email, password });
    // A temporary password must be replaced before anything else.
    expect((await newcomer.get('/')).headers.location).toBe('/account/password');
    const changed = await newcomer.post('/account/password', {
      currentPassword: password,
      newPassword: 'meadow copper violin',
      confirmPassword: 'meadow copper violin',
    });
    expect(changed.statusCode).toBe(303);
    const home = await newcomer.get('/');
    expect(home.body).toContain('Hello, Nia Newcomer');

    const page = await admin.get(`/admin/users/${account?.id}`);
    expect(page.body).toContain('Nia Newcomer');
    expect(page.body).not.toContain(password);
  });

  it('lets an administrator have no team, but nobody else', async () => {
    const { admin, accountWith } = setup;
    const email = uniqueEmail('second.admin');
    const created = await admin.post('/admin/users/new', {
      displayName: 'Sol Second',
      email,
      roles: 'administrator',
      teamId: '',
    });
    expect(created.statusCode).toBe(200);
    expect((await accountWith(email))?.team_id).toBeNull();

    const refused = await admin.post('/admin/users/new', {
      displayName: 'Tam Teamless',
      email: uniqueEmail('teamless'),
      roles: 'social_worker',
      teamId: '',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Select a team');
  });

  it('refuses an email address already in use, in any letter case, and adds nobody', async () => {
    const { context, organisation, admin } = setup;
    const existing = await createUser(context.ownerDb.db, organisation, ['iro']);
    const before = await context.ownerDb.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirstOrThrow();

    const response = await admin.post('/admin/users/new', {
      displayName: 'Dee Duplicate',
      email: existing.email.toUpperCase(),
      roles: 'iro',
      teamId: organisation.teamId,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain('A user with this email address already exists');
    expect(response.body).toContain('value="Dee Duplicate"');

    const after = await context.ownerDb.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirstOrThrow();
    expect(after.count).toBe(before.count);
  });

  it('explains every problem and keeps what was typed', async () => {
    const { organisation, admin, accountWith } = setup;
    const response = await admin.post('/admin/users/new', {
      displayName: 'Kept Name',
      email: 'not-an-email',
      teamId: organisation.teamId,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<title>Error: Add a user – Kindred</title>');
    expect(response.body).toContain('Enter an email address in the correct format');
    expect(response.body).toContain('Select at least one role');
    expect(response.body).toContain('href="#roles"');
    expect(response.body).toContain('value="Kept Name"');
    expect(response.body).toContain('value="not-an-email"');
    expect(response.body).toMatch(new RegExp(`<option value="${organisation.teamId}" selected>`));
    expect(await accountWith('not-an-email')).toBeUndefined();
  });
});

describe('the list of users', () => {
  it('finds people by name or email, and filters by role and status', async () => {
    const { context, organisation, admin } = setup;
    await createUser(context.ownerDb.db, organisation, ['practice_manager'], {
      displayName: 'Petra Findable',
      email: uniqueEmail('petra'),
    });
    await createUser(context.ownerDb.db, organisation, ['practice_manager'], {
      displayName: 'Quinn Gone',
      active: false,
    });

    const byName = await admin.get('/admin/users?q=findable');
    expect(byName.body).toContain('Petra Findable');
    expect(byName.body).not.toContain('Quinn Gone');
    expect(byName.body).toContain('1 user found');

    const byEmail = await admin.get('/admin/users?q=petra.');
    expect(byEmail.body).toContain('Petra Findable');

    const disabledManagers = await admin.get('/admin/users?role=practice_manager&status=disabled');
    expect(disabledManagers.body).toContain('Quinn Gone');
    expect(disabledManagers.body).not.toContain('Petra Findable');
    expect(disabledManagers.body).toContain('Disabled');

    const nobody = await admin.get('/admin/users?q=%25nobody_here');
    expect(nobody.statusCode).toBe(200);
    expect(nobody.body).toContain('No users match your search and filters');
  });
});
