import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn } from './helpers.ts';

/**
 * After the conference (stages 6–7), on Leon's journey (demo data: his agreed plan was made three
 * weeks ago and nothing has been sent): the coordinator sends it out, records feedback asked and
 * a review conference offered and accepted; the IRO records their copy; the social worker
 * confirms the plan is in the care plan.
 */

test.describe.configure({ timeout: 240_000 });

function group(page: Page, legend: string | RegExp) {
  return page.getByRole('group', { name: legend });
}

async function fillDate(page: Page, legend: string, date: Date) {
  const fields = group(page, legend);
  await fields.getByLabel('Day').fill(String(date.getUTCDate()));
  await fields.getByLabel('Month').fill(String(date.getUTCMonth() + 1));
  await fields.getByLabel('Year').fill(String(date.getUTCFullYear()));
}

async function sendCopy(page: Page, who: string) {
  await page.getByRole('link', { name: `Record dates for ${who}` }).click();
  await expect(pageHeading(page)).toHaveText('Record when the copy was sent and acknowledged');
  await fillDate(page, 'Date sent', new Date());
  await page.getByRole('button', { name: 'Save the dates' }).click();
  await expect(page.getByText('The dates of the copy have been saved.')).toBeVisible();
}

/** The answer form shows only once a review is offered, so axe checks it here. */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
}

async function signInAgain(page: Page, role: 'iro' | 'social_worker', handover: string) {
  await page.context().clearCookies();
  await signIn(page, demoAccount(role));
  await page.goto(handover);
  await expect(pageHeading(page)).toHaveText('The plan after the conference');
}

test('the plan is sent out, feedback asked, a review accepted, the IRO’s copy and the care plan recorded', async ({
  page,
}) => {
  const today = new Date();
  await signIn(page, demoAccount('coordinator'));
  await page.goto('/journeys');
  await page.getByRole('link', { name: /Marsh/ }).first().click();
  await expect(pageHeading(page)).toContainText('Leon Marsh');
  await page.getByRole('link', { name: /^Overdue: it was due by/ }).click();
  await expect(pageHeading(page)).toHaveText('The plan after the conference');
  const handover = new URL(page.url()).pathname;

  // The IRO is added to the list, sent by email today.
  await page.getByRole('button', { name: 'Add someone to send the plan to' }).click();
  await group(page, 'Who the plan is for')
    .getByLabel('The independent reviewing officer (IRO)')
    .check();
  await expect(
    group(page, 'Which version of the plan').getByLabel('Version 1, agreed'),
  ).toBeChecked();
  await group(page, 'How the plan is sent').getByLabel('Email').check();
  await fillDate(page, 'Date sent', today);
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(page.getByText('The person has been added to the list of copies.')).toBeVisible();

  for (const who of ['The young person', 'Denise Marsh (Grandmother)', 'The social worker']) {
    await sendCopy(page, who);
  }
  await expect(page.getByText(/Plan sent out: Sent out late, on/)).toBeVisible();

  await page.getByRole('link', { name: 'Record feedback asked' }).click();
  const asked = group(page, 'Who you asked for feedback');
  await asked.getByLabel('The young person').check();
  await asked.getByLabel('Denise Marsh (Grandmother)').check();
  await fillDate(page, 'Date asked', today);
  await page.getByRole('button', { name: 'Record feedback asked' }).click();
  await expect(page.getByText('Feedback asked has been recorded.')).toBeVisible();

  await page.getByRole('link', { name: 'Offer a review conference or record the answer' }).click();
  await expect(pageHeading(page)).toHaveText('Review conference');
  await fillDate(page, 'Date offered', today);
  await page.getByRole('button', { name: 'Record the offer' }).click();
  await expect(page.getByText('The review conference offer has been recorded.')).toBeVisible();
  await page.getByRole('link', { name: 'Offer a review conference or record the answer' }).click();
  await expectNoAxeViolations(page);
  await group(page, 'Their answer').getByLabel('Accepted').check();
  await fillDate(page, 'Date of the answer', today);
  await fillDate(page, 'Date of the review conference', new Date(Date.now() + 90 * 86_400_000));
  await page.getByLabel('Start time').fill('10:30');
  await page.getByLabel('How long').selectOption({ label: '2 hours' });
  await page.getByRole('button', { name: 'Record the answer' }).click();
  await expect(page.getByText(/The review has been accepted/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Plan the review conference' })).toBeVisible();

  await signInAgain(page, 'iro', handover);
  // The IRO reads the summary without the network member's name.
  await expect(page.getByText('Denise Marsh')).toHaveCount(0);
  await page.getByRole('link', { name: 'Record your copy of the plan' }).click();
  await fillDate(page, 'Date you received it', today);
  await group(page, 'How it reached you').getByLabel('Email').check();
  await page.getByRole('button', { name: 'Record my copy' }).click();
  await expect(page.getByText('Your copy of the plan has been recorded.')).toBeVisible();
  await expect(page.getByText(/Imani Reid holds version 1/)).toBeVisible();

  await signInAgain(page, 'social_worker', handover);
  await page.getByRole('link', { name: 'Confirm the plan is in the care or pathway plan' }).click();
  await group(page, 'Where the plan is included').getByLabel('Care plan').check();
  await page.getByLabel('Main record reference').fill('CP-4471');
  await fillDate(page, 'Date it was included', today);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(
    page.getByText('The plan is recorded as part of the care or pathway plan.'),
  ).toBeVisible();
  await expect(page.getByText(/main record reference CP-4471/)).toBeVisible();
});
