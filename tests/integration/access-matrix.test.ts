import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ArrangedCase,
  arrangeJourney,
  type Cast,
  createCast,
} from '../../src/features/journeys/journeys-test-support.ts';
import type { RegisteredRoute } from '../../src/platform/access.ts';
import { startSession } from '../../src/platform/session.repository.ts';
import { hashToken, SESSION_COOKIE } from '../../src/platform/session.ts';
import {
  arrangeRecordsOfEachCase,
  concerns,
  conferences,
  declarations,
  members,
  places,
  plans,
  relationships,
  venues,
} from '../support/access-matrix-records.ts';
import { TestAgent } from '../support/agent.ts';
import { createImportRun, createUser, type TestUser } from '../support/factories.ts';
import { createTestContext, type TestContext } from '../support/test-app.ts';
import {
  type Caller,
  EXPECTED,
  type Expectation,
  type Outcome,
  type RecordKind,
} from './access-expectations.ts';

/**
 * The role × route × record matrix: every registered route, called as a visitor and as each
 * role, with real records of the caller's own, of other people in their organisation and of
 * another organisation, must answer as access-expectations.ts (written by hand) says.
 */
let context: TestContext;
let home: Cast;
let abroad: Cast;
let otherSocialWorker: TestUser;
let otherUser: TestUser;
let otherTeamId: string;
const cases: Partial<Record<RecordKind, ArrangedCase>> = {};
const drafts = new Map<string, string>();
/** An SSDA903 import run of each organisation. */
const importRuns: Partial<Record<'home' | 'abroad', string>> = {};
/** A notice for each person the matrix signs in as, one for a colleague, one abroad. */
const notices = new Map<string, string>();
let csrf: { cookie: string; token: string };

const CALLERS: Caller[] = [
  'visitor',
  'coordinator',
  'team_manager',
  'social_worker',
  'iro',
  'practice_manager',
  'administrator',
];
const KINDS: RecordKind[] = ['own', 'other', 'foreign'];

function person(caller: Exclude<Caller, 'visitor'>): TestUser {
  const byRole = {
    coordinator: home.coordinator,
    team_manager: home.manager,
    social_worker: home.referrer,
    iro: home.iro,
    practice_manager: home.practiceManager,
    administrator: home.administrator,
  };
  return byRole[caller];
}

function arranged(kind: RecordKind): ArrangedCase {
  const found = cases[kind];
  if (!found) throw new Error(`no ${kind} case arranged`);
  return found;
}

/** The record each `:param` names, for this caller and kind of record. */
function paramValue(route: RegisteredRoute, name: string, caller: Caller, kind: RecordKind) {
  const draftRoute = route.access === 'referrals:make';
  switch (name) {
    case 'journeyId':
      return arranged(kind).journeyId;
    case 'tool':
      return 'genogram';
    case 'concernId':
      return concerns[kind];
    case 'placeId':
      return places[kind];
    case 'referralId':
      if (!draftRoute) return arranged(kind).referralId;
      if (kind === 'other') return drafts.get(otherSocialWorker.id);
      if (kind === 'foreign') return drafts.get(abroad.referrer.id);
      return drafts.get(caller === 'iro' ? home.iro.id : home.referrer.id);
    case 'childId':
      // On a draft's address: the child the matrix adds to the draft (POST .../children).
      return draftRoute ? arranged('own').childIds[0] : arranged(kind).childIds[0];
    case 'userId':
      return { own: home.administrator.id, other: otherUser.id, foreign: abroad.manager.id }[kind];
    case 'teamId':
      return {
        own: home.organisation.teamId,
        other: otherTeamId,
        foreign: abroad.organisation.teamId,
      }[kind];
    case 'page':
      return 'reason';
    case 'runId':
      return kind === 'foreign' ? importRuns.abroad : importRuns.home;
    case 'declarationId':
      return declarations[kind];
    case 'memberId':
      return members[kind];
    case 'relationshipId':
      return relationships[kind];
    case 'noticeId': {
      // Own: the caller's notice; other: a colleague's; foreign: someone's abroad.
      const owner = {
        own: caller === 'visitor' ? null : person(caller),
        other: otherUser,
        foreign: abroad.manager,
      }[kind];
      return owner ? notices.get(owner.id) : randomUUID();
    }
    case 'conferenceId':
      return conferences[kind]?.conferenceId;
    case 'invitationId':
      return conferences[kind]?.invitationId;
    case 'venueId':
      return venues[kind];
    case 'planId':
      return plans[kind]?.planId;
    case 'recipientId':
      return plans[kind]?.recipientId;
    case 'section':
      return 'words';
    default:
      return randomUUID();
  }
}

function concreteUrl(route: RegisteredRoute, caller: Caller, kind: RecordKind): string {
  // Assets have fingerprinted names: ask for one the app really serves.
  if (route.url === '/assets/*') return context.app.assetUrl('kindred-icon.svg');
  return route.url
    .replace(/:([A-Za-z]+)/g, (_match, name: string) => paramValue(route, name, caller, kind) ?? '')
    .replace('*', 'kindred-icon.svg');
}

async function sessionCookieFor(user: TestUser): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await startSession(context.ownerDb.db, {
    tokenHash: hashToken(token),
    userId: user.id,
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    replaces: null,
  });
  return `${SESSION_COOKIE}=${token}`;
}

async function call(route: RegisteredRoute, caller: Caller, kind: RecordKind) {
  const cookies = [csrf.cookie];
  if (caller !== 'visitor') cookies.push(await sessionCookieFor(person(caller)));
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
  // An administrator may have reset their own password or disabled a colleague: undo it, so the
  // next call meets the same people.
  await context.ownerDb.db
    .updateTable('users')
    .set({ active: true, password_must_change: false })
    .where('organisation_id', '=', home.organisation.id)
    .execute();
  return response;
}

function answered(response: { statusCode: number; headers: Record<string, unknown> }): Outcome {
  const location = String(response.headers.location ?? '');
  if (response.statusCode === 303 && location.startsWith('/sign-in')) return 'sign-in';
  if (response.statusCode === 403) return 403;
  if (response.statusCode === 404) return 404;
  return 'allowed';
}

function expectedFor(row: Expectation, caller: Caller, kind: RecordKind): Outcome {
  const answer = row[caller];
  if (!Array.isArray(answer)) return answer as Outcome;
  return answer[KINDS.indexOf(kind)] as Outcome;
}

async function startDraft(user: TestUser, kind: 'fgc' | 'lifelong_links', role: string) {
  const agent = new TestAgent(context.app);
  await agent.signIn(user.email, user.password);
  const started = await agent.post('/referrals/new/referrer', { kind, referrerRole: role });
  const id = String(started.headers.location ?? '').split('/')[2];
  if (!id) throw new Error(`could not start a draft for ${user.email}`);
  drafts.set(user.id, id);
}

beforeAll(async () => {
  context = await createTestContext();
  const owner = context.ownerDb.db;
  home = await createCast(owner);
  abroad = await createCast(owner);
  otherSocialWorker = await createUser(owner, home.organisation, ['social_worker']);
  otherUser = await createUser(owner, home.organisation, ['coordinator']);
  otherTeamId = (
    await owner
      .insertInto('teams')
      .values({ organisation_id: home.organisation.id, name: 'Lifelong Links team' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  cases.own = await arrangeJourney(owner, home, {
    kind: 'fgc',
    coordinator: home.coordinator,
    iro: home.iro,
    referrer: home.referrer,
    socialWorker: home.referrer,
  });
  cases.other = await arrangeJourney(owner, home, {
    kind: 'fgc',
    coordinator: home.otherCoordinator,
    iro: home.otherIro,
    referrer: otherSocialWorker,
    socialWorker: otherSocialWorker,
  });
  cases.foreign = await arrangeJourney(owner, abroad, { kind: 'fgc' });
  for (const found of [cases.own, cases.other, cases.foreign]) {
    await owner
      .insertInto('planning_meetings')
      .values({
        organisation_id: (
          await owner
            .selectFrom('journeys')
            .select('organisation_id')
            .where('id', '=', found.journeyId)
            .executeTakeFirstOrThrow()
        ).organisation_id,
        journey_id: found.journeyId,
        starts_at: new Date(Date.now() + 7 * 86_400_000),
        venue: 'Family centre',
      })
      .execute();
  }
  await startDraft(home.referrer, 'fgc', 'social_worker');
  await startDraft(home.iro, 'lifelong_links', 'iro');
  await startDraft(otherSocialWorker, 'fgc', 'social_worker');
  await startDraft(abroad.referrer, 'fgc', 'social_worker');
  for (const [where, cast] of [
    ['home', home],
    ['abroad', abroad],
  ] as const) {
    importRuns[where] = await createImportRun(owner, cast.organisation.id, {
      imported_by: cast.manager.id,
    });
  }
  const noticed = [...CALLERS.filter((c) => c !== 'visitor').map((c) => person(c)), otherUser];
  for (const user of [...noticed, abroad.manager]) {
    const notice = await owner
      .insertInto('notifications')
      .values({
        organisation_id: user.organisationId,
        user_id: user.id,
        kind: 'deadline_reminder',
        subject: 'Something is due soon',
        link: '/',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    notices.set(user.id, notice.id);
  }
  await arrangeRecordsOfEachCase(owner, { home, abroad, cases });
  const page = await context.app.inject({ method: 'GET', url: '/sign-in' });
  csrf = {
    cookie: page.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
    token: /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '',
  };
});
afterAll(() => context.close());

describe('the access matrix', () => {
  it('has a hand-written expectation for every route', () => {
    const routes = context.app.registeredRoutes;
    expect(routes.length).toBeGreaterThan(10);
    const missing = routes
      .map((route) => `${route.method} ${route.url}`)
      .filter((key) => !(key in EXPECTED))
      .map((key) => `${key}: add it to tests/integration/access-expectations.ts`);
    expect(missing).toEqual([]);
  });

  it('answers every route, for every caller and record, as the table says', {
    timeout: 600_000,
  }, async () => {
    const wrong: string[] = [];
    for (const route of context.app.registeredRoutes) {
      const row = EXPECTED[`${route.method} ${route.url}`];
      if (!row) continue; // reported by the test above
      const kinds: RecordKind[] = route.url.includes(':') ? KINDS : ['own'];
      for (const caller of CALLERS) {
        for (const kind of kinds) {
          const response = await call(route, caller, kind);
          const expected = expectedFor(row, caller, kind);
          const got = response.statusCode >= 500 ? response.statusCode : answered(response);
          if (got !== expected) {
            wrong.push(
              `${route.method} ${route.url} as ${caller} on ${kind}: expected ${expected}, got ${response.statusCode} ${String(response.headers.location ?? '')}`,
            );
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
