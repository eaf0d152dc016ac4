import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '../../../tests/support/factories.ts';
import {
  type CouncilApp,
  createChild,
  createCouncilApp,
  pageText,
} from './children-test-support.ts';

let setup: CouncilApp;

beforeAll(async () => {
  setup = await createCouncilApp();
});
afterAll(() => setup.context.close());

describe('changing a child’s details', () => {
  it('lets their social worker correct them, auditing the fields changed', async () => {
    const { context, socialWorker, ada, signedIn } = setup;
    const agent = await signedIn(socialWorker);
    const form = await agent.get(`/children/${ada}/edit`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Lovelock"');
    const saved = await agent.post(`/children/${ada}/edit`, {
      firstName: 'Ada',
      lastName: 'Lovelock',
      preferredName: 'Ads',
      'dateOfBirth-day': '14',
      'dateOfBirth-month': '3',
      'dateOfBirth-year': '2011',
      firstLanguage: 'Welsh',
      interpreterNeeded: 'no',
      lookedAfter: 'yes',
      uasc: 'no',
      careLeaverStatus: 'eligible',
      caseRecordId: 'LL-1001',
      socialWorkerId: socialWorker.id,
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/children/${ada}?notice=updated`);
    const audit = await context.ownerDb.db
      .selectFrom('audit_events')
      .select('detail')
      .where('subject_id', '=', ada)
      .where('action', '=', 'child.updated')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ fields: ['preferred_name', 'first_language'] });
    // Opening the form showed their record: that read is audited as well.
    const reads = await context.ownerDb.db
      .selectFrom('audit_events')
      .select('detail')
      .where('subject_id', '=', ada)
      .where('action', '=', 'child.viewed')
      .where('actor_user_id', '=', socialWorker.id)
      .execute();
    expect(reads.map((read) => read.detail)).toContainEqual({ page: 'change' });
  });

  it('answers 404 to a social worker who does not work with the child', async () => {
    const { otherSocialWorker, ada, signedIn } = setup;
    const agent = await signedIn(otherSocialWorker);
    expect((await agent.get(`/children/${ada}/edit`)).statusCode).toBe(404);
    const post = await agent.post(`/children/${ada}/edit`, { firstName: 'X' });
    expect(post.statusCode).toBe(404);
  });
});

describe('a child’s record page', () => {
  it('is shown to their social worker and IRO, and each read is audited', async () => {
    const { context, socialWorker, iro, ada, ben, signedIn } = setup;
    const agent = await signedIn(socialWorker);
    const page = await agent.get(`/children/${ada}`);
    expect(page.statusCode).toBe(200);
    // Her preferred name, changed above, is shown in brackets after her first name.
    expect(pageText(page.body)).toContain('Ada (Ads) Lovelock');
    const iroPage = await (await signedIn(iro)).get(`/children/${ben}`);
    expect(iroPage.statusCode).toBe(200);
    const viewed = await context.ownerDb.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'detail'])
      .where('subject_id', '=', ben)
      .where('action', '=', 'child.viewed')
      .execute();
    expect(viewed).toEqual([{ actor_user_id: iro.id, detail: { page: 'record' } }]);
  });

  it('answers 404 to an unrelated social worker, 403 to an administrator', async () => {
    const { context, otherSocialWorker, administrator, ada, signedIn } = setup;
    expect((await (await signedIn(otherSocialWorker)).get(`/children/${ada}`)).statusCode).toBe(
      404,
    );
    expect((await (await signedIn(administrator)).get(`/children/${ada}`)).statusCode).toBe(403);
    const byOther = await context.ownerDb.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', ada)
      .where('actor_user_id', '=', otherSocialWorker.id)
      .execute();
    expect(byOther).toEqual([]);
  });

  it('answers 404 for another organisation’s child and for an address that is not an id', async () => {
    const { context, manager, signedIn } = setup;
    const elsewhere = await createOrganisation(context.ownerDb.db, 'Southshire Council');
    const theirs = await createChild(context.ownerDb.db, elsewhere.id, { first_name: 'Other' });
    const agent = await signedIn(manager);
    expect((await agent.get(`/children/${theirs}`)).statusCode).toBe(404);
    expect((await agent.get(`/children/${theirs}/edit`)).statusCode).toBe(404);
    expect((await agent.get('/children/not-an-id')).statusCode).toBe(404);
  });

  it('opens to people who can see a referral or journey about the child, and links to them', async () => {
    const { context, council, otherSocialWorker, ben, signedIn } = setup;
    const db = context.ownerDb.db;
    const coordinator = await createUser(db, council, ['coordinator']);
    const referral = await db
      .insertInto('referrals')
      .values({
        organisation_id: council.id,
        reference: 'LL-TEST-0001',
        kind: 'lifelong_links',
        status: 'accepted',
        referrer_id: otherSocialWorker.id,
        coordinator_id: coordinator.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('referral_children')
      .values({ organisation_id: council.id, referral_id: referral.id, child_id: ben })
      .execute();
    const journey = await db
      .insertInto('journeys')
      .values({
        organisation_id: council.id,
        referral_id: referral.id,
        kind: 'lifelong_links',
        stage: 2,
        coordinator_id: coordinator.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    for (const person of [coordinator, otherSocialWorker]) {
      const page = await (await signedIn(person)).get(`/children/${ben}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`href="/referrals/${referral.id}"`);
      expect(page.body).toContain(`href="/journeys/${journey.id}"`);
      expect(pageText(page.body)).toContain('Lifelong Links referral LL-TEST-0001');
    }
    // The journey's coordinator keeps the record with the team manager, so may change it.
    const coordinatorPage = await (await signedIn(coordinator)).get(`/children/${ben}`);
    expect(coordinatorPage.body).toContain(`/children/${ben}/edit`);
  });
});
