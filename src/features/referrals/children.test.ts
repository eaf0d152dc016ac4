import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditActions,
  createReferrerCouncilWithAva,
  dateFields,
  type ReferrerCouncilWithAva,
  signedIn,
  startReferral,
} from './referral-test-support.ts';

let setup: ReferrerCouncilWithAva;

beforeAll(async () => {
  setup = await createReferrerCouncilWithAva('Childshire Council');
});
afterAll(() => setup.context.close());

describe('the children of a referral', () => {
  it('adds a child who is not on the register, and warns when they are not looked after', async () => {
    const { context, council, socialWorker, ava } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'lifelong_links');
    const form = await agent.get(`/referrals/${referralId}/children/new`);
    expect(form.statusCode).toBe(200);

    const future = await agent.post(`/referrals/${referralId}/children/new`, {
      firstName: 'Noor',
      lastName: 'Haddad',
      ...dateFields('dateOfBirth', '2999-01-01'),
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('Their date of birth must be today or in the past');

    const duplicate = await agent.post(`/referrals/${referralId}/children/new`, {
      firstName: 'Ava',
      lastName: 'Again',
      ...dateFields('dateOfBirth', '2011-05-04'),
      caseRecordId: 'LL-AVA-1',
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('A child with this record ID is already on the register');

    const created = await agent.post(`/referrals/${referralId}/children/new`, {
      firstName: 'Noor',
      lastName: 'Haddad',
      ...dateFields('dateOfBirth', '2012-09-30'),
      caseRecordId: '',
    });
    expect(created.statusCode).toBe(303);
    const child = await context.ownerDb.db
      .selectFrom('children')
      .selectAll()
      .where('organisation_id', '=', council.id)
      .where('last_name', '=', 'Haddad')
      .executeTakeFirstOrThrow();
    expect(child.date_of_birth).toBe('2012-09-30');

    const page = await agent.get(`/referrals/${referralId}`);
    expect(page.body).toContain('Noor is not recorded as looked after');

    // Lifelong Links is for one young person.
    const second = await agent.post(`/referrals/${referralId}/children`, { childId: ava });
    expect(second.statusCode).toBe(400);
    expect(second.body).toContain('A Lifelong Links referral is for one young person');

    const removed = await agent.post(`/referrals/${referralId}/children/${child.id}/remove`);
    expect(removed.statusCode).toBe(303);
    const links = await context.ownerDb.db
      .selectFrom('referral_children')
      .select('child_id')
      .where('referral_id', '=', referralId)
      .execute();
    expect(links).toEqual([]);
    const actions = await auditActions(context.ownerDb.db, council.id, referralId);
    expect(actions).toEqual(
      expect.arrayContaining(['referral.child_added', 'referral.child_removed']),
    );
  });
});
