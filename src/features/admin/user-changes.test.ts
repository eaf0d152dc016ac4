import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../tests/support/factories.ts';
import {
  createSignedInAdministrator,
  expectSignedOut,
  expectSignInRefused,
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

describe('changing a user', () => {
  it('saves new details without signing them out', async () => {
    const { context, organisation, admin, auditedActions } = setup;
    const person = await createUser(context.ownerDb.db, organisation, ['coordinator']);
    const theirAgent = await signedInAs(context.app, person);
    const newEmail = uniqueEmail('renamed');

    const saved = await admin.post(`/admin/users/${person.id}/edit`, {
      displayName: 'Rhiannon Renamed',
      email: newEmail,
      roles: 'coordinator',
      teamId: organisation.teamId,
    });
    expect(saved.statusCode).toBe(303);
    const page = await admin.get(saved.headers.location as string);
    expect(page.body).toContain('Rhiannon Renamed’s details have been changed');
    expect(page.body).toContain(newEmail);

    expect((await theirAgent.get('/')).statusCode).toBe(200);
    expect(await auditedActions(person.id)).toEqual(['user.updated']);
  });

  it('ends their sessions when their roles change', async () => {
    const { context, organisation, administrator, admin, accountWith } = setup;
    const person = await createUser(context.ownerDb.db, organisation, ['coordinator'], {
      displayName: 'Rory Roles',
    });
    const theirAgent = await signedInAs(context.app, person);

    const saved = await admin.post(`/admin/users/${person.id}/edit`, {
      displayName: 'Rory Roles',
      email: person.email,
      roles: ['team_manager'],
      teamId: organisation.teamId,
    });
    expect(saved.statusCode).toBe(303);
    expect((await accountWith(person.email))?.roles).toEqual(['team_manager']);
    await expectSignedOut(theirAgent);

    const events = await context.ownerDb.db
      .selectFrom('audit_events')
      .select(['action', 'detail', 'actor_user_id', 'request_id'])
      .where('organisation_id', '=', organisation.id)
      .where('subject_id', '=', person.id)
      .where('action', 'like', 'user.%')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]?.action).toBe('user.roles-changed');
    expect(events[0]?.actor_user_id).toBe(administrator.id);
    expect(events[0]?.request_id).toBeTruthy();
    expect(events[0]?.detail).toEqual({ added: ['team_manager'], removed: ['coordinator'] });
  });

  it('does not let administrators remove their own administrator role', async () => {
    const { organisation, administrator, admin, accountWith } = setup;
    const response = await admin.post(`/admin/users/${administrator.id}/edit`, {
      displayName: 'Ada Administrator',
      email: administrator.email,
      roles: 'coordinator',
      teamId: organisation.teamId,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('You cannot remove your own administrator role');
    expect((await accountWith(administrator.email))?.roles).toEqual(['administrator']);
  });

  it('keeps administrators signed in here when they add a role to themselves', async () => {
    const { context, organisation } = setup;
    const self = await createUser(context.ownerDb.db, organisation, ['administrator']);
    const otherDevice = await signedInAs(context.app, self);
    const selfAgent = await signedInAs(context.app, self);
    const saved = await selfAgent.post(`/admin/users/${self.id}/edit`, {
      displayName: 'Sam Self',
      email: self.email,
      roles: ['administrator', 'practice_manager'],
      teamId: organisation.teamId,
    });
    expect(saved.statusCode).toBe(303);
    const page = await selfAgent.get(saved.headers.location as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Your roles have been changed');
    await expectSignedOut(otherDevice);
  });
});

describe('disabling and enabling a user', () => {
  it('asks first, signs them out, stops them signing in, and can be undone', async () => {
    const { context, organisation, admin, auditedActions } = setup;
    const person = await createUser(context.ownerDb.db, organisation, ['social_worker'], {
      displayName: 'Dana Disabled',
    });
    const theirAgent = await signedInAs(context.app, person);

    const confirm = await admin.get(`/admin/users/${person.id}/disable`);
    expect(confirm.body).toContain('Disable Dana Disabled’s account');
    const disabled = await admin.post(`/admin/users/${person.id}/disable`);
    expect(disabled.statusCode).toBe(303);
    const page = await admin.get(disabled.headers.location as string);
    expect(page.body).toContain('account has been disabled');

    await expectSignedOut(theirAgent);
    await expectSignInRefused(context.app, person);

    const enabled = await admin.post(`/admin/users/${person.id}/enable`);
    expect(enabled.statusCode).toBe(303);
    await signedInAs(context.app, person);
    expect(await auditedActions(person.id)).toEqual(['user.disabled', 'user.enabled']);
  });

  it('does not let administrators disable themselves', async () => {
    const { administrator, admin, accountWith } = setup;
    const page = await admin.get(`/admin/users/${administrator.id}/disable`);
    expect(page.body).toContain('You cannot disable your own account');
    expect(page.body).not.toContain('govuk-button--warning');

    const response = await admin.post(`/admin/users/${administrator.id}/disable`);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('You cannot disable your own account');
    expect((await accountWith(administrator.email))?.active).toBe(true);
    expect((await admin.get('/admin/users')).statusCode).toBe(200);
  });
});

describe('resetting a password', () => {
  it('shows a new temporary password once; the old one stops working', async () => {
    const { context, organisation, admin, auditedActions } = setup;
    const person = await createUser(context.ownerDb.db, organisation, ['iro'], {
      displayName: 'Ravi Reset',
    });
    const theirAgent = await signedInAs(context.app, person);

    const confirm = await admin.get(`/admin/users/${person.id}/reset-password`);
    expect(confirm.body).toContain('Reset Ravi Reset’s password');
    const reset = await admin.post(`/admin/users/${person.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect(reset.body).toContain('New temporary password for Ravi Reset');
    const password = temporaryPasswordIn(reset.body);

    await expectSignedOut(theirAgent);
    await expectSignInRefused(context.app, person);
    await signedInAs(context.app, { email: person.email, password });
    expect(await auditedActions(person.id)).toContain('user.password-reset');
  });
});

describe('administrators resetting their own password', () => {
  it('keeps them signed in here and signs them out everywhere else', async () => {
    const { context, organisation } = setup;
    const self = await createUser(context.ownerDb.db, organisation, ['administrator']);
    const otherDevice = await signedInAs(context.app, self);
    const selfAgent = await signedInAs(context.app, self);
    const reset = await selfAgent.post(`/admin/users/${self.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const password = temporaryPasswordIn(reset.body);
    // Still signed in here, but asked to replace the temporary password first.
    expect((await selfAgent.get('/admin/users')).headers.location).toBe('/account/password');
    expect((await selfAgent.get('/account/password')).statusCode).toBe(200);
    await expectSignedOut(otherDevice);
    await signedInAs(context.app, { email: self.email, password });
  });
});
