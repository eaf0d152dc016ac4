import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../../tests/support/agent.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';

let context: TestContext;
let organisation: TestOrganisation;
let elsewhere: TestOrganisation;
let someoneElsewhere: TestUser;
let admin: TestAgent;

beforeAll(async () => {
  context = await createTestContext();
  organisation = await createOrganisation(context.ownerDb.db);
  elsewhere = await createOrganisation(context.ownerDb.db, 'Another Council');
  someoneElsewhere = await createUser(context.ownerDb.db, elsewhere, ['coordinator'], {
    displayName: 'Olu Elsewhere',
  });
  const administrator = await createUser(context.ownerDb.db, organisation, ['administrator']);
  admin = new TestAgent(context.app);
  await admin.signIn(administrator.email, administrator.password);
});
afterAll(() => context.close());

/** Every administration page, with real ids in place of the parameters. */
function adminRoutes(ids: { userId: string; teamId: string }) {
  return context.app.registeredRoutes
    .filter((route) => route.url.startsWith('/admin'))
    .map((route) => ({
      method: route.method,
      url: route.url.replace(':userId', ids.userId).replace(':teamId', ids.teamId),
    }));
}

describe('who may administer', () => {
  it('declares one of the administrators’ permissions on every route', () => {
    const routes = context.app.registeredRoutes.filter((route) => route.url.startsWith('/admin'));
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) {
      expect([
        'users:manage',
        'teams:manage',
        'service:monitor',
        'deadlines:configure',
        'venues:manage',
      ]).toContain(route.access);
    }
  });

  it('refuses every administration page to people who are not administrators', async () => {
    const coordinator = await createUser(context.ownerDb.db, organisation, ['coordinator']);
    const agent = new TestAgent(context.app);
    await agent.signIn(coordinator.email, coordinator.password);
    for (const route of adminRoutes({ userId: coordinator.id, teamId: organisation.teamId })) {
      const response =
        route.method === 'GET' ? await agent.get(route.url) : await agent.post(route.url, {});
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
    }
    expect((await agent.get('/')).body).not.toContain('href="/admin/users"');
  });

  it('sends people who are not signed in to sign in', async () => {
    const response = await new TestAgent(context.app).get('/admin/users');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/sign-in?returnTo=%2Fadmin%2Fusers');
  });
});

describe('records of other organisations', () => {
  it('answers 404 for another organisation’s user or team, and changes nothing', async () => {
    const ids = { userId: someoneElsewhere.id, teamId: elsewhere.teamId };
    const routesWithIds = adminRoutes(ids).filter(
      (route) => route.url.includes(ids.userId) || route.url.includes(ids.teamId),
    );
    expect(routesWithIds.length).toBeGreaterThanOrEqual(14);
    for (const route of routesWithIds) {
      const response =
        route.method === 'GET'
          ? await admin.get(route.url)
          : await admin.post(route.url, {
              displayName: 'Taken Over',
              email: 'taken.over@test.kindred.example',
              roles: 'administrator',
              name: 'Taken over team',
            });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(response.body).not.toContain('Olu Elsewhere');
    }
    const user = await context.ownerDb.db
      .selectFrom('users')
      .select(['display_name', 'active', 'roles', 'password_hash'])
      .where('id', '=', someoneElsewhere.id)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      display_name: 'Olu Elsewhere',
      active: true,
      roles: ['coordinator'],
    });
    const team = await context.ownerDb.db
      .selectFrom('teams')
      .select(['name', 'active'])
      .where('id', '=', elsewhere.teamId)
      .executeTakeFirstOrThrow();
    expect(team).toEqual({ name: 'Family Group Conference team', active: true });
    const events = await context.ownerDb.db
      .selectFrom('audit_events')
      .select('action')
      .where('organisation_id', '=', elsewhere.id)
      .execute();
    expect(events).toEqual([]);
  });

  it('answers 404 for an address that cannot be a record', async () => {
    for (const url of [
      '/admin/users/not-a-uuid',
      '/admin/users/123/edit',
      '/admin/teams/nope/rename',
    ]) {
      expect((await admin.get(url)).statusCode, url).toBe(404);
    }
    expect((await admin.post('/admin/users/not-a-uuid/disable')).statusCode).toBe(404);
    expect((await admin.post('/admin/teams/nope/disable')).statusCode).toBe(404);
  });

  it('does not list other organisations’ people', async () => {
    const page = await admin.get('/admin/users?q=Elsewhere');
    expect(page.body).not.toContain('Olu Elsewhere');
    expect(page.body).toContain('No users match');
  });
});
