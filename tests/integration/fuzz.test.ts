import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrangeJourney,
  type Cast,
  createCast,
} from '../../src/features/journeys/journeys-test-support.ts';
import type { RegisteredRoute } from '../../src/platform/access.ts';
import { PERMISSIONS } from '../../src/platform/access-policy.ts';
import { startSession } from '../../src/platform/session.repository.ts';
import { hashToken, SESSION_COOKIE } from '../../src/platform/session.ts';
import { TestAgent } from '../support/agent.ts';
import type { TestUser } from '../support/factories.ts';
import { bodyFor, bodyKind, encodeForm, form, paramChoice } from '../support/fuzz-inputs.ts';
import { createTestContext, type TestContext } from '../support/test-app.ts';

/**
 * Route fuzzing: every registered route gets generated bodies and query strings (generators
 * written by hand for our forms; zod-fast-check does not support zod 4), sent by a signed-in
 * person whose role may use the route. Kindred must never answer 5xx, and a refused input
 * (any 4xx) must write nothing.
 */
const MINIMUM_REQUESTS = 1_050;

let context: TestContext;
let cast: Cast;
let target: TestUser;
let params: Record<string, string>;
/** A draft referral of the referrer's, for the routes that make a referral. */
let draftId: string;
let csrf: { cookie: string; token: string };

function concreteUrl(route: RegisteredRoute, choices: string[]): string {
  let index = 0;
  return route.url
    .replace(/:([A-Za-z]+)/g, (_match, name: string) => {
      const choice = choices[index++ % choices.length] ?? 'real';
      if (choice === 'real' && name === 'referralId' && route.access === 'referrals:make') {
        return draftId;
      }
      if (choice === 'real') return params[name] ?? randomUUID();
      if (choice === 'random') return randomUUID();
      return encodeURIComponent(choice) || 'x';
    })
    .replace('*', 'kindred-icon.svg');
}

/** Someone whose role may use the route (the fuzz is about inputs, not access). */
function callerFor(route: RegisteredRoute): TestUser {
  if (route.access === 'public' || route.access === 'signed-in') return cast.manager;
  const allowed: readonly string[] = PERMISSIONS[route.access];
  const people = [
    cast.manager,
    cast.coordinator,
    cast.referrer,
    cast.iro,
    cast.practiceManager,
    cast.administrator,
  ];
  return (
    people.find((person) => person.roles.some((role) => allowed.includes(role))) ?? cast.manager
  );
}

async function sessionCookie(user: TestUser): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await startSession(context.ownerDb.db, {
    tokenHash: hashToken(token),
    userId: user.id,
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    replaces: null,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * A fingerprint of everything the test organisation's records hold (every table with an
 * organisation, but the audit trail), and of its audit events that record a change.
 */
let digestQuery: string;
async function recordsDigest(): Promise<string> {
  const result = await sql.raw<{ digest: string }>(digestQuery).execute(context.ownerDb.db);
  return result.rows[0]?.digest ?? '';
}

beforeAll(async () => {
  context = await createTestContext();
  cast = await createCast(context.ownerDb.db);
  const arranged = await arrangeJourney(context.ownerDb.db, cast);
  target = cast.otherIro;
  params = {
    journeyId: arranged.journeyId,
    referralId: arranged.referralId,
    childId: arranged.childIds[0] ?? randomUUID(),
    userId: target.id,
    teamId: cast.organisation.teamId,
    page: 'reason',
  };
  const referrer = new TestAgent(context.app);
  await referrer.signIn(cast.referrer.email, cast.referrer.password);
  const started = await referrer.post('/referrals/new/referrer', {
    kind: 'fgc',
    referrerRole: 'social_worker',
  });
  draftId = String(started.headers.location).split('/')[2] ?? '';
  const page = await context.app.inject({ method: 'GET', url: '/sign-in' });
  csrf = {
    cookie: page.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
    token: /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '',
  };
  const tables = await context.ownerDb.pool.query<{ table_name: string }>(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'organisation_id'
        and table_name not in ('audit_events', 'audit_chain_heads', 'sessions')
        and table_name in (select table_name from information_schema.tables
                            where table_schema = 'public' and table_type = 'BASE TABLE')
      order by table_name`,
  );
  // Only this test's organisation: other test files write to theirs at the same time.
  const organisationId = cast.organisation.id;
  const parts = tables.rows.map(
    ({ table_name }) =>
      `(select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from "${table_name}" t
         where t.organisation_id = '${organisationId}')`,
  );
  parts.push(`(select count(*)::text from audit_events
                where organisation_id = '${organisationId}' and action !~ '\\.(viewed|listed|searched)$' and action <> 'session.sign-in-refused')`);
  digestQuery = `select md5(${parts.join(" || '|' || ")}) as digest`;
});
afterAll(() => context.close());

describe('route fuzzing', () => {
  it('never answers 5xx, and writes nothing for a refused input, on every route', {
    timeout: 240_000,
  }, async () => {
    const problems: string[] = [];
    let requests = 0;
    const routes = context.app.registeredRoutes;
    const runsPerRoute = Math.ceil(MINIMUM_REQUESTS / routes.length);
    for (const route of routes) {
      const input = fc.record({
        choices: fc.array(paramChoice, { minLength: 1, maxLength: 3 }),
        values: form,
        kind: bodyKind,
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ choices, values, kind }) => {
          const url = concreteUrl(route, choices);
          const cookie = `${csrf.cookie}; ${await sessionCookie(callerFor(route))}`;
          const before = await recordsDigest();
          const response =
            route.method === 'GET'
              ? await context.app.inject({
                  method: 'GET',
                  url: `${url}?${encodeForm(values, null).toString()}`,
                  headers: { cookie },
                })
              : await (async () => {
                  const body = bodyFor(kind, values, csrf.token);
                  return context.app.inject({
                    method: route.method as 'POST',
                    url,
                    headers: { cookie, 'content-type': body.type },
                    payload: body.payload,
                  });
                })();
          requests += 1;
          const where = `${route.method} ${route.url} (${kind}) ${JSON.stringify(values).slice(0, 200)}`;
          if (response.statusCode >= 500) problems.push(`${response.statusCode}: ${where}`);
          if (response.statusCode >= 400 && (await recordsDigest()) !== before) {
            problems.push(`wrote on a refused ${response.statusCode}: ${where}`);
          }
        }),
        { numRuns: runsPerRoute, seed: 20261202 },
      );
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(MINIMUM_REQUESTS);
  });
});
