import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredRoute } from '../../src/platform/access.ts';
import { decideAccess } from '../../src/platform/access-policy.ts';
import { A11Y_PAGES, NOT_PAGES, type Visitor } from '../a11y/pages.ts';
import { TestAgent } from '../support/agent.ts';
import { createOrganisation, createUser } from '../support/factories.ts';
import { createTestContext, type TestContext } from '../support/test-app.ts';

/**
 * The accessibility check (tests/a11y/pages.spec.ts) runs over the pages listed in
 * tests/a11y/pages.ts. This keeps that list whole: a new page fails here, by name, until it
 * is listed with the way a person reaches it.
 */

/** Routes that serve files or answer machines, never a page. */
const NOT_PAGE_PREFIXES = ['/assets/', '/health/'];

function describeRoute(route: RegisteredRoute): string {
  return `GET ${route.url}`;
}

function rolesOf(visitor: Visitor) {
  return visitor === 'signed-out' ? null : [visitor];
}

describe('every page is checked for accessibility', () => {
  let context: TestContext;
  let getRoutes: RegisteredRoute[];

  beforeAll(async () => {
    context = await createTestContext();
    getRoutes = context.app.registeredRoutes.filter(
      (route) =>
        route.method === 'GET' && !NOT_PAGE_PREFIXES.some((prefix) => route.url.startsWith(prefix)),
    );
  });

  afterAll(async () => {
    await context?.close();
  });

  it('finds the routes to compare', () => {
    expect(getRoutes.map((route) => route.url)).toContain('/sign-in');
  });

  it('lists every GET route in tests/a11y/pages.ts', () => {
    const listed = new Set([
      ...A11Y_PAGES.map((page) => page.route),
      ...NOT_PAGES.map((page) => page.route),
    ]);
    const missing = getRoutes.filter((route) => !listed.has(route.url)).map(describeRoute);
    expect(missing, 'pages with no accessibility check: add them to tests/a11y/pages.ts').toEqual(
      [],
    );
  });

  it('lists no route that does not exist', () => {
    const registered = new Set(getRoutes.map((route) => route.url));
    const unknown = [...A11Y_PAGES, ...NOT_PAGES]
      .map((page) => page.route)
      .filter((route) => !registered.has(route));
    expect(unknown, 'entries in tests/a11y/pages.ts that match no GET route').toEqual([]);
  });

  it('visits each page as someone allowed to see it, not the 403 or sign-in page', () => {
    const accessOf = new Map(getRoutes.map((route) => [route.url, route.access]));
    const refused = A11Y_PAGES.flatMap((page) => {
      const access = accessOf.get(page.route);
      if (access === undefined) return [];
      const decision = decideAccess(access, rolesOf(page.as));
      return decision === 'allow'
        ? []
        : [`${page.route} (${page.state}) as ${page.as}: ${decision} (needs ${access})`];
    });
    expect(refused).toEqual([]);
  });

  it('says why each route listed as not a page renders none', () => {
    expect(NOT_PAGES.filter((entry) => entry.reason.trim() === '')).toEqual([]);
  });

  it('sees the routes listed as redirecting redirect', async () => {
    const organisation = await createOrganisation(context.ownerDb.db);
    const rendered: string[] = [];
    for (const entry of NOT_PAGES) {
      const visitor = entry.redirectsFor;
      if (!visitor) continue;
      expect(entry.route, 'a route with parameters cannot be checked here').not.toContain(':');
      const agent = new TestAgent(context.app);
      if (visitor !== 'signed-out') {
        const user = await createUser(context.ownerDb.db, organisation, [visitor]);
        await agent.signIn(user.email, user.password);
      }
      const response = await agent.get(entry.route);
      if (response.statusCode < 300 || response.statusCode >= 400) {
        rendered.push(`${entry.route} as ${visitor}: ${response.statusCode}`);
      }
    }
    expect(rendered, 'these answer with a page: list them in A11Y_PAGES').toEqual([]);
  });
});
