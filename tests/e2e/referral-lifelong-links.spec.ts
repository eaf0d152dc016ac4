import { expect, test } from '@playwright/test';
import { pageHeading, signIn, signOut } from './helpers.ts';
import { acceptAndMatch, planTheJourney } from './journey-planning-steps.ts';
import {
  addParentalConsent,
  addYoungPersonsAgreement,
  answerAboutTheReferral,
  checkAndSubmit,
  coordinator,
  menuLink,
  socialWorker,
  startReferral,
  summaryValue,
  taskStatus,
} from './referral-steps.ts';

/**
 * A referral from start to stage 3, as the three people who make it happen would go through it:
 * the social worker makes it, the team manager accepts it and matches a coordinator, and the
 * coordinator plans the journey and moves it on to discovery. Every step is a real page.
 * Here a Lifelong Links referral for one young person on the register (Amir); the Family Group
 * Conference for two children not on it is in referral-fgc.spec.ts.
 */

test.describe('a referral becomes a journey', () => {
  test.setTimeout(120_000);

  test('Lifelong Links for Amir: referred, accepted and matched, planned, on to discovery', async ({
    page,
  }) => {
    // The social worker makes the referral.
    await signIn(page, socialWorker);
    await startReferral(page, 'Lifelong Links');

    await page.getByRole('link', { name: 'The young person', exact: true }).click();
    await expect(pageHeading(page)).toHaveText('The young person');
    await page.getByLabel('Name or record ID').fill('Haddad');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const result = page.getByRole('row').filter({ hasText: 'DEMO-1006' });
    await expect(result).toContainText('Amir Haddad');
    await result.getByRole('button', { name: 'Add Amir Haddad' }).click();
    await expect(page.getByRole('table', { name: 'Added to this referral' })).toContainText(
      'Amir Haddad',
    );
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(taskStatus(page, 'The young person')).toHaveText('Completed');

    await answerAboutTheReferral(page, {
      reason:
        'Amir arrived in the UK alone last year. He has asked about an uncle he believes lives in Manchester.',
      hopes: 'That Amir has people who care about him beyond his professional network.',
      knownRisks: 'None known.',
      placementTimeline: 'With foster carers since August 2025. No move planned.',
      language: 'Arabic',
      interpreter: 'Yes',
      advocate: 'No',
    });

    await page.getByRole('link', { name: 'Consent', exact: true }).click();
    await expect(pageHeading(page)).toHaveText('Consent');
    await expect(page.getByRole('main')).toContainText('Amir’s own agreement');
    await addYoungPersonsAgreement(page, {
      how: 'In person',
      ownWords: 'I want to find my uncle and people from home.',
    });
    await addParentalConsent(page, {
      name: 'Demo Council',
      relationship: 'Local authority',
      how: 'By email',
    });
    await expect(
      page.getByText('You have recorded every consent this referral needs.'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Amir’s own agreement' })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Demo Council (Local authority) for Amir' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(taskStatus(page, 'Consent')).toHaveText('Completed');
    await expect(page.getByText('You have completed 3 of 3 required sections.')).toBeVisible();

    const reference = await checkAndSubmit(page, 'lifelong_links', ['Amir Haddad']);
    await signOut(page);

    // The team manager accepts it and matches the coordinator.
    await acceptAndMatch(page, reference, 'Lifelong Links', 'Amir Haddad');

    // The coordinator plans the journey and moves it on.
    await planTheJourney(page, {
      reference,
      heading: 'Amir Haddad',
      listedAs: 'Amir Haddad',
      childNames: ['Amir', 'Haddad'],
    });
    await signOut(page);

    // The social worker sees the referral accepted, with the way to its journey.
    await signIn(page, socialWorker);
    await menuLink(page, 'Referrals').click();
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect(row.locator('.govuk-tag')).toHaveText('Coordinator matched');
    await expect(
      row.getByRole('link', { name: `View the journey for ${reference}` }),
    ).toBeVisible();
    await row.getByRole('link', { name: reference, exact: true }).click();
    await expect(pageHeading(page)).toHaveText('Lifelong Links referral');
    await expect(page.getByText(`Coordinator: ${coordinator.displayName}`)).toBeVisible();
    await page.getByRole('button', { name: 'Go to the journey' }).click();
    await expect(pageHeading(page)).toContainText('Amir Haddad');
    await expect(summaryValue(page, 'Stage')).toHaveText('Stage 3 of 8: Discovery');
  });
});
