import { expect, test } from '@playwright/test';
import { pageHeading, signIn, signOut } from './helpers.ts';
import { acceptAndMatch, planTheJourney } from './journey-planning-steps.ts';
import {
  addParentalConsent,
  addYoungPersonsAgreement,
  answerAboutTheReferral,
  checkAndSubmit,
  fillDate,
  londonDate,
  socialWorker,
  startReferral,
  taskStatus,
} from './referral-steps.ts';

/**
 * A referral from start to stage 3, as the three people who make it happen would go through it:
 * the social worker makes it, the team manager accepts it and matches a coordinator, and the
 * coordinator plans the journey and moves it on to discovery. Every step is a real page.
 * Here a Family Group Conference for two children not yet on the register (Poppy and Alfie),
 * whose consents are checked on submitting; Lifelong Links is in referral-lifelong-links.spec.ts.
 */

test.describe('a referral becomes a journey', () => {
  test.setTimeout(120_000);

  test('a Family Group Conference for Poppy and Alfie: consents checked on submitting, then planned', async ({
    page,
  }) => {
    await signIn(page, socialWorker);
    const referralId = await startReferral(page, 'Family Group Conference');

    // Neither child is on the register: search first, then add them.
    await page.getByRole('link', { name: 'The children', exact: true }).click();
    await expect(pageHeading(page)).toHaveText('The children');
    // Born in 2015 and 2018 when this was written; kept 10 or 11, and 7 or 8, as years pass.
    const thisYear = Number(londonDate().year);
    const children = [
      { first: 'Poppy', last: 'Marsh', born: { day: '3', month: '4', year: `${thisYear - 11}` } },
      { first: 'Alfie', last: 'Marsh', born: { day: '21', month: '9', year: `${thisYear - 8}` } },
    ];
    for (const child of children) {
      await page.getByLabel('Name or record ID').fill(`${child.first} ${child.last}`);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Search results' })).toBeVisible();
      await page.getByRole('link', { name: 'They are not on the register: add them' }).click();
      await expect(pageHeading(page)).toHaveText('Add a child or young person to the register');
      await page.getByLabel('First name', { exact: true }).fill(child.first);
      await page.getByLabel('Last name', { exact: true }).fill(child.last);
      await fillDate(page, 'Date of birth', child.born);
      await page.getByRole('button', { name: 'Add to the register and to this referral' }).click();
      await expect(pageHeading(page)).toHaveText('The children');
      await expect(page.getByRole('table', { name: 'Added to this referral' })).toContainText(
        `${child.first} ${child.last}`,
      );
    }
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(taskStatus(page, 'The children')).toHaveText('Completed');

    await answerAboutTheReferral(page, {
      reason: 'Poppy and Alfie’s mother is unwell and the family needs a plan for their care.',
      hopes: 'The family agree who will look after the children and how.',
      bottomLines: 'The children are not left in the care of their father without supervision.',
      knownRisks: 'Their father has a history of violence; do not share the children’s address.',
      language: 'English',
      interpreter: 'No',
      advocate: 'Yes',
    });

    // Their mother's consent covers both children.
    await page.getByRole('link', { name: 'Consent', exact: true }).click();
    await addParentalConsent(page, {
      name: 'Dana Marsh',
      relationship: 'Mother',
      children: ['Poppy Marsh', 'Alfie Marsh'],
      how: 'In person',
    });
    await expect(
      page.getByRole('heading', { name: 'Dana Marsh (Mother) for Poppy' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Dana Marsh (Mother) for Alfie' }),
    ).toBeVisible();
    // Poppy is over 10, so her own agreement is needed too; Alfie is younger.
    const stillNeeded = page.getByRole('heading', { name: 'Still needed before you can submit' });
    await expect(stillNeeded).toBeVisible();
    await expect(page.locator('.govuk-list--bullet > li')).toHaveText(['Poppy’s own agreement']);

    // The task list does not offer "Check your answers" yet; the referrer goes there anyway.
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(taskStatus(page, 'Consent')).toHaveText('In progress');
    await expect(
      page.getByRole('link', { name: 'Check your answers and submit', exact: true }),
    ).toHaveCount(0);
    await page.goto(`/referrals/${referralId}/check`);
    await expect(pageHeading(page)).toHaveText('Check your answers before submitting the referral');
    await page.getByRole('button', { name: 'Submit referral', exact: true }).click();

    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link')).toHaveText(['Record Poppy’s own agreement']);
    await expect(pageHeading(page)).toHaveText('Check your answers before submitting the referral');

    // The error takes them to where it is put right.
    await summary.getByRole('link', { name: 'Record Poppy’s own agreement' }).click();
    await expect(pageHeading(page)).toHaveText('Consent');
    await addYoungPersonsAgreement(page, {
      whose: 'Poppy Marsh',
      how: 'In person',
      ownWords: 'I want my nan and auntie to help.',
    });
    await expect(
      page.getByText('You have recorded every consent this referral needs.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(taskStatus(page, 'Consent')).toHaveText('Completed');

    const reference = await checkAndSubmit(page, 'fgc', ['Poppy Marsh', 'Alfie Marsh']);
    await signOut(page);

    const heading = 'Poppy Marsh and Alfie Marsh';
    await acceptAndMatch(page, reference, 'Family Group Conference', heading);
    await planTheJourney(page, {
      reference,
      heading,
      listedAs: 'Alfie Marsh, Poppy Marsh',
      childNames: ['Poppy', 'Alfie', 'Marsh'],
    });
  });
});
