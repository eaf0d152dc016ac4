import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../../tests/support/factories.ts';
import { type CouncilApp, createChild, createCouncilApp } from './children-test-support.ts';

/**
 * Who may change a child's details (src/platform/access-policy.ts, canChangeChild): the people
 * who keep the record. Everyone else who may open it reads it, with no "Change" link, and a
 * change they send anyway is refused: 403 for a role that never changes a child, 404 for a person
 * whose role may but who does not keep this child's record, as the other object rules answer.
 */
let setup: CouncilApp;
let cleo: string;
let coordinator: TestUser;
let practiceManager: TestUser;
let referrer: TestUser;
let otherCoordinator: TestUser;

const CHANGE = (child: string) => `href="/children/${child}/edit"`;

beforeAll(async () => {
  setup = await createCouncilApp();
  const db = setup.context.ownerDb.db;
  const { council, iro } = setup;
  coordinator = await createUser(db, council, ['coordinator'], { displayName: 'Cat Coordinator' });
  otherCoordinator = await createUser(db, council, ['coordinator']);
  practiceManager = await createUser(db, council, ['practice_manager']);
  referrer = await createUser(db, council, ['social_worker'], { displayName: 'Rae Referrer' });
  cleo = await createChild(db, council.id, {
    first_name: 'Cleo',
    last_name: 'Marten',
    date_of_birth: '2010-06-01',
    iro_id: iro.id,
  });
  const referral = await db
    .insertInto('referrals')
    .values({
      organisation_id: council.id,
      reference: 'LL-CHG-0001',
      kind: 'lifelong_links',
      status: 'accepted',
      referrer_id: referrer.id,
      coordinator_id: coordinator.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('referral_children')
    .values({ organisation_id: council.id, referral_id: referral.id, child_id: cleo })
    .execute();
  await db
    .insertInto('journeys')
    .values({
      organisation_id: council.id,
      referral_id: referral.id,
      kind: 'lifelong_links',
      stage: 2,
      coordinator_id: coordinator.id,
    })
    .execute();
});
afterAll(() => setup.context.close());

/** The whole form, as the change page sends it; Cleo keeps her IRO. */
const validChange = () => ({
  firstName: 'Cleo',
  lastName: 'Marten',
  preferredName: 'Clee',
  'dateOfBirth-day': '1',
  'dateOfBirth-month': '6',
  'dateOfBirth-year': '2010',
  interpreterNeeded: 'no',
  lookedAfter: 'yes',
  uasc: 'no',
  careLeaverStatus: 'not_care_leaver',
  iroId: setup.iro.id,
});

describe('who may change a child’s details', () => {
  const keepers = {
    'the team manager': () => setup.manager,
    'the social worker who referred her': () => referrer,
    'her journey’s coordinator': () => coordinator,
  };
  for (const [who, keeper] of Object.entries(keepers)) {
    it(`lets ${who} change them`, async () => {
      const agent = await setup.signedIn(keeper());
      const record = await agent.get(`/children/${cleo}`);
      expect(record.statusCode).toBe(200);
      expect(record.body).toContain('Change their details');
      expect((await agent.get(`/children/${cleo}/edit`)).statusCode).toBe(200);
      const saved = await agent.post(`/children/${cleo}/edit`, validChange());
      expect(saved.statusCode).toBe(303);
    });
  }

  it('lets the IRO and the practice manager read the record but not change it', async () => {
    const { context, iro, signedIn } = setup;
    for (const reader of [iro, practiceManager]) {
      const agent = await signedIn(reader);
      const record = await agent.get(`/children/${cleo}`);
      expect(record.statusCode).toBe(200);
      expect(record.body).toContain('Cleo');
      expect(record.body).not.toContain('Change their details');
      expect(record.body).not.toContain(CHANGE(cleo));
      // Their role never changes a child's record.
      expect((await agent.get(`/children/${cleo}/edit`)).statusCode).toBe(403);
      const refused = await agent.post(`/children/${cleo}/edit`, {
        ...validChange(),
        preferredName: 'Changed by a reader',
      });
      expect(refused.statusCode).toBe(403);
    }
    const row = await context.ownerDb.db
      .selectFrom('children')
      .select('preferred_name')
      .where('id', '=', cleo)
      .executeTakeFirstOrThrow();
    expect(row.preferred_name).not.toBe('Changed by a reader');
  });

  it('answers 404 to a coordinator or social worker who does not keep this child’s record', async () => {
    const { otherSocialWorker, signedIn } = setup;
    for (const stranger of [otherCoordinator, otherSocialWorker]) {
      const agent = await signedIn(stranger);
      expect((await agent.get(`/children/${cleo}/edit`)).statusCode).toBe(404);
      expect((await agent.post(`/children/${cleo}/edit`, validChange())).statusCode).toBe(404);
    }
  });
});
