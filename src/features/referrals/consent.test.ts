import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditActions,
  createReferrerCouncilWithAva,
  dateFields,
  type ReferrerCouncilWithAva,
  recordParentalConsent,
  recordYoungPersonConsent,
  signedIn,
  startReferral,
} from './referral-test-support.ts';

let setup: ReferrerCouncilWithAva;

beforeAll(async () => {
  setup = await createReferrerCouncilWithAva('Consentshire Council');
});
afterAll(() => setup.context.close());

describe('consent in a referral', () => {
  it('refuses a consent dated before the child was born or in the future', async () => {
    const { context, socialWorker, ava } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'lifelong_links');
    await agent.post(`/referrals/${referralId}/children`, { childId: ava });

    const beforeBirth = await recordYoungPersonConsent(agent, referralId, ava, '2010-01-01');
    expect(beforeBirth.statusCode).toBe(400);
    expect(beforeBirth.body).toContain(
      'The date consent was given must be on or after the child’s date of birth',
    );
    expect(beforeBirth.body).toContain('href="#givenOn-day"');
    expect(beforeBirth.body).toContain('Yes, I want to find my nan.');

    const future = await recordYoungPersonConsent(agent, referralId, ava, '2999-01-01');
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('must be today or in the past');

    const notADate = await agent.post(`/referrals/${referralId}/consent/young-person`, {
      childId: ava,
      'givenOn-day': '31',
      'givenOn-month': '2',
      'givenOn-year': '2026',
      method: 'phone',
      scope: 'search',
    });
    expect(notADate.statusCode).toBe(400);
    expect(notADate.body).toContain('must be a real date');

    const consents = await context.ownerDb.db
      .selectFrom('consents')
      .select('id')
      .where('referral_id', '=', referralId)
      .execute();
    expect(consents).toEqual([]);
  });

  it('shares nothing about where the young person lives unless that is ticked, and removes a consent', async () => {
    const { context, council, socialWorker, ava } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'lifelong_links');
    await agent.post(`/referrals/${referralId}/children`, { childId: ava });
    const locationWithoutSharing = await agent.post(
      `/referrals/${referralId}/consent/young-person`,
      {
        childId: ava,
        ...dateFields('givenOn', '2026-01-10'),
        method: 'video',
        scope: 'search',
        shareLocation: 'yes',
      },
    );
    expect(locationWithoutSharing.statusCode).toBe(400);
    expect(locationWithoutSharing.body).toContain('can only be shared if they agree to share');

    await agent.post(`/referrals/${referralId}/consent/young-person`, {
      childId: ava,
      ...dateFields('givenOn', '2026-01-10'),
      method: 'video',
      scope: ['search', 'share'],
      shareLocation: 'yes',
      shareOnlyWith: 'Nan only',
    });
    await recordParentalConsent(agent, referralId, [ava]);
    const rows = await context.ownerDb.db
      .selectFrom('consents')
      .selectAll()
      .where('referral_id', '=', referralId)
      .orderBy('created_at')
      .execute();
    expect(rows.map((row) => [row.giver, row.share_location, row.share_only_with])).toEqual([
      ['young_person', true, 'Nan only'],
      ['parental_responsibility', false, null],
    ]);

    const removed = await agent.post(`/referrals/${referralId}/consent/${rows[1]?.id}/remove`);
    expect(removed.statusCode).toBe(303);
    const left = await context.ownerDb.db
      .selectFrom('consents')
      .select('giver')
      .where('referral_id', '=', referralId)
      .execute();
    expect(left).toEqual([{ giver: 'young_person' }]);
    expect(await auditActions(context.ownerDb.db, council.id, referralId)).toContain(
      'referral.consent_removed',
    );
  });
});
