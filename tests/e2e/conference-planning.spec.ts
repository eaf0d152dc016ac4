import { expect, test } from '@playwright/test';
import { fillDate, group, openJourney } from './conference-steps.ts';
import { demoAccount, pageHeading, signIn } from './helpers.ts';

/**
 * A Family Group Conference's plan and outcome, on the Fenwick children's (demo data: their FGC
 * was held and alternative family carers were found): the coordinator starts the plan, records
 * the carers identified, and records an outcome. Planning a conference and its day are walked in
 * lifelong-links-walk.spec.ts.
 */

test.describe.configure({ timeout: 180_000 });

test('a coordinator records the carers an FGC identified and an outcome', async ({ page }) => {
  await signIn(page, demoAccount('coordinator'));
  await openJourney(page, /Fenwick/, 'Fenwick');
  const journeyPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name: 'Outcomes' })).toBeVisible();
  await expect(page.getByText(/Alternative family carers found/)).toBeVisible();

  await page.goto(`${journeyPath}/conferences`);
  await page.getByRole('link', { name: /^Open the conference/ }).click();
  await page.getByRole('button', { name: 'Write the plan' }).click();
  await expect(pageHeading(page)).toHaveText('The plan');
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByText('Plan started')).toBeVisible();

  await page.getByRole('link', { name: 'Carers identified' }).click();
  await expect(pageHeading(page)).toHaveText('Carers identified');
  await page.getByRole('button', { name: 'Add a carer' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Pat and Colin Fenwick');
  await group(page, 'Caring for how long').getByLabel('Long term').check();
  await page.getByLabel('What they can offer').fill('A spare room each, and school runs');
  await page
    .getByLabel('What might get in the way (optional)')
    .fill('Colin’s hospital appointments');
  await page.getByRole('button', { name: 'Add the carer' }).click();
  await expect(page.getByText('Carer added')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pat and Colin Fenwick' })).toBeVisible();
  const carer = page.locator('.govuk-summary-list');
  await expect(carer).toContainText('Long term');
  await expect(carer).toContainText('A spare room each, and school runs');
  await expect(carer).toContainText('Colin’s hospital appointments');

  await page.goto(journeyPath);
  await page.getByRole('link', { name: 'Record an outcome' }).click();
  await expect(pageHeading(page)).toHaveText('Record an outcome');
  await group(page, 'What was the outcome?').getByLabel('Stepped down').check();
  await fillDate(page, 'When it happened', new Date());
  await page.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(page.getByText('The outcome has been recorded.')).toBeVisible();
  await expect(page.getByText('Stepped down', { exact: true })).toBeVisible();
});
