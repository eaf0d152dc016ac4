import { expect, type Locator, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn, signOut } from './helpers.ts';

/**
 * Stages 3 and 4 from the coordinator's side, on the demo journeys of
 * src/db/seed/demo-discovery-cases.ts: Tia (at discovery, three tools done) and Callum (at
 * engagement, his consent naming the only people his information may go to).
 */

function successBanner(page: Page): Locator {
  return page.locator('.govuk-notification-banner--success');
}

function summaryValue(page: Page, key: string): Locator {
  return page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.locator('.govuk-summary-list__key').getByText(key, { exact: true }) })
    .locator('.govuk-summary-list__value')
    .first();
}

function today() {
  const now = new Date();
  return {
    day: String(now.getDate()),
    month: String(now.getMonth() + 1),
    year: String(now.getFullYear()),
  };
}

async function fillDate(page: Page, legend: string) {
  const group = page.getByRole('group', { name: legend });
  const { day, month, year } = today();
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

async function openJourney(page: Page, name: string) {
  await page.getByRole('link', { name: 'Journeys', exact: true }).click();
  await page.getByRole('link', { name }).click();
  await expect(pageHeading(page)).toContainText(name);
}

/** On the discovery page: opens a tool from the task list and records it. */
async function recordTool(
  page: Page,
  tool: string,
  answer: {
    outcome: 'Completed' | 'Declined';
    withYoungPerson?: boolean;
    withProfessionals?: boolean;
  },
) {
  await page.getByRole('link', { name: tool, exact: true }).click();
  await expect(pageHeading(page)).toHaveText(tool);
  await fillDate(page, 'When was the tool offered to the young person?');
  await page.getByLabel(answer.outcome, { exact: true }).check();
  if (answer.withYoungPerson) await page.getByLabel('With the young person').check();
  if (answer.withProfessionals) {
    await page.getByLabel('With the social worker and carer').check();
    await page.getByLabel('Next steps agreed').fill('Tia will write to Nana Esi with Cara’s help.');
  }
  await page.getByRole('button', { name: 'Save the tool' }).click();
  await expect(successBanner(page)).toContainText('The discovery tool has been recorded.');
}

test.describe('discovery and engagement', () => {
  test.setTimeout(120_000);

  test('a coordinator records the tools and cannot move on until each is discussed, and logs a search', async ({
    page,
  }) => {
    await signIn(page, demoAccount('coordinator'));
    await openJourney(page, 'Tia Mensah');
    await expect(
      page.getByText('Record whether the young person completed or declined the online searches'),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Move on to the next stage' }).click();
    await expect(page.getByText('You cannot move the journey on yet.')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the discovery tools' }).click();
    await expect(pageHeading(page)).toHaveText('Discovery');
    await expect(page.getByText('In their own words').first()).toBeVisible();
    await expect(page.getByText('I want to find Nana Esi.', { exact: false })).toBeVisible();

    await recordTool(page, 'Online searches', {
      outcome: 'Completed',
      withYoungPerson: true,
      withProfessionals: true,
    });
    // Completed and talked over with Tia, but not yet with her social worker and carer.
    await recordTool(page, 'Mobility mapping', { outcome: 'Completed', withYoungPerson: true });
    await page.getByRole('link', { name: 'Back to the journey' }).click();
    await expect(
      page.getByRole('link', {
        name: 'Discuss the results of the mobility mapping with the social worker and carer, and agree next steps',
      }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Move on to the next stage' }).click();
    await expect(page.getByText('You cannot move the journey on yet.')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the discovery tools' }).click();
    await recordTool(page, 'Mobility mapping', {
      outcome: 'Completed',
      withYoungPerson: true,
      withProfessionals: true,
    });
    await recordTool(page, 'Social connections', { outcome: 'Declined' });

    await page.getByRole('link', { name: 'Log an online search' }).click();
    await expect(pageHeading(page)).toHaveText('Log an online search');
    await fillDate(page, 'When did you search?');
    await page.getByLabel('People-search service').check();
    await page.getByLabel('What did you search for?').fill('Kofi Mensah, born about 2002');
    await page.getByLabel('What did the search find?').fill('Two possible matches in Salford.');
    await page.getByLabel('Lawful basis reference').fill('DPIA-LL-2026-03');
    await page.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: 'Log the search' }).click();
    await expect(successBanner(page)).toContainText('The online search has been logged.');
    await expect(page.getByText('Kofi Mensah, born about 2002')).toBeVisible();

    await page.getByRole('link', { name: 'Back to discovery' }).click();
    await page.getByRole('link', { name: 'Back to the journey' }).click();
    await page.getByRole('link', { name: 'Move on to the next stage' }).click();
    await page
      .getByLabel('Why is the journey ready to move on?')
      .fill('Every tool offered; results discussed with Tia, her social worker and carers.');
    await page.getByRole('button', { name: 'Move to stage 4' }).click();
    await expect(successBanner(page)).toContainText('The journey has moved on to the next stage.');
    await expect(summaryValue(page, 'Stage')).toHaveText('Stage 4 of 8: Engagement');
    await signOut(page);

    await signIn(page, demoAccount('team_manager'));
    await page.getByRole('link', { name: 'See every online search the team has logged' }).click();
    await expect(pageHeading(page)).toHaveText('Online searches across the team');
    await page.getByLabel('Search the log').fill('Salford');
    await page.getByRole('button', { name: 'Show searches' }).click();
    await expect(
      page.getByRole('row').filter({ hasText: 'Two possible matches in Salford.' }),
    ).toContainText('LL-2026-0021');
  });

  test('a share outside consent is refused, and a safety concern reaches the social worker, who acknowledges it', async ({
    page,
  }) => {
    await signIn(page, demoAccount('coordinator'));
    await openJourney(page, 'Callum Holloway');
    await page.getByRole('link', { name: 'Engagement: safety and sharing' }).click();
    await expect(pageHeading(page)).toHaveText('Engagement');
    await page.getByRole('link', { name: 'Record information shared' }).click();
    await expect(page.getByText('Only with: Grace Holloway')).toBeVisible();
    await page
      .getByLabel('Who was it shared with?')
      .selectOption({ label: 'Mark Holloway (Uncle)' });
    await page.getByLabel('How they are and what they are doing now').check();
    await page.getByLabel('By phone').check();
    await fillDate(page, 'When was it shared?');
    await page.getByRole('button', { name: 'Record the share' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(
      'This share is outside consent: the young person agreed to share only with Grace Holloway, Denise Holloway. Mark Holloway is not one of them.',
    );
    await expect(page.getByLabel('Who was it shared with?').locator('option:checked')).toHaveText(
      'Mark Holloway (Uncle)',
    );

    await page.getByRole('link', { name: 'Back to engagement' }).click();
    await page.getByRole('link', { name: 'Back to the journey' }).click();
    await page.getByRole('link', { name: 'Journeys', exact: true }).click();
    await page.getByRole('link', { name: 'Tia Mensah' }).click();
    await page.getByRole('link', { name: 'Engagement: safety and sharing' }).click();
    await page.getByRole('button', { name: 'Record a safety concern' }).click();
    await page.getByLabel('The child’s', { exact: true }).check();
    await page
      .getByLabel('What is the concern?')
      .fill('Tia said a man she does not know messaged her saying he is her uncle.');
    await page.getByRole('button', { name: 'Send the concern to the social worker' }).click();
    await expect(successBanner(page)).toContainText(
      'The safety concern has been recorded and sent to the child’s social worker.',
    );
    await signOut(page);

    await signIn(page, demoAccount('social_worker'));
    await page.getByRole('link', { name: /Safety concern on LL-2026-0021/ }).click();
    await expect(pageHeading(page)).toContainText('Safety concern');
    await expect(summaryValue(page, 'The concern')).toHaveText(
      'Tia said a man she does not know messaged her saying he is her uncle.',
    );
    await expect(summaryValue(page, 'Acknowledged')).toHaveText('Not yet');
    await page.getByRole('button', { name: 'Acknowledge the concern' }).click();
    await expect(successBanner(page)).toContainText('You have acknowledged the safety concern.');
    await expect(summaryValue(page, 'Acknowledged')).toContainText('by Sam Patel');
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await expect(page.getByRole('link', { name: /Safety concern on LL-2026-0021/ })).toHaveCount(0);
  });
});
