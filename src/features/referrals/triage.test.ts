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
  setup = await createReferralTeam('Triageshire Council');
});
afterAll(() => setup.context.close());

describe('the team inbox', () => {
  it('takes a referral from the inbox to a matched coordinator and an open journey', async () => {
    const { context, council, socialWorker, manager, coordinator, submittedFor } = setup;
    const referralId = await submittedFor('Zofia');
    const agent = await signedIn(context, manager);

    const inbox = await agent.get('/inbox');
    expect(inbox.statusCode).toBe(200);
    expect(inbox.body).toContain('Zofia Okonkwo');
    expect(inbox.body).toContain('Sam Social');
    expect(inbox.body).toContain('0 days');
    const filtered = await agent.get('/inbox?kind=fgc&status=waiting');
    expect(filtered.body).not.toContain('Zofia Okonkwo');

    const page = await agent.get(`/referrals/${referralId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Team manager’s record');
    expect(page.body).toContain('Record the initial discussion');

    // Accepting before the discussion and criteria is refused, with the reasons.
    const early = await agent.post(`/referrals/${referralId}/decision`, { decision: 'accept' });
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain(
      'Record the initial discussion with the referrer before accepting',
    );
    expect(early.body).toContain('Check the referral against the criteria before accepting');

    const badDate = await agent.post(`/referrals/${referralId}/discussion`, {
      ...dateFields('discussedOn', '2999-01-01'),
      notes: 'Spoke by phone',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('The date of the discussion must be today or in the past');
    expect((await referralRow(context.ownerDb.db, referralId)).initial_discussion_on).toBeNull();

    // The discussion is about this referral: it cannot be dated before the referral was started.
    const yearsBefore = await agent.post(`/referrals/${referralId}/discussion`, {
      ...dateFields('discussedOn', '2019-03-04'),
      notes: 'Spoke by phone',
    });
    expect(yearsBefore.statusCode).toBe(400);
    expect(yearsBefore.body).toContain(
      'The date of the discussion must be on or after the day the referral was started',
    );
    expect(yearsBefore.body).toContain('href="#discussedOn-day"');
    expect(yearsBefore.body).toContain('Spoke by phone');
    expect((await referralRow(context.ownerDb.db, referralId)).initial_discussion_on).toBeNull();

    const discussed = await agent.post(`/referrals/${referralId}/discussion`, {
      ...dateFields('discussedOn', todayInLondon()),
      notes: 'Spoke by phone about Zofia’s wishes.',
    });
    expect(discussed.headers.location).toBe(`/referrals/${referralId}?notice=discussion-recorded`);
    const afterDiscussion = await agent.get(String(discussed.headers.location));
    expect(afterDiscussion.body).toContain('govuk-notification-banner--success');
    expect(afterDiscussion.body).toContain(
      'The initial discussion with the referrer has been recorded.',
    );
    const criteriaPage = await agent.get(`/referrals/${referralId}/criteria`);
    expect(criteriaPage.body).toContain('foster or residential placement');
    const criteria = await agent.post(`/referrals/${referralId}/criteria`, { criteriaMet: 'yes' });
    expect(criteria.headers.location).toBe(`/referrals/${referralId}?notice=criteria-checked`);
    expect((await agent.get(String(criteria.headers.location))).body).toContain(
      'The check against the criteria has been recorded.',
    );

    const accepted = await agent.post(`/referrals/${referralId}/decision`, { decision: 'accept' });
    expect(accepted.headers.location).toBe(`/referrals/${referralId}/match?notice=accepted`);
    expect((await referralRow(context.ownerDb.db, referralId)).status).toBe('accepted');

    const match = await agent.get(String(accepted.headers.location));
    expect(match.statusCode).toBe(200);
    expect(match.body).toContain('The referral has been accepted. Now match a coordinator.');
    expect(match.body).toContain('Cara Coordinator');
    expect(match.body).toContain('Speaks Polish');
    expect(match.body).toContain('0 active journeys');

    const matched = await agent.post(`/referrals/${referralId}/match`, {
      coordinatorId: coordinator.id,
      hasConflict: 'no',
    });
    expect(matched.statusCode).toBe(303);
    const journey = await context.ownerDb.db
      .selectFrom('journeys')
      .selectAll()
      .where('referral_id', '=', referralId)
      .executeTakeFirstOrThrow();
    expect(matched.headers.location).toBe(`/journeys/${journey.id}?notice=matched`);
    expect((await agent.get(String(matched.headers.location))).body).toContain(
      'The coordinator has been matched and the journey has started.',
    );
    expect(journey.stage).toBe(2);
    expect(journey.coordinator_id).toBe(coordinator.id);
    const row = await referralRow(context.ownerDb.db, referralId);
    expect(row.coordinator_id).toBe(coordinator.id);
    expect(row.matched_by).toBe(manager.id);
    expect(row.matched_at).not.toBeNull();
    const declarations = await context.ownerDb.db
      .selectFrom('conflict_declarations')
      .select(['coordinator_id', 'has_conflict'])
      .where('referral_id', '=', referralId)
      .execute();
    expect(declarations).toEqual([{ coordinator_id: coordinator.id, has_conflict: false }]);

    // The matched coordinator may now see the referral; the caseload counts the journey.
    const coordinatorAgent = await signedIn(context, coordinator);
    expect((await coordinatorAgent.get(`/referrals/${referralId}`)).statusCode).toBe(200);
    const referrer = await signedIn(context, socialWorker);
    const list = await referrer.get('/referrals');
    expect(list.body).toContain(`/journeys/${journey.id}`);
    expect(list.body).toContain('Coordinator matched');

    const actions = await auditActions(context.ownerDb.db, council.id, referralId);
    expect(actions).toEqual(
      expect.arrayContaining([
        'referral.discussion_recorded',
        'referral.criteria_checked',
        'referral.accepted',
        'referral.conflict_declared',
        'referral.matched',
      ]),
    );
    const opened = await context.ownerDb.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', journey.id)
      .execute();
    expect(opened.map((event) => event.action)).toContain('journey.opened');

    const nextMatch = await submittedFor('Piotr');
    await agent.post(`/referrals/${nextMatch}/discussion`, {
      ...dateFields('discussedOn', todayInLondon()),
      notes: 'Notes',
    });
    await agent.post(`/referrals/${nextMatch}/criteria`, { criteriaMet: 'yes' });
    await agent.post(`/referrals/${nextMatch}/decision`, { decision: 'accept' });
    expect((await agent.get(`/referrals/${nextMatch}/match`)).body).toContain('1 active journey');
    // The whole of triage, two referrals and four people: more requests than one usual test.
  }, 60_000);

  it('declines with a reason that the referrer sees', async () => {
    const { context, council, socialWorker, manager, submittedFor } = setup;
    const referralId = await submittedFor('Lena');
    const agent = await signedIn(context, manager);
    const noReason = await agent.post(`/referrals/${referralId}/decision`, { decision: 'decline' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Give the reason for declining');
    expect((await referralRow(context.ownerDb.db, referralId)).status).toBe('submitted');

    const declined = await agent.post(`/referrals/${referralId}/decision`, {
      decision: 'decline',
      declineReason: 'Lena is returning home next month; an FGC would suit better.',
    });
    expect(declined.headers.location).toBe(`/referrals/${referralId}?notice=declined`);
    expect((await agent.get(String(declined.headers.location))).body).toContain(
      'The referral has been declined. The referrer can see the reason.',
    );
    const row = await referralRow(context.ownerDb.db, referralId);
    expect(row.status).toBe('declined');
    expect(row.decided_by).toBe(manager.id);

    const twice = await agent.post(`/referrals/${referralId}/decision`, { decision: 'accept' });
    expect(twice.statusCode).toBe(303);
    expect((await referralRow(context.ownerDb.db, referralId)).status).toBe('declined');

    const referrer = await signedIn(context, socialWorker);
    const list = await referrer.get('/referrals');
    expect(list.body).toContain('Declined');
    expect(list.body).toContain('Lena is returning home next month; an FGC would suit better.');
    const page = await referrer.get(`/referrals/${referralId}`);
    expect(page.body).toContain('Why it was declined');
    expect(page.body).toContain('Lena is returning home next month');
    expect(page.body).not.toContain('Team manager’s record');

    const declinedInbox = await agent.get('/inbox?status=declined');
    expect(declinedInbox.body).toContain('Lena Okonkwo');
    expect(await auditActions(context.ownerDb.db, council.id, referralId)).toContain(
      'referral.declined',
    );
  });
});
