import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../../tests/support/factories.ts';
import {
  addChild,
  answerAbout,
  auditActions,
  createReferrerCouncil,
  dateFields,
  type ReferrerCouncil,
  recordParentalConsent,
  recordYoungPersonConsent,
  referralRow,
  signedIn,
  startReferral,
} from './referral-test-support.ts';

/** The referrer's council, its team manager and two siblings on its register. */
let setup: ReferrerCouncil & { manager: TestUser; older: string; younger: string };

beforeAll(async () => {
  const referrerCouncil = await createReferrerCouncil('Familyshire Council');
  const { context, council } = referrerCouncil;
  setup = {
    ...referrerCouncil,
    manager: await createUser(context.ownerDb.db, council, ['team_manager']),
    older: await addChild(context.ownerDb.db, council, {
      firstName: 'Kai',
      lastName: 'Brennan',
      dateOfBirth: '2013-03-01',
    }),
    younger: await addChild(context.ownerDb.db, council, {
      firstName: 'Isla',
      lastName: 'Brennan',
      dateOfBirth: '2021-07-15',
    }),
  };
});
afterAll(() => setup.context.close());

describe('a Family Group Conference referral for two siblings', () => {
  it('needs parental consent for each child, and the older child’s own agreement', async () => {
    const { context, socialWorker, older, younger } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'fgc');
    expect((await referralRow(context.ownerDb.db, referralId)).reference).toMatch(/^FGC-/);
    await agent.post(`/referrals/${referralId}/children`, { childId: older });
    await agent.post(`/referrals/${referralId}/children`, { childId: younger });
    const children = await agent.get(`/referrals/${referralId}/children`);
    expect(children.body).toContain('Kai Brennan');
    expect(children.body).toContain('Isla Brennan');
    expect(children.body).toContain('Add another child');

    const missingBottomLines = await agent.post(`/referrals/${referralId}/about/reason`, {
      reason: 'Concerns about neglect.',
      hopes: 'A family plan.',
    });
    expect(missingBottomLines.statusCode).toBe(400);
    expect(missingBottomLines.body).toContain('Give the bottom lines');
    await answerAbout(agent, referralId, 'fgc');

    await recordYoungPersonConsent(agent, referralId, older);
    // Parental consent for one sibling only.
    expect((await recordParentalConsent(agent, referralId, [older])).statusCode).toBe(303);
    const refused = await agent.post(`/referrals/${referralId}/check`);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      'Record consent from someone with parental responsibility for Isla',
    );
    expect(refused.body).not.toContain('Isla’s own agreement');

    const form = await agent.get(`/referrals/${referralId}/consent/parental-responsibility`);
    expect(form.body).toContain('Which children do they have parental responsibility for?');
    const noChild = await agent.post(`/referrals/${referralId}/consent/parental-responsibility`, {
      giverName: 'Rory Brennan',
      relationship: 'Father',
      ...dateFields('givenOn', '2026-01-12'),
      method: 'letter',
      scope: 'search',
    });
    expect(noChild.statusCode).toBe(400);
    expect(noChild.body).toContain('Select which children this consent is for');

    // One person's consent recorded for both children at once: one consent each.
    const both = await agent.post(`/referrals/${referralId}/consent/parental-responsibility`, {
      childIds: [older, younger],
      giverName: 'Rory Brennan',
      relationship: 'Father',
      ...dateFields('givenOn', '2026-01-12'),
      method: 'letter',
      scope: 'search',
    });
    expect(both.statusCode).toBe(303);
    const submitted = await agent.post(`/referrals/${referralId}/check`);
    expect(submitted.statusCode).toBe(303);
    const parental = await context.ownerDb.db
      .selectFrom('consents')
      .select('child_id')
      .where('referral_id', '=', referralId)
      .where('giver_name', '=', 'Rory Brennan')
      .execute();
    expect(parental.map((row) => row.child_id).sort()).toEqual([older, younger].sort());
  });

  it('refuses a parental consent dated before the younger child was born', async () => {
    const { context, socialWorker, older, younger } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'fgc');
    await agent.post(`/referrals/${referralId}/children`, { childId: older });
    await agent.post(`/referrals/${referralId}/children`, { childId: younger });
    const response = await recordParentalConsent(agent, referralId, [older, younger], '2020-01-01');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('must be on or after the child’s date of birth (Isla)');
    const consents = await context.ownerDb.db
      .selectFrom('consents')
      .select('id')
      .where('referral_id', '=', referralId)
      .execute();
    expect(consents).toEqual([]);
  });

  it('logs the pre-proceedings offer, before and after submission', async () => {
    const { context, council, socialWorker, manager, older } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'fgc');
    const taskList = await agent.get(`/referrals/${referralId}`);
    expect(taskList.body).toContain('Pre-proceedings offer');
    expect(taskList.body).toContain('Optional');

    const exemptWithoutReason = await agent.post(`/referrals/${referralId}/pre-proceedings`, {
      bestInterestsExemption: 'yes',
    });
    expect(exemptWithoutReason.statusCode).toBe(400);
    expect(exemptWithoutReason.body).toContain(
      'Give the reason it is not in the child’s best interests',
    );
    expect(exemptWithoutReason.body).toContain('Enter who made the exemption decision');

    const saved = await agent.post(`/referrals/${referralId}/pre-proceedings`, {
      ...dateFields('offeredOn', '2026-01-05'),
      inLetterBeforeProceedings: 'yes',
      offeredTo: 'Both parents',
      response: 'awaiting',
      bestInterestsExemption: 'no',
    });
    expect(saved.statusCode).toBe(303);

    await agent.post(`/referrals/${referralId}/children`, { childId: older });
    await answerAbout(agent, referralId, 'fgc');
    await recordYoungPersonConsent(agent, referralId, older);
    await recordParentalConsent(agent, referralId, [older]);
    expect((await agent.post(`/referrals/${referralId}/check`)).statusCode).toBe(303);

    // After submission the team manager updates it.
    const managerAgent = await signedIn(context, manager);
    const page = await managerAgent.get(`/referrals/${referralId}/pre-proceedings`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Both parents');
    const updated = await managerAgent.post(`/referrals/${referralId}/pre-proceedings`, {
      ...dateFields('offeredOn', '2026-01-05'),
      inLetterBeforeProceedings: 'yes',
      offeredTo: 'Both parents',
      response: 'accepted',
      respondedBy: 'Mother and father',
      ...dateFields('meetingOn', '2026-02-10'),
      bestInterestsExemption: 'no',
    });
    expect(updated.statusCode).toBe(303);
    const offer = await context.ownerDb.db
      .selectFrom('pre_proceedings_offers')
      .selectAll()
      .where('referral_id', '=', referralId)
      .executeTakeFirstOrThrow();
    expect(offer.response).toBe('accepted');
    expect(offer.meeting_on).toBe('2026-02-10');
    expect(offer.in_letter_before_proceedings).toBe(true);

    const summary = await agent.get(`/referrals/${referralId}`);
    expect(summary.body).toContain('Mother and father');

    // Another social worker cannot reach it; a Lifelong Links referral has none.
    const other = await signedIn(
      context,
      await createUser(context.ownerDb.db, council, ['social_worker']),
    );
    expect((await other.get(`/referrals/${referralId}/pre-proceedings`)).statusCode).toBe(404);
    const ll = await startReferral(agent, 'lifelong_links');
    expect((await agent.get(`/referrals/${ll}/pre-proceedings`)).statusCode).toBe(404);

    expect(await auditActions(context.ownerDb.db, council.id, referralId)).toContain(
      'referral.pre_proceedings_saved',
    );
  });
});
