import { randomUUID } from 'node:crypto';
import {
  type ArrangedCase,
  arrangeJourney,
  type Cast,
  createCast,
} from '../../src/features/journeys/journeys-test-support.ts';
import type { RegisteredRoute } from '../../src/platform/access.ts';
import type { Caller, RecordKind } from '../integration/access-expectations.ts';
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
} from './access-matrix-records.ts';
import { TestAgent } from './agent.ts';
import { createImportRun, createUser, type TestUser } from './factories.ts';
import { createTestContext, type TestContext } from './test-app.ts';

/**
 * The world of the access matrix (tests/integration/access-matrix.test.ts): two organisations,
 * each role's person, records of the caller's own, of other people in their organisation and of
 * another organisation, and the record each route's `:param` names. Calls are in
 * access-matrix-calls.ts.
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

export const CALLERS: Caller[] = [
  'visitor',
  'coordinator',
  'team_manager',
  'social_worker',
  'iro',
  'practice_manager',
  'administrator',
];
export const KINDS: RecordKind[] = ['own', 'other', 'foreign'];

export function person(caller: Exclude<Caller, 'visitor'>): TestUser {
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

export function arranged(kind: RecordKind): ArrangedCase {
  const found = cases[kind];
  if (!found) throw new Error(`no ${kind} case arranged`);
  return found;
}

/** The record each `:param` names, for this caller and kind of record. */
export function paramValue(route: RegisteredRoute, name: string, caller: Caller, kind: RecordKind) {
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

async function startDraft(user: TestUser, kind: 'fgc' | 'lifelong_links', role: string) {
  const agent = new TestAgent(context.app);
  await agent.signIn(user.email, user.password);
  const started = await agent.post('/referrals/new/referrer', { kind, referrerRole: role });
  const id = String(started.headers.location ?? '').split('/')[2];
  if (!id) throw new Error(`could not start a draft for ${user.email}`);
  drafts.set(user.id, id);
}

/** What a call needs of the arranged world. */
export function arrangedWorld() {
  return { context, csrf, homeOrganisationId: home.organisation.id };
}

/** Arranges the world; gives the test context (close it after). */
export async function arrangeAccessMatrix(): Promise<TestContext> {
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
  return context;
}
