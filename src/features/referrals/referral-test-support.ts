import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { TestAgent } from '../../../tests/support/agent.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import type { Db } from '../../db/database.ts';

/** Helpers shared by this feature's tests; they drive the pages as a referrer or manager would. */

export async function signedIn(context: TestContext, user: TestUser): Promise<TestAgent> {
  const agent = new TestAgent(context.app);
  await agent.signIn(user.email, user.password);
  return agent;
}

export async function addChild(
  ownerDb: Db,
  organisation: TestOrganisation,
  child: {
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    lookedAfter?: boolean;
    placementType?: string;
    caseRecordId?: string;
    iroId?: string;
    socialWorkerId?: string;
  },
): Promise<string> {
  const row = await ownerDb
    .insertInto('children')
    .values({
      organisation_id: organisation.id,
      first_name: child.firstName,
      last_name: child.lastName,
      date_of_birth: child.dateOfBirth,
      looked_after: child.lookedAfter ?? false,
      placement_type: child.placementType ?? null,
      case_record_id: child.caseRecordId ?? null,
      iro_id: child.iroId ?? null,
      social_worker_id: child.socialWorkerId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The id in a redirect to /referrals/:id(/...). */
export function referralIdFrom(response: LightMyRequestResponse): string {
  expect(response.statusCode).toBe(303);
  const id = /^\/referrals\/([0-9a-f-]{36})/.exec(String(response.headers.location))?.[1];
  if (!id) throw new Error(`No referral in ${String(response.headers.location)}`);
  return id;
}

export async function startReferral(
  agent: TestAgent,
  kind: 'fgc' | 'lifelong_links',
  referrerRole = 'social_worker',
): Promise<string> {
  const first = await agent.post('/referrals/new', { kind });
  expect(first.headers.location).toBe(`/referrals/new/referrer?kind=${kind}`);
  return referralIdFrom(await agent.post('/referrals/new/referrer', { kind, referrerRole }));
}

export async function answerAbout(
  agent: TestAgent,
  referralId: string,
  kind: 'fgc' | 'lifelong_links',
) {
  const reason = await agent.post(`/referrals/${referralId}/about/reason`, {
    reason: 'She has lost touch with her grandmother and older brother.',
    hopes: 'That she has people who care about her for life.',
    ...(kind === 'fgc' ? { bottomLines: 'The children must not be left alone with Mr X.' } : {}),
  });
  expect(reason.statusCode).toBe(303);
  const risks = await agent.post(`/referrals/${referralId}/about/risks`, {
    knownRisks: 'None known',
    placementTimeline: 'Foster placement since 2022.',
    chronology: '',
  });
  expect(risks.statusCode).toBe(303);
  const support = await agent.post(`/referrals/${referralId}/about/support`, {
    language: 'Polish',
    interpreterNeeded: 'no',
    advocateNeeded: 'yes',
    supportNeeds: '',
  });
  expect(support.headers.location).toBe(`/referrals/${referralId}`);
}

export function dateFields(name: string, iso: string): Record<string, string> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
}

export async function recordYoungPersonConsent(
  agent: TestAgent,
  referralId: string,
  childId: string,
  givenOn = '2026-01-10',
) {
  return agent.post(`/referrals/${referralId}/consent/young-person`, {
    childId,
    ...dateFields('givenOn', givenOn),
    method: 'in_person',
    ownWords: 'Yes, I want to find my nan.',
    scope: ['search', 'contact', 'share'],
  });
}

export async function recordParentalConsent(
  agent: TestAgent,
  referralId: string,
  childIds: string[],
  givenOn = '2026-01-12',
) {
  return agent.post(`/referrals/${referralId}/consent/parental-responsibility`, {
    childIds,
    giverName: 'Dana Example',
    relationship: 'Mother',
    ...dateFields('givenOn', givenOn),
    method: 'phone',
    scope: ['search', 'contact'],
  });
}

export async function auditActions(ownerDb: Db, organisationId: string, referralId: string) {
  const rows = await ownerDb
    .selectFrom('audit_events')
    .select(['action', 'detail'])
    .where('organisation_id', '=', organisationId)
    .where('subject_id', '=', referralId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.action);
}

export async function referralRow(ownerDb: Db, referralId: string) {
  return ownerDb
    .selectFrom('referrals')
    .selectAll()
    .where('id', '=', referralId)
    .executeTakeFirstOrThrow();
}

/** A Lifelong Links referral for a new looked-after child, made and submitted by the referrer. */
export async function submittedReferral(
  context: TestContext,
  organisation: TestOrganisation,
  referrer: TestUser,
  firstName: string,
  options: { iroId?: string } = {},
): Promise<string> {
  const childId = await addChild(context.ownerDb.db, organisation, {
    firstName,
    lastName: 'Okonkwo',
    dateOfBirth: '2010-02-03',
    lookedAfter: true,
    placementType: 'K2',
    ...options,
  });
  const agent = await signedIn(context, referrer);
  const referralId = await startReferral(agent, 'lifelong_links');
  await agent.post(`/referrals/${referralId}/children`, { childId });
  await answerAbout(agent, referralId, 'lifelong_links');
  await recordYoungPersonConsent(agent, referralId, childId);
  await recordParentalConsent(agent, referralId, [childId]);
  const submitted = await agent.post(`/referrals/${referralId}/check`);
  expect(submitted.statusCode).toBe(303);
  return referralId;
}

/** A test app with one council and its social worker, Sam Social, who makes the referrals. */
export interface ReferrerCouncil {
  context: TestContext;
  council: TestOrganisation;
  socialWorker: TestUser;
}

export async function createReferrerCouncil(councilName: string): Promise<ReferrerCouncil> {
  const context = await createTestContext();
  const council = await createOrganisation(context.ownerDb.db, councilName);
  const socialWorker = await createUser(context.ownerDb.db, council, ['social_worker'], {
    displayName: 'Sam Social',
  });
  return { context, council, socialWorker };
}

/** A referrer's council with Ava Lindqvist, a looked-after child, on its register. */
export interface ReferrerCouncilWithAva extends ReferrerCouncil {
  ava: string;
}

export async function createReferrerCouncilWithAva(
  councilName: string,
): Promise<ReferrerCouncilWithAva> {
  const referrerCouncil = await createReferrerCouncil(councilName);
  const ava = await addChild(referrerCouncil.context.ownerDb.db, referrerCouncil.council, {
    firstName: 'Ava',
    lastName: 'Lindqvist',
    dateOfBirth: '2011-05-04',
    lookedAfter: true,
    placementType: 'U4',
    caseRecordId: 'LL-AVA-1',
  });
  return { ...referrerCouncil, ava };
}

/** A referrer's council with the team that triages its referrals. */
export interface ReferralTeam extends ReferrerCouncil {
  manager: TestUser;
  /** Cara Coordinator, who speaks English and Polish. */
  coordinator: TestUser;
  /** Conor Conflicted, a coordinator the tests declare a conflict for. */
  conflicted: TestUser;
  /** A Lifelong Links referral that the social worker has made and submitted. */
  submittedFor(firstName: string, options?: { iroId?: string }): Promise<string>;
}

export async function createReferralTeam(councilName: string): Promise<ReferralTeam> {
  const referrerCouncil = await createReferrerCouncil(councilName);
  const { context, council, socialWorker } = referrerCouncil;
  const manager = await createUser(context.ownerDb.db, council, ['team_manager'], {
    displayName: 'Tom Manager',
  });
  const coordinator = await createUser(context.ownerDb.db, council, ['coordinator'], {
    displayName: 'Cara Coordinator',
  });
  const conflicted = await createUser(context.ownerDb.db, council, ['coordinator'], {
    displayName: 'Conor Conflicted',
  });
  await context.ownerDb.db
    .updateTable('users')
    .set({ languages: ['English', 'Polish'] })
    .where('id', '=', coordinator.id)
    .execute();
  return {
    ...referrerCouncil,
    manager,
    coordinator,
    conflicted,
    submittedFor: (firstName, options = {}) =>
      submittedReferral(context, council, socialWorker, firstName, options),
  };
}
