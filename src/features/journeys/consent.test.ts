import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  dateFields,
  eventKinds,
  journeyAuditActions,
  journeyRow,
  signedIn,
} from './journeys-test-support.ts';

let setup: CastApp;
const today = todayInLondon();

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

async function consentsOf(referralId: string) {
  return setup.context.ownerDb.db
    .selectFrom('consents')
    .select(['giver', 'withdrawn_on', 'withdrawn_reason'])
    .where('referral_id', '=', referralId)
    .execute();
}

/** The key the consent forms send for a person: the id of the first consent they gave. */
async function keyOf(referralId: string, giver: 'young_person' | 'parental_responsibility') {
  const row = await setup.context.ownerDb.db
    .selectFrom('consents')
    .select('id')
    .where('referral_id', '=', referralId)
    .where('giver', '=', giver)
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('withdrawal of consent', () => {
  it('records the young person’s withdrawal and pauses the journey, in one go', async () => {
    const { context, cast } = setup;
    const { journeyId, referralId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const form = await coordinator.get(`/journeys/${journeyId}/consent/withdraw`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Who withdrew their consent?');
    // Each person is named: nobody has to guess which parent.
    expect(form.body).toContain('Jordan Rivers, the young person');
    expect(form.body).toContain('Robin Rivers (Mother), for Jordan Rivers');

    const response = await coordinator.post(`/journeys/${journeyId}/consent/withdraw`, {
      giver: await keyOf(referralId, 'young_person'),
      ...dateFields('withdrawnOn', today),
      reason: 'Jordan said it is too much right now',
      outcome: 'pause',
    });
    expect(response.statusCode).toBe(303);
    expect((await journeyRow(context.ownerDb.db, journeyId)).status).toBe('paused');
    const consents = await consentsOf(referralId);
    expect(consents.find((c) => c.giver === 'young_person')?.withdrawn_on).toBe(today);
    expect(consents.find((c) => c.giver === 'parental_responsibility')?.withdrawn_on).toBeNull();
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual([
      'opened',
      'consent_withdrawn',
      'paused',
    ]);
    expect(await journeyAuditActions(context.ownerDb.db, journeyId)).toEqual(
      expect.arrayContaining(['consent.withdrawn', 'journey.paused']),
    );

    const casePage = await coordinator.get(`/journeys/${journeyId}`);
    expect(casePage.body).toContain('The young person withdrew their consent');
    // What is due next leads to the page that records consent given again.
    expect(casePage.body).toContain(
      `<a class="govuk-link" href="/journeys/${journeyId}/consent/reconfirm">Record that consent has been given again`,
    );

    // It resumes only once consent has been given again.
    const resume = await coordinator.post(`/journeys/${journeyId}/resume`, { reason: 'Ready' });
    expect(resume.statusCode).toBe(400);
    expect(resume.body).toContain('Consent was withdrawn.');
    const noScope = await coordinator.post(`/journeys/${journeyId}/consent/reconfirm`, {
      ...dateFields('reconfirmedOn', today),
      giver: await keyOf(referralId, 'young_person'),
      method: 'in_person',
    });
    expect(noScope.statusCode).toBe(400);
    expect(noScope.body).toContain('Select what they agreed to');
    const reconfirmed = await coordinator.post(`/journeys/${journeyId}/consent/reconfirm`, {
      ...dateFields('reconfirmedOn', today),
      giver: await keyOf(referralId, 'young_person'),
      scope: ['search', 'contact'],
      method: 'in_person',
    });
    expect(reconfirmed.statusCode).toBe(303);
    const given = await setup.context.ownerDb.db
      .selectFrom('consents')
      .select(['withdrawn_on', 'reconfirmed_on', 'scope_search', 'scope_contact', 'scope_share'])
      .where('referral_id', '=', referralId)
      .where('giver', '=', 'young_person')
      .executeTakeFirstOrThrow();
    expect(given).toEqual({
      withdrawn_on: null,
      reconfirmed_on: today,
      scope_search: true,
      scope_contact: true,
      scope_share: false,
    });
    const afterwards = await coordinator.get(`/journeys/${journeyId}`);
    expect(afterwards.body).toContain('Given again');
    expect(afterwards.body).not.toContain('>Withdrawn ');
    const resumed = await coordinator.post(`/journeys/${journeyId}/resume`, { reason: 'Ready' });
    expect(resumed.statusCode).toBe(303);
  });

  it('records a parent’s withdrawal and ends the journey', async () => {
    const { context, cast } = setup;
    const { journeyId, referralId } = await arrangeJourney(context.ownerDb.db, cast);
    const manager = await signedIn(context.app, cast.manager);
    const response = await manager.post(`/journeys/${journeyId}/consent/withdraw`, {
      giver: await keyOf(referralId, 'parental_responsibility'),
      ...dateFields('withdrawnOn', today),
      reason: 'Mother no longer agrees to the search',
      outcome: 'end',
    });
    expect(response.statusCode).toBe(303);
    expect((await journeyRow(context.ownerDb.db, journeyId)).status).toBe('ended');
    const parent = (await consentsOf(referralId)).find(
      (c) => c.giver === 'parental_responsibility',
    );
    expect(parent?.withdrawn_on).toBe(today);
    expect(parent?.withdrawn_reason).toBe('Mother no longer agrees to the search');
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual([
      'opened',
      'consent_withdrawn',
      'ended',
    ]);
  });

  it('refuses a withdrawal with missing answers, a future date, or nothing to withdraw', async () => {
    const { context, cast } = setup;
    const { journeyId, referralId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const empty = await coordinator.post(`/journeys/${journeyId}/consent/withdraw`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Select who withdrew their consent');
    expect(empty.body).toContain('Enter the date consent was withdrawn');
    expect(empty.body).toContain('Select whether to pause or end the journey');

    const youngPerson = await keyOf(referralId, 'young_person');
    const future = await coordinator.post(`/journeys/${journeyId}/consent/withdraw`, {
      giver: youngPerson,
      ...dateFields('withdrawnOn', addDays(today, 2)),
      reason: 'Later',
      outcome: 'pause',
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('The date consent was withdrawn must be today or in the past');
    expect(future.body).toContain('>Later</textarea>');

    await context.ownerDb.db
      .updateTable('consents')
      .set({ withdrawn_on: today, withdrawn_reason: 'earlier' })
      .where('referral_id', '=', referralId)
      .where('giver', '=', 'young_person')
      .execute();
    const nothing = await coordinator.post(`/journeys/${journeyId}/consent/withdraw`, {
      giver: youngPerson,
      ...dateFields('withdrawnOn', today),
      reason: 'Again',
      outcome: 'pause',
    });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.body).toContain('Select a person whose consent has not been withdrawn already');
    expect((await journeyRow(context.ownerDb.db, journeyId)).status).toBe('active');
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual(['opened']);
  });
});

describe('consent reconfirmation', () => {
  it('records a reconfirmation and sets the next due date 90 days on by default', async () => {
    const { context, cast } = setup;
    const { journeyId, referralId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const form = await coordinator.get(`/journeys/${journeyId}/consent/reconfirm`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('What did they agree to?');
    // The next date is filled in, and the hint says so, rather than "leave it empty".
    expect(form.body).not.toContain('Leave it empty');
    const reconfirmedOn = addDays(today, -3);
    const response = await coordinator.post(`/journeys/${journeyId}/consent/reconfirm`, {
      ...dateFields('reconfirmedOn', reconfirmedOn),
      giver: await keyOf(referralId, 'young_person'),
      scope: 'search',
      method: 'video',
      notes: 'Jordan is happy to carry on',
      'nextDueOn-day': '',
      'nextDueOn-month': '',
      'nextDueOn-year': '',
    });
    expect(response.statusCode).toBe(303);
    expect((await journeyRow(context.ownerDb.db, journeyId)).consent_reconfirmation_due).toBe(
      addDays(reconfirmedOn, 90),
    );
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual([
      'opened',
      'consent_reconfirmed',
    ]);
    expect(await journeyAuditActions(context.ownerDb.db, journeyId)).toContain(
      'consent.reconfirmed',
    );
    const casePage = await coordinator.get(`/journeys/${journeyId}`);
    expect(casePage.body).toContain('Consent reconfirmed by the young person');
    expect(casePage.body).toContain('Jordan is happy to carry on');
  });

  it('takes the next due date the coordinator chose, and names the parent', async () => {
    const { context, cast } = setup;
    const { journeyId, referralId } = await arrangeJourney(context.ownerDb.db, cast);
    const coordinator = await signedIn(context.app, cast.coordinator);
    const nextDue = addDays(today, 30);
    const response = await coordinator.post(`/journeys/${journeyId}/consent/reconfirm`, {
      ...dateFields('reconfirmedOn', today),
      giver: await keyOf(referralId, 'parental_responsibility'),
      scope: ['search', 'contact', 'share'],
      method: 'phone',
      ...dateFields('nextDueOn', nextDue),
    });
    expect(response.statusCode).toBe(303);
    expect((await journeyRow(context.ownerDb.db, journeyId)).consent_reconfirmation_due).toBe(
      nextDue,
    );
    const row = await context.ownerDb.db
      .selectFrom('consent_reconfirmations')
      .selectAll()
      .where('journey_id', '=', journeyId)
      .executeTakeFirstOrThrow();
    expect(row.giver_name).toBe('Robin Rivers');
    expect(row.next_due_on).toBe(nextDue);
  });

  it('refuses a future date, a missing person and a next date before this one', async () => {
    const { context, cast } = setup;
    const { journeyId } = await arrangeJourney(context.ownerDb.db, cast);
    const before = (await journeyRow(context.ownerDb.db, journeyId)).consent_reconfirmation_due;
    const coordinator = await signedIn(context.app, cast.coordinator);
    const response = await coordinator.post(`/journeys/${journeyId}/consent/reconfirm`, {
      ...dateFields('reconfirmedOn', addDays(today, 1)),
      scope: 'search',
      method: 'phone',
      ...dateFields('nextDueOn', addDays(today, -10)),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(
      'The date consent was reconfirmed must be today or in the past',
    );
    expect(response.body).toContain('Select who gave their consent');
    expect(response.body).toContain(
      'The next reconfirmation must be due after the date consent was reconfirmed',
    );
    const invalid = await coordinator.post(`/journeys/${journeyId}/consent/reconfirm`, {
      'reconfirmedOn-day': '31',
      'reconfirmedOn-month': '2',
      'reconfirmedOn-year': '2026',
      giver: 'not-a-person',
      scope: 'search',
      method: 'phone',
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('The date consent was reconfirmed must be a real date');
    expect((await journeyRow(context.ownerDb.db, journeyId)).consent_reconfirmation_due).toBe(
      before,
    );
    expect(await eventKinds(context.ownerDb.db, journeyId)).toEqual(['opened']);
  });
});
