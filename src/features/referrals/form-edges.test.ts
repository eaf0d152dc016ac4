import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../domain/dates.ts';
import {
  answerAbout,
  createReferrerCouncilWithAva,
  dateFields,
  type ReferrerCouncilWithAva,
  recordParentalConsent,
  recordYoungPersonConsent,
  referralIdFrom,
  referralRow,
  signedIn,
  startReferral,
} from './referral-test-support.ts';

let setup: ReferrerCouncilWithAva;

beforeAll(async () => {
  setup = await createReferrerCouncilWithAva('Edgeshire Council');
});
afterAll(() => setup.context.close());

/** The links of the GOV.UK error summary, in the order the page lists them. */
function summaryLinks(body: string): string[] {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(body)?.[0] ?? '';
  return [...summary.matchAll(/href="(#[^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('the referral form', () => {
  it('asks the name of the personal adviser or carer the referral is from', async () => {
    const { context, socialWorker } = setup;
    const agent = await signedIn(context, socialWorker);
    const noName = await agent.post('/referrals/new/referrer', {
      kind: 'lifelong_links',
      referrerRole: 'personal_adviser',
    });
    expect(noName.statusCode).toBe(400);
    expect(noName.body).toContain('Enter the personal adviser’s name');
    expect(summaryLinks(noName.body)).toEqual(['#adviserName']);

    const referralId = referralIdFrom(
      await agent.post('/referrals/new/referrer', {
        kind: 'lifelong_links',
        referrerRole: 'carer',
        carerName: 'Morgan Foster',
      }),
    );
    const row = await referralRow(context.ownerDb.db, referralId);
    expect(row.referrer_role).toBe('carer');
    expect(row.referrer_on_behalf_of).toBe('Morgan Foster');
    const change = await agent.get(`/referrals/${referralId}/referrer`);
    expect(change.body).toContain('value="Morgan Foster"');
  });

  it('says so when Continue is pressed with no young person added, and adds a looked-after child', async () => {
    const { context, socialWorker } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'lifelong_links');
    const empty = await agent.post(`/referrals/${referralId}/children`, { action: 'continue' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Add the young person before you continue');
    expect(summaryLinks(empty.body)).toEqual(['#q']);

    const added = await agent.post(`/referrals/${referralId}/children/new`, {
      firstName: 'Noor',
      lastName: 'Baptiste',
      ...dateFields('dateOfBirth', '2011-02-02'),
      lookedAfter: 'yes',
    });
    expect(added.statusCode).toBe(303);
    const child = await context.ownerDb.db
      .selectFrom('children')
      .select('looked_after')
      .where('organisation_id', '=', socialWorker.organisationId)
      .where('first_name', '=', 'Noor')
      .executeTakeFirstOrThrow();
    expect(child.looked_after).toBe(true);
    const next = await agent.post(`/referrals/${referralId}/children`, { action: 'continue' });
    expect(next.headers.location).toBe(`/referrals/${referralId}`);
  });

  it('refuses text longer than its character count allows, keeping what was typed', async () => {
    const { context, socialWorker } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'lifelong_links');
    const page = await agent.get(`/referrals/${referralId}/about/reason`);
    expect(page.body).toContain('data-module="govuk-character-count"');
    expect(page.body).toContain('data-maxlength="5000"');
    const tooLong = await agent.post(`/referrals/${referralId}/about/reason`, {
      reason: 'x'.repeat(5001),
      hopes: 'A network for life.',
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('The reason must be 5000 characters or fewer');
    expect(tooLong.body).toContain('x'.repeat(5001));
    expect((await referralRow(context.ownerDb.db, referralId)).reason).toBeNull();
  });

  it('lists the errors of a consent form in the order of its fields', async () => {
    const { context, socialWorker, ava } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'lifelong_links');
    await agent.post(`/referrals/${referralId}/children`, { childId: ava });
    const parental = await agent.get(`/referrals/${referralId}/consent/parental-responsibility`);
    // Which child it is about comes before the questions.
    expect(parental.body.indexOf('Child: <strong>Ava Lindqvist</strong>')).toBeLessThan(
      parental.body.indexOf('id="giverName"'),
    );
    expect(parental.body).toContain('Tick the box only if they said yes to this.');

    // The young person's words come last on the page; zod reported them before the date.
    const refused = await agent.post(`/referrals/${referralId}/consent/young-person`, {
      childId: ava,
      ownWords: 'y'.repeat(2001),
      method: 'in_person',
      scope: 'search',
    });
    expect(refused.statusCode).toBe(400);
    expect(summaryLinks(refused.body)).toEqual(['#givenOn-day', '#ownWords']);
  });

  it('offers to change the young person’s agreement once it is recorded, and says when it is ready to submit', async () => {
    const { context, socialWorker, ava } = setup;
    const agent = await signedIn(context, socialWorker);
    const referralId = await startReferral(agent, 'lifelong_links');
    await agent.post(`/referrals/${referralId}/children`, { childId: ava });
    await answerAbout(agent, referralId, 'lifelong_links');
    expect((await agent.get(`/referrals/${referralId}/consent`)).body).toContain(
      'Add the young person’s agreement',
    );
    await recordYoungPersonConsent(agent, referralId, ava, todayInLondon());
    await recordParentalConsent(agent, referralId, [ava], todayInLondon());

    const consent = await agent.get(`/referrals/${referralId}/consent`);
    expect(consent.body).not.toContain('Add the young person’s agreement');
    const agreement = await context.ownerDb.db
      .selectFrom('consents')
      .select('id')
      .where('referral_id', '=', referralId)
      .where('giver', '=', 'young_person')
      .executeTakeFirstOrThrow();
    const changeHref = `/referrals/${referralId}/consent/young-person?change=${agreement.id}`;
    expect(consent.body).toContain(`href="${changeHref.replace('&', '&amp;')}"`);
    const form = await agent.get(changeHref);
    expect(form.body).toContain('Yes, I want to find my nan.');
    const changed = await agent.post(`/referrals/${referralId}/consent/young-person`, {
      replaces: agreement.id,
      childId: ava,
      ...dateFields('givenOn', todayInLondon()),
      method: 'video',
      ownWords: 'Yes. Find my nan and my cousins.',
      scope: ['search', 'contact'],
    });
    expect(changed.statusCode).toBe(303);
    const agreements = await context.ownerDb.db
      .selectFrom('consents')
      .select(['own_words', 'method'])
      .where('referral_id', '=', referralId)
      .where('giver', '=', 'young_person')
      .execute();
    expect(agreements).toEqual([
      { own_words: 'Yes. Find my nan and my cousins.', method: 'video' },
    ]);

    const taskList = await agent.get(`/referrals/${referralId}`);
    expect(taskList.body).toContain('Ready to submit');
    expect(taskList.body).not.toContain('Not started');
  });
});
