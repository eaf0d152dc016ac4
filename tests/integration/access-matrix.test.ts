import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/roles.ts';
import type { RegisteredRoute } from '../../src/platform/access.ts';
import { PERMISSIONS } from '../../src/platform/access-policy.ts';
import { startSession } from '../../src/platform/session.repository.ts';
import { hashToken, SESSION_COOKIE } from '../../src/platform/session.ts';
import { createOrganisation, createUser, type TestUser } from '../support/factories.ts';
import { createTestContext, type TestContext } from '../support/test-app.ts';

/**
 * The role × route matrix: every registered route, called as a signed-out visitor and as each
 * role, must answer as the access policy says. A new route joins the matrix automatically.
 */
let context: TestContext;
const users = new Map<Role, TestUser>();
let csrf: { cookie: string; token: string };

type Caller = Role | 'visitor';
const CALLERS: Caller[] = ['visitor', ...ROLES];

function concreteUrl(url: string): string {
  return url.replace(/:[A-Za-z]+/g, () => randomUUID()).replace('*', 'kindred-icon.svg');
}

async function sessionCookieFor(role: Role): Promise<string> {
  const user = users.get(role);
  if (!user) throw new Error(`no user for ${role}`);
  const token = randomBytes(32).toString('base64url');
  await startSession(context.ownerDb.db, {
    tokenHash: hashToken(token),
    userId: user.id,
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    replaces: null,
  });
  return `${SESSION_COOKIE}=${token}`;
}

async function call(route: RegisteredRoute, caller: Caller) {
  const cookies = [csrf.cookie];
  if (caller !== 'visitor') cookies.push(await sessionCookieFor(caller));
  return context.app.inject({
    method: route.method as 'GET' | 'POST',
    url: concreteUrl(route.url),
    headers: {
      cookie: cookies.join('; '),
      ...(route.method === 'GET' ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
    },
    ...(route.method === 'GET'
      ? {}
      : { payload: new URLSearchParams({ _csrf: csrf.token }).toString() }),
  });
}

function expectedFor(route: RegisteredRoute, caller: Caller): 'allowed' | 'sign-in' | 'forbidden' {
  if (route.access === 'public') return 'allowed';
  if (caller === 'visitor') return 'sign-in';
  if (route.access === 'signed-in') return 'allowed';
  return (PERMISSIONS[route.access] as readonly Role[]).includes(caller) ? 'allowed' : 'forbidden';
}

beforeAll(async () => {
  context = await createTestContext();
  const organisation = await createOrganisation(context.ownerDb.db);
  for (const role of ROLES)
    users.set(role, await createUser(context.ownerDb.db, organisation, [role]));
  const page = await context.app.inject({ method: 'GET', url: '/sign-in' });
  csrf = {
    cookie: page.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
    token: /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '',
  };
});
afterAll(() => context.close());

describe('the access matrix', () => {
  it('has a declaration for every route, and covers the routes that exist', () => {
    const routes = context.app.registeredRoutes;
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.every((route) => route.access)).toBe(true);
    const urls = routes.map((route) => `${route.method} ${route.url}`);
    expect(urls).toEqual(expect.arrayContaining(['GET /', 'POST /sign-in', 'GET /admin/users']));
  });

  it('answers every route for every caller as the policy says', { timeout: 180_000 }, async () => {
    const wrong: string[] = [];
    for (const route of context.app.registeredRoutes) {
      for (const caller of CALLERS) {
        const response = await call(route, caller);
        const expected = expectedFor(route, caller);
        const location = String(response.headers.location ?? '');
        const sentToSignIn = response.statusCode === 303 && location.startsWith('/sign-in');
        const ok =
          response.statusCode < 500 &&
          (expected === 'sign-in'
            ? sentToSignIn
            : expected === 'forbidden'
              ? response.statusCode === 403
              : response.statusCode !== 403 && !sentToSignIn);
        if (!ok) {
          wrong.push(
            `${route.method} ${route.url} as ${caller}: expected ${expected}, got ${response.statusCode} ${location}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never lets an administrator read case records', () => {
    expect(PERMISSIONS['cases:read']).not.toContain('administrator');
  });
});
