import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '../../../tests/support/factories.ts';
import {
  createReferralTeam,
  type ReferralTeam,
  signedIn,
  startReferral,
} from './referral-test-support.ts';

let setup: ReferralTeam;

beforeAll(async () => {
  setup = await createReferralTeam('Accessshire Council');
});
afterAll(() => setup.context.close());

describe('who may see a referral', () => {
  it('answers 404 to another social worker, to another organisation, and for drafts to managers', async () => {
    const { context, council, socialWorker, manager, conflicted, submittedFor } = setup;
    const referralId = await submittedFor('Ines');
    const otherWorker = await createUser(context.ownerDb.db, council, ['social_worker']);
    const other = await signedIn(context, otherWorker);
    expect((await other.get(`/referrals/${referralId}`)).statusCode).toBe(404);
    expect((await other.get(`/referrals/${referralId}/check`)).statusCode).toBe(404);
    expect(
      (await other.post(`/referrals/${referralId}/about/reason`, { reason: 'x' })).statusCode,
    ).toBe(404);

    const elsewhere = await createOrganisation(context.ownerDb.db, 'Elsewhere Council');
    const elsewhereManager = await createUser(context.ownerDb.db, elsewhere, ['team_manager']);
    const foreign = await signedIn(context, elsewhereManager);
    expect((await foreign.get(`/referrals/${referralId}`)).statusCode).toBe(404);
    expect(
      (await foreign.post(`/referrals/${referralId}/decision`, { decision: 'accept' })).statusCode,
    ).toBe(404);
    expect((await foreign.get('/inbox')).body).not.toContain('Ines Okonkwo');

    const referrer = await signedIn(context, socialWorker);
    const draftId = await startReferral(referrer, 'lifelong_links');
    const managerAgent = await signedIn(context, manager);
    expect((await managerAgent.get(`/referrals/${draftId}`)).statusCode).toBe(404);
    expect((await managerAgent.get('/referrals/not-a-uuid')).statusCode).toBe(404);

    // The child's IRO sees it; a coordinator who is not matched does not.
    const iro = await createUser(context.ownerDb.db, council, ['iro']);
    const withIro = await submittedFor('Iris', { iroId: iro.id });
    expect((await (await signedIn(context, iro)).get(`/referrals/${withIro}`)).statusCode).toBe(
      200,
    );
    expect(
      (await (await signedIn(context, conflicted)).get(`/referrals/${withIro}`)).statusCode,
    ).toBe(404);
  });

  it('keeps the inbox and matching to team managers (403 for others)', async () => {
    const { context, socialWorker, coordinator } = setup;
    const referrer = await signedIn(context, socialWorker);
    expect((await referrer.get('/inbox')).statusCode).toBe(403);
    const coordinatorAgent = await signedIn(context, coordinator);
    expect((await coordinatorAgent.get('/referrals/new')).statusCode).toBe(403);
  });

  it('audits every read of a referral page', async () => {
    const { context, manager, submittedFor } = setup;
    const referralId = await submittedFor('Olek');
    const agent = await signedIn(context, manager);
    await agent.get(`/referrals/${referralId}`);
    const views = await context.ownerDb.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'detail'])
      .where('subject_id', '=', referralId)
      .where('action', '=', 'referral.viewed')
      .where('actor_user_id', '=', manager.id)
      .execute();
    expect(views).toHaveLength(1);
    expect(views[0]?.detail).toEqual({ page: 'summary' });
  });
});
