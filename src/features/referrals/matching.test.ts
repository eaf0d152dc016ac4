import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../domain/dates.ts';
import {
  createReferralTeam,
  dateFields,
  type ReferralTeam,
  referralRow,
  signedIn,
} from './referral-test-support.ts';

let setup: ReferralTeam;

beforeAll(async () => {
  setup = await createReferralTeam('Matchshire Council');
});
afterAll(() => setup.context.close());

describe('matching a coordinator', () => {
  it('records a declared conflict and refuses to match that coordinator', async () => {
    const { context, manager, coordinator, conflicted, submittedFor } = setup;
    const referralId = await submittedFor('Maja');
    const agent = await signedIn(context, manager);
    await agent.post(`/referrals/${referralId}/discussion`, {
      ...dateFields('discussedOn', todayInLondon()),
      notes: 'Notes',
    });
    await agent.post(`/referrals/${referralId}/criteria`, { criteriaMet: 'yes' });
    await agent.post(`/referrals/${referralId}/decision`, { decision: 'accept' });

    const noDetails = await agent.post(`/referrals/${referralId}/match`, {
      coordinatorId: conflicted.id,
      hasConflict: 'yes',
    });
    expect(noDetails.statusCode).toBe(400);
    expect(noDetails.body).toContain('Give details of the coordinator’s other role');

    const refused = await agent.post(`/referrals/${referralId}/match`, {
      coordinatorId: conflicted.id,
      hasConflict: 'yes',
      conflictDetails: 'Was the family’s support worker last year.',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Conor Conflicted has declared another professional role');
    expect(refused.body).toContain('Declared a conflict');

    // Saying "no" now does not undo the declaration.
    const again = await agent.post(`/referrals/${referralId}/match`, {
      coordinatorId: conflicted.id,
      hasConflict: 'no',
    });
    expect(again.statusCode).toBe(400);

    const row = await referralRow(context.ownerDb.db, referralId);
    expect(row.coordinator_id).toBeNull();
    const journeys = await context.ownerDb.db
      .selectFrom('journeys')
      .select('id')
      .where('referral_id', '=', referralId)
      .execute();
    expect(journeys).toEqual([]);
    const declarations = await context.ownerDb.db
      .selectFrom('conflict_declarations')
      .select(['has_conflict', 'details'])
      .where('referral_id', '=', referralId)
      .orderBy('declared_at')
      .execute();
    expect(declarations).toEqual([
      { has_conflict: true, details: 'Was the family’s support worker last year.' },
      { has_conflict: false, details: null },
    ]);

    const other = await agent.post(`/referrals/${referralId}/match`, {
      coordinatorId: coordinator.id,
      hasConflict: 'no',
    });
    expect(other.statusCode).toBe(303);
  });
});
