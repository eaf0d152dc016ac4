import { randomBytes } from 'node:crypto';
import type { RegisteredRoute } from '../../src/platform/access.ts';
import { startSession } from '../../src/platform/session.repository.ts';
import { hashToken, SESSION_COOKIE } from '../../src/platform/session.ts';
import type {
  Caller,
  Expectation,
  Outcome,
  RecordKind,
} from '../integration/access-expectations.ts';
import { arranged, arrangedWorld, KINDS, paramValue, person } from './access-matrix-world.ts';
import type { TestUser } from './factories.ts';

/**
 * One call of the access matrix (tests/integration/access-matrix.test.ts): a route, as a caller,
 * on a kind of record of the world in access-matrix-world.ts; and what its answer counts as.
 */

function concreteUrl(route: RegisteredRoute, caller: Caller, kind: RecordKind): string {
  const { context } = arrangedWorld();
  // Assets have fingerprinted names: ask for one the app really serves.
  if (route.url === '/assets/*') return context.app.assetUrl('kindred-icon.svg');
  return route.url
    .replace(/:([A-Za-z]+)/g, (_match, name: string) => paramValue(route, name, caller, kind) ?? '')
    .replace('*', 'kindred-icon.svg');
}

async function sessionCookieFor(user: TestUser): Promise<string> {
  const { context } = arrangedWorld();
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
 * Each caller's session, started once and sent with every call of theirs, as a browser would.
 * A call that ends or replaces the caller's own session (signing out or in again, an
 * administrator resetting their own password) answers with a new session cookie or clears it:
 * the caller's next call then starts a new session. A session ended any other way would show
 * as a 'sign-in' answer the table does not expect, so the matrix fails rather than passes.
 */
const sessions = new Map<Caller, string>();

async function sessionOf(caller: Exclude<Caller, 'visitor'>): Promise<string> {
  const known = sessions.get(caller);
  if (known) return known;
  const started = await sessionCookieFor(person(caller));
  sessions.set(caller, started);
  return started;
}

export async function call(route: RegisteredRoute, caller: Caller, kind: RecordKind) {
  const { context, csrf, homeOrganisationId } = arrangedWorld();
  const cookies = [csrf.cookie];
  if (caller !== 'visitor') cookies.push(await sessionOf(caller));
  const response = await context.app.inject({
    method: route.method as 'GET' | 'POST',
    url: concreteUrl(route, caller, kind),
    headers: {
      cookie: cookies.join('; '),
      ...(route.method === 'GET' ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
    },
    ...(route.method === 'GET'
      ? {}
      : {
          // A form that names a record (adding a child to a draft) names a real one.
          payload: new URLSearchParams({
            _csrf: csrf.token,
            childId: arranged('own').childIds[0] ?? '',
          }).toString(),
        }),
  });
  if (response.cookies.some((cookie) => cookie.name === SESSION_COOKIE)) sessions.delete(caller);
  // An administrator may have reset their own password or disabled a colleague: undo it, so the
  // next call meets the same people.
  await context.ownerDb.db
    .updateTable('users')
    .set({ active: true, password_must_change: false })
    .where('organisation_id', '=', homeOrganisationId)
    .execute();
  return response;
}

export function answered(response: {
  statusCode: number;
  headers: Record<string, unknown>;
}): Outcome {
  const location = String(response.headers.location ?? '');
  if (response.statusCode === 303 && location.startsWith('/sign-in')) return 'sign-in';
  if (response.statusCode === 403) return 403;
  if (response.statusCode === 404) return 404;
  return 'allowed';
}

export function expectedFor(row: Expectation, caller: Caller, kind: RecordKind): Outcome {
  const answer = row[caller];
  if (!Array.isArray(answer)) return answer as Outcome;
  return answer[KINDS.indexOf(kind)] as Outcome;
}
