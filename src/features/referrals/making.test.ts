import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerAbout,
  auditActions,
  createReferrerCouncilWithAva,
  type ReferrerCouncilWithAva,
  recordParentalConsent,
  recordYoungPersonConsent,
  referralRow,
  signedIn,
  startReferral,
} from './referral-test-support.ts';

let setup: ReferrerCouncilWithAva;

beforeAll(async () => {
  setup = await createReferrerCouncilWithAva('Makingshire Council');
});
afterAll(() => setup.context.close());

describe('making a Lifelong Links referral', () => {
  it('starts a draft with a reference, then fills it in and submits it only with consent', async () => {
    const { context, council, socialWorker, ava } = setup;
    const agent = await signedIn(context, socialWorker);
    const start = await agent.get('/referrals/new');
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('What kind of referral are you making?');

    const referrer = await agent.get('/referrals/new/referrer?kind=lifelong_links');
    expect(referrer.body).toContain('Personal adviser');
    expect(referrer.body).toMatch(/value="social_worker" checked/);

    const referralId = await startReferral(agent, 'lifelong_links');
    const draft = await referralRow(context.ownerDb.db, referralId);
    expect(draft.status).toBe('draft');
    expect(draft.referrer_role).toBe('social_worker');
    expect(draft.reference).toMatch(/^LL-\d{4}-0001$/);

    const taskList = await agent.get(`/referrals/${referralId}`);
    expect(taskList.statusCode).toBe(200);
    expect(taskList.body).toContain('Lifelong Links referral');
    expect(taskList.body).toContain('Not started');
    expect(taskList.body).toContain('Cannot start yet');

    // The young person, found on the register.
    const search = await agent.get(`/referrals/${referralId}/children?q=lindqvist`);
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain('Ava Lindqvist');
    const added = await agent.post(`/referrals/${referralId}/children`, { childId: ava });
    expect(added.statusCode).toBe(303);
    const children = await agent.get(`/referrals/${referralId}/children`);
    expect(children.body).toContain('Added to this referral');
    expect(children.body).not.toContain('Find them on the register');

    await answerAbout(agent, referralId, 'lifelong_links');

    // Without consent: refused, with the reasons.
    const check = await agent.get(`/referrals/${referralId}/check`);
    expect(check.statusCode).toBe(200);
    expect(check.body).toContain('Before you can submit');
    const refused = await agent.post(`/referrals/${referralId}/check`);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toContain('Record Ava’s own agreement');
    expect(refused.body).toContain(
      'Record consent from someone with parental responsibility for Ava',
    );
    expect((await referralRow(context.ownerDb.db, referralId)).status).toBe('draft');

    expect((await recordYoungPersonConsent(agent, referralId, ava)).statusCode).toBe(303);
    expect((await recordParentalConsent(agent, referralId, [ava])).statusCode).toBe(303);
    const consentPage = await agent.get(`/referrals/${referralId}/consent`);
    expect(consentPage.body).toContain('Ava’s own agreement');
    expect(consentPage.body).toContain('Dana Example (Mother) for Ava');
    expect(consentPage.body).toContain('Not to be shared');

    const submitted = await agent.post(`/referrals/${referralId}/check`);
    expect(submitted.statusCode).toBe(303);
    expect(submitted.headers.location).toBe(`/referrals/${referralId}/submitted`);
    const confirmation = await agent.get(`/referrals/${referralId}/submitted`);
    expect(confirmation.body).toContain('Referral submitted');
    expect(confirmation.body).toContain(draft.reference);
    expect(confirmation.body).toContain('What happens next');

    const row = await referralRow(context.ownerDb.db, referralId);
    expect(row.status).toBe('submitted');
    expect(row.submitted_at).not.toBeNull();

    // Once submitted, the referrer sees its summary and can no longer change it.
    const summary = await agent.get(`/referrals/${referralId}`);
    expect(summary.body).toContain('Submitted');
    const edit = await agent.post(`/referrals/${referralId}/about/reason`, {
      reason: 'x',
      hopes: 'y',
    });
    expect(edit.statusCode).toBe(303);
    expect(edit.headers.location).toBe(`/referrals/${referralId}`);
    expect((await referralRow(context.ownerDb.db, referralId)).reason).not.toBe('x');

    const actions = await auditActions(context.ownerDb.db, council.id, referralId);
    expect(actions).toEqual(
      expect.arrayContaining([
        'referral.created',
        'referral.viewed',
        'referral.child_added',
        'referral.updated',
        'referral.consent_recorded',
        'referral.submitted',
      ]),
    );
    expect(actions.indexOf('referral.submitted')).toBeGreaterThan(
      actions.indexOf('referral.consent_recorded'),
    );
  });

  it('keeps a draft through sign-out, to be resumed from the referrer’s list', async () => {
    const { context, socialWorker } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'lifelong_links');
    const later = await agent.post(`/referrals/${referralId}/about/reason`, {
      action: 'later',
      reason: 'Half an answer',
    });
    expect(later.headers.location).toBe(`/referrals/${referralId}`);
    await agent.post('/sign-out');

    const again = await signedIn(context, socialWorker);
    const list = await again.get('/referrals');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Continue this draft');
    expect(list.body).toContain(`/referrals/${referralId}`);
    // Drafts come first.
    const reference = (await referralRow(context.ownerDb.db, referralId)).reference;
    expect(list.body.indexOf(reference)).toBeLessThan(list.body.indexOf('Submitted'));

    const page = await again.get(`/referrals/${referralId}/about/reason`);
    expect(page.body).toContain('Half an answer');
    const taskList = await again.get(`/referrals/${referralId}`);
    expect(taskList.body).toContain('In progress');
  });

  it('asks for the answers a page needs, keeps what was typed and saves nothing', async () => {
    const { context, socialWorker } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'lifelong_links');
    const response = await agent.post(`/referrals/${referralId}/about/reason`, {
      reason: 'Kept answer',
      hopes: '  ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Say what you hope the referral will achieve');
    expect(response.body).toContain('Kept answer');
    expect((await referralRow(context.ownerDb.db, referralId)).reason).toBeNull();

    const kind = await agent.post('/referrals/new', {});
    expect(kind.statusCode).toBe(400);
    expect(kind.body).toContain('Select the kind of referral');
  });

  it('numbers referrals one after another, even when started at the same moment', async () => {
    const { context, socialWorker } = setup;
    const agent = await signedIn(context, socialWorker);
    const ids = await Promise.all(
      Array.from({ length: 6 }, () => startReferral(agent, 'fgc', 'early_help')),
    );
    const references = await context.ownerDb.db
      .selectFrom('referrals')
      .select('reference')
      .where('id', 'in', ids)
      .execute();
    const numbers = references.map((row) => Number(row.reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    expect(references.every((row) => /^FGC-\d{4}-\d{4}$/.test(row.reference))).toBe(true);
  });

  it('finds the referrer’s referrals by child name or reference', async () => {
    const { context, socialWorker } = setup;
    const agent = await signedIn(context, socialWorker);
    const byName = await agent.get('/referrals?q=lindqvist');
    expect(byName.statusCode).toBe(200);
    expect(byName.body).toContain('Ava Lindqvist');
    expect(byName.body).not.toContain('FGC-');
    const none = await agent.get('/referrals?q=nobody-called-this');
    expect(none.body).toContain('None of your referrals match');
  });
});
