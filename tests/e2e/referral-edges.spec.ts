import { expect, type Locator, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn, signOut } from './helpers.ts';

/**
 * What a new user met in stages 1 and 2 (issue 11), as they would meet it: the team manager's
 * inbox and home page, conflict-of-interest declarations, children's names, who may change a
 * child's record, and the rough edges of the referral form.
 */

const socialWorker = demoAccount('social_worker');
const teamManager = demoAccount('team_manager');
const iro = demoAccount('iro');

function group(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

function successBanner(page: Page): Locator {
  return page.locator('.govuk-notification-banner--success');
}

function errorSummaryLinks(page: Page): Locator {
  return page.locator('.govuk-error-summary').getByRole('link');
}

function menuLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true });
}

function today() {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return { day: part('day'), month: part('month'), year: part('year') };
}

async function fillDate(page: Page, legend: string) {
  const fields = group(page, legend);
  const { day, month, year } = today();
  await fields.getByLabel('Day', { exact: true }).fill(day);
  await fields.getByLabel('Month', { exact: true }).fill(month);
  await fields.getByLabel('Year', { exact: true }).fill(year);
}

test.describe('the team manager’s inbox and conflicts of interest', () => {
  test.setTimeout(90_000);

  test('accepted referrals wait to be matched, and a mistaken conflict is corrected with a reason', async ({
    page,
  }) => {
    await signIn(page, teamManager);
    // The demo has two; the accessibility run, if it came first, accepted one more.
    await expect(page.getByText(/accepted referrals are waiting for a coordinator/)).toBeVisible();

    await page.getByRole('link', { name: 'Go to the team inbox' }).click();
    const toMatch = page.getByRole('row').filter({ hasText: 'LL-2026-0005' });
    await expect(toMatch).toContainText('Bilal Qureshi');
    await expect(toMatch).toContainText('Accepted, to match');
    // Names are the legal name with the name they use in brackets.
    await expect(page.getByRole('row').filter({ hasText: 'LL-2026-0004' })).toContainText(
      'Oliwia (Oli) Kowalczyk',
    );
    await toMatch.getByRole('link', { name: 'LL-2026-0005', exact: true }).click();

    // The declaration made when matching was tried: for whom, what, who recorded it.
    const card = page.locator('.govuk-summary-card').filter({
      hasText: 'Declaration for Kasia Nowak',
    });
    await expect(card).toContainText('Was the family’s support worker at the Early Help hub');
    await expect(card).toContainText(teamManager.displayName);
    await card.getByRole('link', { name: 'Correct the declaration for Kasia Nowak' }).click();

    await expect(pageHeading(page)).toHaveText('Correct the conflict of interest declaration');
    await group(page, 'Does Kasia Nowak have another professional role with this family?')
      .getByLabel('No, they have no other role with the family')
      .check();
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await expect(errorSummaryLinks(page)).toHaveText(['Give the reason for the correction']);
    await page
      .getByLabel('Why are you correcting it?')
      .fill('Recorded against the wrong family: it was the Quinn family she supported.');
    await page.getByRole('button', { name: 'Save the correction' }).click();

    await expect(successBanner(page)).toContainText(
      'The conflict of interest declaration has been corrected.',
    );
    const corrected = page.locator('.govuk-summary-card').filter({
      hasText: 'Declaration for Kasia Nowak',
    });
    await expect(corrected).toContainText('No, they have no other role with the family');
    await expect(corrected).toContainText('it was the Quinn family she supported');
    // The first declaration is kept in the history.
    await expect(corrected).toContainText('Was the family’s support worker at the Early Help hub');

    // Kasia speaks Urdu, Bilal's first language, and can now be matched.
    await page.getByRole('button', { name: 'Match a coordinator' }).click();
    await expect(pageHeading(page)).toHaveText('Match a coordinator');
    await expect(page.getByRole('table', { name: 'Coordinators' })).toContainText('Speaks Urdu');
    await group(page, 'Which coordinator will work with this young person?')
      .getByLabel('Kasia Nowak', { exact: true })
      .check();
    await group(page, 'Has the coordinator declared any other professional role with this family?')
      .getByLabel('No, they have no other role with the family')
      .check();
    await page.getByRole('button', { name: 'Match coordinator and start the journey' }).click();
    await expect(successBanner(page)).toContainText(
      'The coordinator has been matched and the journey has started.',
    );
    await expect(pageHeading(page)).toContainText('Bilal Qureshi');
    await expect(
      page.getByRole('heading', { name: 'Conflict of interest declarations' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText('it was the Quinn family she supported');
    await signOut(page);
  });
});

test.describe('a child’s record and name', () => {
  test('an IRO reads Jay’s record, named the same way everywhere, and has no way to change it', async ({
    page,
  }) => {
    await signIn(page, iro);
    await page.getByRole('link', { name: 'Jayden (Jay) Clarke', exact: true }).click();
    await expect(pageHeading(page)).toContainText('Jayden (Jay) Clarke');
    await page.getByRole('link', { name: 'Jayden (Jay) Clarke', exact: true }).click();
    await expect(pageHeading(page)).toHaveText('Jayden (Jay) Clarke');
    await expect(page.getByText('Their details')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Change their details' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Change their details' })).toHaveCount(0);
    await signOut(page);
  });
});

test.describe('the referral form', () => {
  test.setTimeout(90_000);

  test('asks the right questions, says what is missing, and counts characters', async ({
    page,
  }) => {
    await signIn(page, socialWorker);
    await menuLink(page, 'Referrals').click();
    await page.getByRole('button', { name: 'Start a new referral' }).click();
    await page.getByLabel('Lifelong Links', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // From a personal adviser: their name is asked.
    await page.getByLabel('Personal adviser', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(errorSummaryLinks(page)).toHaveText(['Enter the personal adviser’s name']);
    await page.getByLabel('The personal adviser’s name').fill('Jo Adeyemi');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(pageHeading(page)).toHaveText('Lifelong Links referral');

    // Continue with nobody added says so.
    await page.getByRole('link', { name: 'The young person', exact: true }).click();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(errorSummaryLinks(page)).toHaveText(['Add the young person before you continue']);

    // A new young person can be marked as looked after.
    await page.getByLabel('Name or record ID').fill('Rowan Ellery');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: 'They are not on the register: add them' }).click();
    await page.getByLabel('First name', { exact: true }).fill('Rowan');
    await page.getByLabel('Last name', { exact: true }).fill('Ellery');
    const born = group(page, 'Date of birth');
    await born.getByLabel('Day', { exact: true }).fill('9');
    await born.getByLabel('Month', { exact: true }).fill('10');
    await born.getByLabel('Year', { exact: true }).fill(String(Number(today().year) - 13));
    await page.getByLabel('They are looked after by the council').check();
    await page.getByRole('button', { name: 'Add to the register and to this referral' }).click();
    const added = page.getByRole('table', { name: 'Added to this referral' });
    await expect(added.getByRole('row').filter({ hasText: 'Rowan Ellery' })).toContainText('Yes');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // Long answers show how much can be written.
    await page.getByRole('link', { name: 'About the referral', exact: true }).click();
    await expect(page.getByText('You can enter up to 5000 characters').first()).toBeVisible();
    await page.getByRole('link', { name: 'Back', exact: true }).click();

    // The parental consent page says which child first, and plainly when to tick.
    await page.getByRole('link', { name: 'Consent', exact: true }).click();
    await page.getByRole('button', { name: 'Add parental consent' }).click();
    const form = page.locator('main form');
    await expect(form.locator('p').first()).toHaveText('Child: Rowan Ellery');
    await expect(page.getByText('Tick the box only if they said yes to this.')).toBeVisible();
    await page.getByRole('link', { name: 'Cancel' }).click();

    // Errors are listed in the order of the fields: the date comes before their own words.
    await page.getByRole('button', { name: 'Add the young person’s agreement' }).click();
    await page.getByLabel('In their own words (optional)').fill('y'.repeat(2001));
    await page.getByRole('button', { name: 'Save consent' }).click();
    await expect(errorSummaryLinks(page)).toHaveText([
      'Enter the date they gave consent',
      'Select how they gave consent',
      'Select what they agreed to',
      'Their own words must be 2000 characters or fewer',
    ]);
    await fillDate(page, 'When did they give consent?');
    await group(page, 'How did they give it?').getByLabel('In person').check();
    await group(page, 'What did they agree to?')
      .getByLabel('Search for people in the young person’s network')
      .check();
    await page.getByLabel('In their own words (optional)').fill('I want to find my brother.');
    await page.getByRole('button', { name: 'Save consent' }).click();

    // Once recorded, the agreement is changed, not added again.
    await expect(pageHeading(page)).toHaveText('Consent');
    await expect(
      page.getByRole('button', { name: 'Add the young person’s agreement' }),
    ).toHaveCount(0);
    await page.getByRole('link', { name: 'Change Rowan’s own agreement' }).click();
    await expect(page.getByLabel('In their own words (optional)')).toHaveValue(
      'I want to find my brother.',
    );
    await page.getByRole('link', { name: 'Cancel' }).click();
    await signOut(page);
  });
});
