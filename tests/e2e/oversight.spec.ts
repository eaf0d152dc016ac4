import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn } from './helpers.ts';

/**
 * The turning-15 promise and deadlines, as the people who use them: an IRO sees the month's list,
 * a practice manager records a supervision decision, a coordinator sees an overdue deadline (on
 * the home page, in the list, and as a reminder in the notification centre).
 */

test.describe.configure({ timeout: 120_000 });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations).toEqual([]);
}

function rowOf(page: Page, name: string | RegExp) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
}

test('an IRO sees the young people turning 15 this month, with what has happened for each', async ({
  page,
}) => {
  await signIn(page, demoAccount('iro'));
  await page.getByRole('link', { name: 'Young people turning 15 this month', exact: true }).click();
  await expect(pageHeading(page)).toContainText('Young people turning 15 in');
  await expect(rowOf(page, 'Noah Bennett')).toContainText('Not yet discussed');
  await expect(rowOf(page, 'Grace Hall')).toContainText('Referred');
  await expect(rowOf(page, 'Omar Farah')).toContainText('Not appropriate');
  await expect(rowOf(page, 'Ruby Evans')).toContainText('Later');
  await expect(rowOf(page, 'Lily Carter')).toContainText('Discussed');
  await expect(page.getByText('This list was sent to the IROs')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^Next month:/ }).click();
  await expect(pageHeading(page)).toContainText('Young people turning 15 in');
});

test('a practice manager records a supervision decision with a date to look again', async ({
  page,
}) => {
  await signIn(page, demoAccount('practice_manager'));
  await page.getByRole('link', { name: 'Young people turning 15 this month', exact: true }).click();
  await page
    .getByRole('link', { name: 'Record a supervision decision for Noah Bennett', exact: true })
    .click();
  await expect(pageHeading(page)).toHaveText('Record a supervision decision');

  // Sent with nothing chosen: every problem is listed, and nothing is saved.
  await page.getByRole('button', { name: 'Save decision', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Select what was decided in supervision');

  const discussed = page.getByRole('group', { name: 'When was it discussed in supervision?' });
  const today = new Date();
  await discussed
    .getByLabel('Day')
    .fill(String(today.getUTCDate() === 1 ? 1 : today.getUTCDate() - 1));
  await discussed.getByLabel('Month').fill(String(today.getUTCMonth() + 1));
  await discussed.getByLabel('Year').fill(String(today.getUTCFullYear()));
  await page.getByLabel('Later: the young person may be ready later', { exact: true }).check();
  const lookAgain = page.getByRole('group', { name: 'When should we look again?' });
  await lookAgain.getByLabel('Day').fill('1');
  await lookAgain.getByLabel('Month').fill('6');
  await lookAgain.getByLabel('Year').fill(String(today.getUTCFullYear() + 1));
  await page.getByRole('button', { name: 'Save decision', exact: true }).click();

  await expect(page.getByRole('alert', { name: 'Success' })).toContainText(
    'The supervision decision was recorded.',
  );
  await expect(pageHeading(page)).toHaveText(
    'Young people aged 15 or over without a Lifelong Links referral',
  );
  // Back on the month's list, Noah is now "later", with the date to look again.
  await page.goto('/oversight/turning-15');
  await expect(rowOf(page, 'Noah Bennett')).toContainText('Later');
  await expect(rowOf(page, 'Noah Bennett')).toContainText(
    `Look again on 1 June ${today.getUTCFullYear() + 1}`,
  );
});

test('a coordinator sees their overdue deadline, counted at home, and the reminder about it', async ({
  page,
}) => {
  await signIn(page, demoAccount('coordinator'));
  // The home page counts the coordinator's own deadlines with the same engine as the list.
  await expect(page.getByText(/^You have \d+ deadlines? overdue/)).toBeVisible();
  await page.getByRole('link', { name: 'See what is due and overdue', exact: true }).click();
  await expect(pageHeading(page)).toHaveText('Your due and overdue deadlines');
  const grace = rowOf(page, /Grace Hall/);
  await expect(grace).toContainText('Reconfirm consent');
  await expect(grace).toContainText('Overdue');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Due on', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'Due on' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // In demo mode the day's reminders are sent at start: the missed date is a notice.
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: /^Notifications/ })
    .click();
  await expect(pageHeading(page)).toHaveText('Notifications');
  const reminder = page.getByRole('link', { name: /^Overdue: Reconfirm consent for Grace Hall/ });
  await expect(reminder).toBeVisible();
  await reminder.click();
  await expect(pageHeading(page)).toContainText('Grace Hall');
});
