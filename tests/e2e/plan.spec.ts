import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn, signOut } from './helpers.ts';

/**
 * The plan (issue 8; ADR 0030), on Maya's journey (demo-plan.ts): the coordinator records another
 * way of deciding, writes its plan (her words, two actions, the contingency plan, the monitor)
 * and sends it to the referrer, who agrees it; the PDF downloads.
 */

const coordinator = demoAccount('coordinator');
const referrer = demoAccount('social_worker');
test.describe.configure({ timeout: 240_000 });

const group = (page: Page, legend: string | RegExp) => page.getByRole('group', { name: legend });

async function openMaya(page: Page) {
  await page.goto('/journeys');
  await page
    .getByRole('link', { name: /Okonjo/ })
    .first()
    .click();
  await expect(pageHeading(page)).toContainText('Okonjo');
  await page.goto(`${new URL(page.url()).pathname}/conferences`);
  await expect(pageHeading(page)).toHaveText('Conferences');
}

async function addAction(page: Page, what: string, person: RegExp, how: string) {
  await page.getByRole('button', { name: 'Add an action' }).click();
  await expect(pageHeading(page)).toHaveText('Add an action');
  await page.getByLabel('What will be done').fill(what);
  await group(page, 'Who will do it').getByLabel('Someone in the young person’s network').check();
  await page
    .getByLabel('Which person', { exact: true })
    .selectOption({ label: (await optionLabel(page, person)) ?? '' });
  await page.getByLabel('How often (optional)').fill('Every week');
  await group(page, 'How').getByLabel(how).check();
  await page.getByRole('button', { name: 'Add the action' }).click();
  await expect(page.getByText('Action added')).toBeVisible();
}

async function optionLabel(page: Page, name: RegExp) {
  const labels = await page
    .getByLabel('Which person', { exact: true })
    .locator('option')
    .allTextContents();
  return labels.find((label) => name.test(label));
}

test('a coordinator writes a plan, the referrer agrees it, and the PDF downloads', async ({
  page,
}) => {
  await signIn(page, coordinator);
  await openMaya(page);
  await page
    .getByRole('link', { name: /another way of deciding/i })
    .first()
    .click();
  await expect(pageHeading(page)).toHaveText('Record another way of deciding');
  await page
    .getByLabel('How the decisions will be made')
    .fill('A small meeting at Aunty Grace’s home');
  await page
    .getByLabel('Why a conference is not right or not wanted')
    .fill('Maya did not want a big meeting');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(pageHeading(page)).toHaveText('Another way of deciding');
  await page.getByRole('link', { name: 'Go to the plan' }).click();

  await expect(pageHeading(page)).toHaveText('The plan');
  const today = new Date();
  const made = group(page, 'When was the decision made?');
  await made.getByLabel('Day').fill(String(today.getUTCDate()));
  await made.getByLabel('Month').fill(String(today.getUTCMonth() + 1));
  await made.getByLabel('Year').fill(String(today.getUTCFullYear()));
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByText('Plan started')).toBeVisible();

  await page.getByRole('link', { name: 'The young person’s own words and wishes' }).click();
  await page
    .getByLabel('The young person’s own words and wishes')
    .fill('I want to stay with Jo and see Aunty Grace on Saturdays.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Plan saved')).toBeVisible();

  await page.getByRole('link', { name: 'Who will do what' }).click();
  await addAction(page, 'Take Maya swimming', /Grace Okonjo/, 'In person');
  await addAction(page, 'Phone Maya after school', /Daniel Okonjo/, 'By telephone');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Grace Okonjo will take Maya swimming' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to the plan' }).first().click();

  await page.getByRole('link', { name: 'If the plan does not work' }).click();
  await page.getByLabel('If the plan does not work').fill('Jo calls everyone together again.');
  await page.getByRole('button', { name: 'Save' }).click();

  await page.getByRole('link', { name: 'The monitor or link person' }).click();
  await group(page, 'Who did the young person choose?').getByLabel('A professional').check();
  await page.getByLabel('Name', { exact: true }).fill('Jo Bright');
  await page.getByLabel('Role').fill('Foster carer');
  await page.getByRole('button', { name: 'Save the monitor' }).click();
  await expect(page.getByText('Monitor saved')).toBeVisible();

  await page.getByRole('button', { name: 'Send the plan to the referrer' }).click();
  await expect(page.getByText('The plan is ready for the referrer to decide')).toBeVisible();
  const planPath = new URL(page.url()).pathname;
  await signOut(page);

  await signIn(page, referrer);
  await page.goto(planPath);
  await page.getByRole('button', { name: 'Decide on the plan' }).click();
  await expect(pageHeading(page)).toHaveText('Decide on the plan');
  await expect(
    page.getByText('I want to stay with Jo and see Aunty Grace on Saturdays.'),
  ).toBeVisible();
  await group(page, 'Your decision').getByLabel('I agree the plan').check();
  await page.getByRole('button', { name: 'Save my decision' }).click();
  await expect(page.getByText('Plan agreed. This version is now locked')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the plan (PDF)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^plan-LL-2026-0061-version-1\.pdf$/);
  const file = await download.path();
  expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
});
