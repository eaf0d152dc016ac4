import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../domain/dates.ts';
import {
  auditActions,
  createReferralTeam,
  dateFields,
  type ReferralTeam,
  referralRow,
  signedIn,
} from './referral-test-support.ts';

let setup: ReferralTeam;

beforeAll(async () => {
  setup = await createReferralTeam('Declareshire Council');
});
afterAll(() => setup.context.close());

/** A submitted referral taken through the discussion and criteria, and accepted. */
async function acceptedReferral(firstName: string) {
  const { context, manager, submittedFor } = setup;
  const referralId = await submittedFor(firstName);
  const agent = await signedIn(context, manager);
  await agent.post(`/referrals/${referralId}/discussion`, {
    ...dateFields('discussedOn', todayInLondon()),
    notes: 'Notes',
  });
  await agent.post(`/referrals/${referralId}/criteria`, { criteriaMet: 'yes' });
  await agent.post(`/referrals/${referralId}/decision`, { decision: 'accept' });
  return { referralId, agent };
}

describe('conflict of interest declarations', () => {
  it('shows who declared what, lets a team manager correct a mistaken “yes” with a reason, and keeps the original', async () => {
    const { context, council, conflicted, socialWorker } = setup;
    const { referralId, agent } = await acceptedReferral('Marta');
    const declared = await agent.post(`/referrals/${referralId}/match`, {
      coordinatorId: conflicted.id,
      hasConflict: 'yes',
      conflictDetails: 'Taught the family’s eldest at school.',
    });
    expect(declared.statusCode).toBe(400);

    // The referral shows the declaration: for whom, what, who recorded it.
    const page = await agent.get(`/referrals/${referralId}`);
    expect(page.body).toContain('Conflict of interest declarations');
    expect(page.body).toContain('Declaration for Conor Conflicted');
    expect(page.body).toContain('Taught the family’s eldest at school.');
    expect(page.body).toContain('Tom Manager, ');
    const original = await context.ownerDb.db
      .selectFrom('conflict_declarations')
      .selectAll()
      .where('referral_id', '=', referralId)
      .executeTakeFirstOrThrow();
    const correctHref = `/referrals/${referralId}/declarations/${original.id}/correct`;
    expect(page.body).toContain(`href="${correctHref}"`);

    // The referrer reads the declaration but cannot correct it.
    const referrer = await signedIn(context, socialWorker);
    const referrerPage = await referrer.get(`/referrals/${referralId}`);
    expect(referrerPage.body).toContain('Declaration for Conor Conflicted');
    expect(referrerPage.body).not.toContain(correctHref);
    expect((await referrer.get(correctHref)).statusCode).toBe(403);

    const form = await agent.get(correctHref);
    expect(form.statusCode).toBe(200);
    const noReason = await agent.post(correctHref, { hasConflict: 'no', reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Give the reason for the correction');

    const corrected = await agent.post(correctHref, {
      hasConflict: 'no',
      reason: 'It was another family of the same name.',
    });
    expect(corrected.headers.location).toBe(
      `/referrals/${referralId}?notice=declaration-corrected`,
    );
    const after = await agent.get(String(corrected.headers.location));
    expect(after.body).toContain('The conflict of interest declaration has been corrected.');
    expect(after.body).toContain('It was another family of the same name.');
    expect(after.body).toContain('Declared before');
    expect(after.body).toContain('Taught the family’s eldest at school.');

    // The original row is untouched; the correction names it.
    const rows = await context.ownerDb.db
      .selectFrom('conflict_declarations')
      .select(['id', 'has_conflict', 'details', 'corrects_id', 'correction_reason'])
      .where('referral_id', '=', referralId)
      .orderBy('declared_at')
      .execute();
    expect(rows).toEqual([
      {
        id: original.id,
        has_conflict: true,
        details: 'Taught the family’s eldest at school.',
        corrects_id: null,
        correction_reason: null,
      },
      {
        id: expect.any(String),
        has_conflict: false,
        details: null,
        corrects_id: original.id,
        correction_reason: 'It was another family of the same name.',
      },
    ]);
    expect(await auditActions(context.ownerDb.db, council.id, referralId)).toContain(
      'referral.conflict_declaration_corrected',
    );
    // A corrected declaration cannot be corrected again: the newest one can.
    expect((await agent.get(correctHref)).headers.location).toBe(`/referrals/${referralId}`);

    // Now the coordinator can be matched, and the journey shows the declarations.
    const matched = await agent.post(`/referrals/${referralId}/match`, {
      coordinatorId: conflicted.id,
      hasConflict: 'no',
    });
    expect(matched.statusCode).toBe(303);
    expect((await referralRow(context.ownerDb.db, referralId)).coordinator_id).toBe(conflicted.id);
    const casePage = await agent.get(String(matched.headers.location));
    expect(casePage.body).toContain('Conflict of interest declarations');
    expect(casePage.body).toContain('It was another family of the same name.');
    // From acceptance to a matched journey: more requests than one usual test.
  }, 60_000);
});
