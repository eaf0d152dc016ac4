import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  addAction,
  chooseProfessionalMonitor,
  fillDate,
  openJourney,
  referrerAgrees,
  sendToReferrer,
  writeSection,
} from './conference-steps.ts';
import { demoAccount, pageHeading, signIn } from './helpers.ts';

/**
 * The plan (issue 8; ADR 0030), on Maya's journey (demo-plan.ts): the coordinator records another
 * way of deciding, writes its plan (her words, two actions, the contingency plan, the monitor)
 * and sends it to the referrer, who finds it in their notifications and agrees it; the PDF
 * downloads.
 */

test.describe.configure({ timeout: 240_000 });

const words = 'I want to stay with Jo and see Aunty Grace on Saturdays.';

test('a coordinator writes a plan, the referrer agrees it, and the PDF downloads', async ({
  page,
}) => {
  await signIn(page, demoAccount('coordinator'));
  await openJourney(page, /Okonjo/, 'Okonjo');
  await page.goto(`${new URL(page.url()).pathname}/conferences`);
  await expect(pageHeading(page)).toHaveText('Conferences');
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
  await expect(page.getByRole('link', { name: 'Go to the plan' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Write the plan' }).click();

  await expect(pageHeading(page)).toHaveText('The plan');
  await fillDate(page, 'When was the decision made?', new Date());
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByText('Plan started')).toBeVisible();

  await writeSection(page, 'The young person’s own words and wishes', words);
  await page.getByRole('link', { name: 'Who will do what' }).click();
  await addAction(page, 'Take Maya swimming', /Grace Okonjo/, 'In person');
  await addAction(page, 'Phone Maya after school', /Daniel Okonjo/, 'By telephone');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Grace Okonjo will take Maya swimming' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to the plan' }).first().click();
  await writeSection(page, 'If the plan does not work', 'Jo calls everyone together again.');
  await chooseProfessionalMonitor(page, 'Jo Bright', 'Foster carer');
  const planPath = await sendToReferrer(page);

  // The referrer hears of it in the notification centre, and the notice opens the decision.
  await page.context().clearCookies();
  await signIn(page, demoAccount('social_worker'));
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: /^Notifications/ })
    .click();
  // Newest first: the demo's own notice about Maya's first plan is further down.
  await page
    .getByRole('link', { name: 'The plan for LL-2026-0061 is waiting for your decision' })
    .first()
    .click();
  await expect(pageHeading(page)).toHaveText('Decide on the plan');
  await referrerAgrees(page, planPath, words);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the plan (PDF)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^plan-LL-2026-0061-version-1\.pdf$/);
  const file = await download.path();
  expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
});
