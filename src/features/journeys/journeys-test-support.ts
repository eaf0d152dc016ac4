import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { TestAgent } from '../../../tests/support/agent.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { type Db, inOrganisation } from '../../db/database.ts';
import type { ReferralKind } from '../../db/schema.ts';
import { dateValues } from './form-fields.ts';
import { openJourney } from './journeys.service.ts';

/** The people of one test organisation, each with a role on (or off) the cases arranged. */
export interface Cast {
  organisation: TestOrganisation;
  manager: TestUser;
  coordinator: TestUser;
  otherCoordinator: TestUser;
  referrer: TestUser;
  iro: TestUser;
  otherIro: TestUser;
  practiceManager: TestUser;
  administrator: TestUser;
}

export async function createCast(ownerDb: Db): Promise<Cast> {
  const organisation = await createOrganisation(ownerDb);
  const user = (roles: TestUser['roles'], displayName: string) =>
    createUser(ownerDb, organisation, roles, { displayName });
  return {
    organisation,
    manager: await user(['team_manager'], 'Morgan Manager'),
    coordinator: await user(['coordinator'], 'Cara Coordinator'),
    otherCoordinator: await user(['coordinator'], 'Olly Othercoordinator'),
    referrer: await user(['social_worker'], 'Sasha Socialworker'),
    iro: await user(['iro'], 'Ira Reviewing'),
    otherIro: await user(['iro'], 'Otto Reviewing'),
    practiceManager: await user(['practice_manager'], 'Pat Practice'),
    administrator: await user(['administrator'], 'Ada Administrator'),
  };
}

/** A test app with the cast of one organisation in it. */
export interface CastApp {
  context: TestContext;
  cast: Cast;
}

export async function createCastApp(): Promise<CastApp> {
  const context = await createTestContext();
  return { context, cast: await createCast(context.ownerDb.db) };
}

export interface ArrangedCase {
  journeyId: string;
  referralId: string;
  reference: string;
  childIds: string[];
}

/** An accepted, matched referral about one or more children, and its journey at stage 2. */
export async function arrangeJourney(
  ownerDb: Db,
  cast: Cast,
  options: {
    kind?: ReferralKind;
    children?: Array<{ firstName: string; lastName: string; dateOfBirth?: string }>;
    coordinator?: TestUser;
    iro?: TestUser | null;
    referrer?: TestUser;
    socialWorker?: TestUser;
  } = {},
): Promise<ArrangedCase> {
  const organisationId = cast.organisation.id;
  const kind = options.kind ?? 'lifelong_links';
  const reference = `${kind === 'fgc' ? 'FGC' : 'LL'}-${randomBytes(3).toString('hex').toUpperCase()}`;
  const coordinator = options.coordinator ?? cast.coordinator;
  const iro = options.iro === undefined ? cast.iro : options.iro;
  const childIds: string[] = [];
  for (const child of options.children ?? [{ firstName: 'Jordan', lastName: 'Rivers' }]) {
    const row = await ownerDb
      .insertInto('children')
      .values({
        organisation_id: organisationId,
        first_name: child.firstName,
        last_name: child.lastName,
        date_of_birth: child.dateOfBirth ?? '2010-04-02',
        iro_id: iro?.id ?? null,
        social_worker_id: options.socialWorker?.id ?? null,
        carers: 'Foster carers: Pat and Lee Carer',
        looked_after: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    childIds.push(row.id);
  }
  const referral = await ownerDb
    .insertInto('referrals')
    .values({
      organisation_id: organisationId,
      reference,
      kind,
      status: 'accepted',
      referrer_id: (options.referrer ?? cast.referrer).id,
      referrer_role: 'social_worker',
      coordinator_id: coordinator.id,
      matched_by: cast.manager.id,
      decided_by: cast.manager.id,
      // An accepted referral was submitted, then decided, before its journey opened.
      submitted_at: new Date(Date.now() - 10 * 86_400_000),
      decided_at: new Date(Date.now() - 7 * 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const childId of childIds) {
    await ownerDb
      .insertInto('referral_children')
      .values({ organisation_id: organisationId, referral_id: referral.id, child_id: childId })
      .execute();
    await ownerDb
      .insertInto('consents')
      .values([
        {
          organisation_id: organisationId,
          referral_id: referral.id,
          child_id: childId,
          giver: 'young_person',
          given_on: '2026-01-05',
          method: 'in_person',
        },
        {
          organisation_id: organisationId,
          referral_id: referral.id,
          child_id: childId,
          giver: 'parental_responsibility',
          giver_name: 'Robin Rivers',
          relationship: 'Mother',
          given_on: '2026-01-06',
          method: 'phone',
        },
      ])
      .execute();
  }
  const { journeyId } = await inOrganisation(
    ownerDb,
    { organisationId, userId: cast.manager.id },
    (tx) =>
      openJourney(
        tx,
        { id: cast.manager.id, organisationId, requestId: 'test-arrange' },
        { id: referral.id, kind, coordinatorId: coordinator.id },
      ),
  );
  return { journeyId, referralId: referral.id, reference, childIds };
}

/** The cast's test app with one case arranged: Jordan Rivers's journey, at stage 2. */
export interface CastAppWithCase extends CastApp {
  arranged: ArrangedCase;
}

export async function createCastAppWithCase(): Promise<CastAppWithCase> {
  const castApp = await createCastApp();
  return { ...castApp, arranged: await arrangeJourney(castApp.context.ownerDb.db, castApp.cast) };
}

export async function signedIn(app: FastifyInstance, user: TestUser): Promise<TestAgent> {
  const agent = new TestAgent(app);
  await agent.signIn(user.email, user.password);
  return agent;
}

export async function journeyAuditActions(ownerDb: Db, journeyId: string): Promise<string[]> {
  const rows = await ownerDb
    .selectFrom('audit_events')
    .select('action')
    .where('subject_type', '=', 'journey')
    .where('subject_id', '=', journeyId)
    .orderBy('organisation_id')
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.action);
}

export async function journeyRow(ownerDb: Db, journeyId: string) {
  return ownerDb
    .selectFrom('journeys')
    .selectAll()
    .where('id', '=', journeyId)
    .executeTakeFirstOrThrow();
}

export async function eventKinds(ownerDb: Db, journeyId: string): Promise<string[]> {
  const rows = await ownerDb
    .selectFrom('journey_events')
    .select('kind')
    .where('journey_id', '=', journeyId)
    .orderBy('occurred_at')
    .execute();
  return rows.map((row) => row.kind);
}

/** A date as the GOV.UK date input sends it. */
export const dateFields = dateValues;

/** A complete record of a planning meeting, as the form sends it. */
export const PLANNING_RECORD = {
  attendees: 'Cara Coordinator, Morgan Manager, Sasha Socialworker, Ira Reviewing',
  objectives: 'Find and reconnect the people who matter to Jordan',
  constraintsAndRisks: 'No contact with the birth father',
  participationNeeds: 'Jordan wants to meet after school, with an advocate',
  advocateOffered: 'yes',
  interpreterOffered: 'no',
  carerSupportNeeds: 'Foster carers want to be kept informed',
  consentIssues: '',
  timescalesAndNextSteps: 'Discovery sessions over the next six weeks',
  chronologyProvided: 'yes',
};
