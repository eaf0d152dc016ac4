import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn } from './helpers.ts';

/**
 * A coordinator plans Kacper's conference (demo data, stage 5): arrangements, two people from
 * his network invited, a letter printed, the calendar file downloaded, the readiness list seen.
 * Then the conference itself (ADR 0029) on Precious's, and an FGC outcome on the Fenwicks'.
 */

const coordinator = demoAccount('coordinator');
test.describe.configure({ timeout: 180_000 });

function group(page: Page, legend: string | RegExp) {
  return page.getByRole('group', { name: legend });
}

async function invite(page: Page, name: string) {
  await page.getByRole('button', { name: 'Invite someone' }).click();
  await expect(pageHeading(page)).toHaveText('Invite someone');
  await expect(group(page, 'Who to invite').getByLabel(/Dariusz/)).toHaveCount(0);
  await group(page, 'Who to invite').getByLabel(name).check();
  await group(page, 'How the invitation will be given').getByLabel('Letter').check();
  await page.getByRole('button', { name: 'Add the invitation' }).click();
  await expect(page.getByText('Invitation added.')).toBeVisible();
}

test('a coordinator plans a conference, invites two people, prints a letter and sees what is ready', async ({
  page,
}) => {
  await signIn(page, coordinator);
  await page.goto('/journeys');
  await page.getByRole('link', { name: /Nowak/ }).first().click();
  await expect(pageHeading(page)).toContainText('Nowak');
  await page
    .getByRole('link', { name: 'Plan the conference and check its readiness list' })
    .click();
  await expect(pageHeading(page)).toHaveText('Conferences');
  await page.getByRole('button', { name: 'Plan a conference' }).click();
  await expect(pageHeading(page)).toHaveText('Plan a conference');

  // The meeting's language starts as the young person's first language.
  await expect(page.getByLabel('Language of the meeting')).toHaveValue('Polish');
  const when = new Date(Date.now() + 30 * 86_400_000);
  const dateGroup = group(page, 'Date of the conference');
  await dateGroup.getByLabel('Day').fill(String(when.getUTCDate()));
  await dateGroup.getByLabel('Month').fill(String(when.getUTCMonth() + 1));
  await dateGroup.getByLabel('Year').fill(String(when.getUTCFullYear()));
  await page.getByLabel('Start time').fill('10:30');
  await page.getByLabel('How long').selectOption({ label: '3 hours' });
  await page
    .getByLabel('Venue')
    .selectOption({ label: 'Riverside Community Hall, 2 River Road, Kindred Town, KT3 4CD' });
  await page.getByLabel('Food').fill('Soup and sandwiches');
  await page.getByLabel('Interpreters booked').fill('Polish');
  await page.getByLabel('Young person’s advocate').fill('Ade Bello, Advocacy Service');
  await group(page, 'Joining remotely').getByLabel('Zoom').check();
  await page.getByLabel('Link or number to join').fill('https://zoom.example/j/123');
  await page.getByRole('button', { name: 'Save the arrangements' }).click();
  await expect(page.getByText('Conference planned.')).toBeVisible();

  await invite(page, 'Halina Nowak');
  await invite(page, 'Tomasz Nowak');
  const invitations = page.getByRole('table');
  await expect(invitations).toContainText('Halina Nowak');
  await expect(invitations).toContainText('Tomasz Nowak');

  // The letter, as it prints: only the letter, without the service's header.
  await page.getByRole('link', { name: 'Letter to Halina Nowak' }).click();
  await expect(pageHeading(page)).toHaveText('Letter to Halina Nowak');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Dear Halina Nowak,')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Letter to Halina Nowak' })).toBeHidden();
  await expect(page.getByRole('article', { name: 'Letter' })).not.toContainText('Kacper');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Go back to the conference' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Calendar file for Tomasz Nowak' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('conference-LL-2026-0050.ics');
  const calendar = await readFile(await download.path(), 'utf8');
  expect(calendar).toContain('BEGIN:VEVENT');
  expect(calendar).not.toContain('Kacper');

  await expect(page.getByRole('heading', { name: 'Is everything ready?' })).toBeVisible();
  await expect(page.getByText('5 of 7 things are outstanding')).toBeVisible();
  const list = page.locator('.govuk-task-list');
  await expect(list.getByRole('listitem').filter({ hasText: 'Venue and food' })).toContainText(
    'Done',
  );
  await expect(list.getByRole('listitem').filter({ hasText: 'Invitations sent' })).toContainText(
    'Outstanding',
  );
});

test('a coordinator records who came, private family time, and that the conference was held', async ({
  page,
}) => {
  // Precious's conference (demo data) was held yesterday; her grandfather came late.
  await signIn(page, coordinator);
  await page.goto('/journeys');
  await page.getByRole('link', { name: /Okoye/ }).first().click();
  await expect(pageHeading(page)).toContainText('Okoye');
  await page
    .getByRole('link', { name: 'Plan the conference and check its readiness list' })
    .click();
  await page.getByRole('link', { name: /^Open the conference/ }).click();
  await page.getByRole('link', { name: /^Record the conference day/ }).click();
  await expect(pageHeading(page)).toHaveText('The conference day');

  await page.getByRole('button', { name: 'Add someone to the register' }).click();
  await group(page, 'Who came').getByLabel('Samuel Okoye').check();
  await group(page, 'How they came').getByLabel('In person').check();
  const parts = group(page, 'Which parts they were there for');
  await parts.getByLabel('Private family time').check();
  await parts.getByLabel('Agreeing the plan').check();
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByText('The register is updated')).toBeVisible();
  await expect(page.getByText('Samuel Okoye (Grandfather)')).toBeVisible();

  await page.getByRole('link', { name: 'Record private family time' }).click();
  await page.getByLabel('Started at').fill('11:15');
  await page.getByLabel('Ended at').fill('12:20');
  await group(page, 'Did a professional stay?')
    .getByLabel('Yes, a professional stayed because they were asked')
    .check();
  await page.getByLabel('Who stayed').fill('Ade Bello, advocate');
  await page.getByRole('button', { name: 'Save private family time' }).click();
  // Nobody said who asked: refused, and what was typed is kept.
  await expect(page.getByRole('alert')).toContainText('Select who asked for a professional');
  await expect(page.getByLabel('Who stayed')).toHaveValue('Ade Bello, advocate');
  await group(page, 'Who asked them to stay').getByLabel('The young person').check();
  await page.getByRole('button', { name: 'Save private family time' }).click();
  await expect(page.getByText('Private family time is recorded')).toBeVisible();
  await expect(page.getByText('Ade Bello, advocate, because the young person asked')).toBeVisible();

  await page.getByRole('link', { name: 'Record whether the conference was held' }).click();
  await group(page, 'What happened').getByLabel('Held', { exact: true }).check();
  await page.getByLabel('Started at').fill('10:00');
  await page.getByLabel('Ended at').fill('13:10');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('What happened to the conference is recorded')).toBeVisible();
  await expect(page.getByText(/until 13:10/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Write the plan' })).toHaveAttribute(
    'href',
    /\/conferences\/[0-9a-f-]{36}\/plan$/,
  );
});

test('a coordinator records an outcome of a Family Group Conference', async ({ page }) => {
  // The Fenwick children's FGC (demo data): alternative family carers were found.
  await signIn(page, coordinator);
  await page.goto('/journeys');
  await page
    .getByRole('link', { name: /Fenwick/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Outcomes' })).toBeVisible();
  await expect(page.getByText(/Alternative family carers found/)).toBeVisible();
  await page.getByRole('link', { name: 'Record an outcome' }).click();
  await expect(pageHeading(page)).toHaveText('Record an outcome');
  await group(page, 'What was the outcome?').getByLabel('Stepped down').check();
  const today = new Date();
  const when = group(page, 'When it happened');
  await when.getByLabel('Day').fill(String(today.getUTCDate()));
  await when.getByLabel('Month').fill(String(today.getUTCMonth() + 1));
  await when.getByLabel('Year').fill(String(today.getUTCFullYear()));
  await page.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(page.getByText('The outcome has been recorded.')).toBeVisible();
  await expect(page.getByText('Stepped down', { exact: true })).toBeVisible();
});
