import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn, signOut } from './helpers.ts';

/**
 * The network (issue 10), as a coordinator and a team manager work it: people added through the
 * forms, a safety check signed off before the first contact (recorded in the contact log, then
 * the information letter given), the young person's "no" respected,
 * and a sister's people offered to her brother.
 */

// Many pages on a shared two-core machine: more than the default 30 seconds.
test.describe.configure({ timeout: 180_000 });

const coordinator = demoAccount('coordinator');
const manager = demoAccount('team_manager');

function group(page: Page, legend: string | RegExp) {
  return page.getByRole('group', { name: legend });
}

async function openNetwork(page: Page, family: RegExp, heading: string) {
  await page.goto('/journeys');
  await page.getByRole('link', { name: family }).first().click();
  await page.getByRole('link', { name: 'See the network' }).click();
  await expect(pageHeading(page)).toHaveText(heading);
}

async function today(page: Page, legend: string) {
  const now = new Date();
  const when = group(page, legend);
  await when.getByLabel('Day').fill(String(now.getDate()));
  await when.getByLabel('Month').fill(String(now.getMonth() + 1));
  await when.getByLabel('Year').fill(String(now.getFullYear()));
}

async function recordProgress(page: Page, step: string) {
  await page.getByRole('link', { name: 'Record progress' }).click();
  await page.getByLabel(step).check();
  await today(page, 'When');
  await page.getByRole('button', { name: 'Save progress' }).click();
}

test('a coordinator adds a person, a team manager signs off the safety check, the coordinator records the first contact', async ({
  page,
}) => {
  await signIn(page, coordinator);
  await openNetwork(page, /Walker/, 'Reece Walker’s network');
  await page.getByRole('link', { name: 'Add a person' }).click();
  await page.getByLabel('First name').fill('Gloria');
  await page.getByLabel('Last name (optional)').fill('Walker');
  await page
    .getByLabel('Relationship to Reece Walker (optional)')
    .fill('great-aunt (Terry’s sister)');
  await group(page, 'Kind of person').getByLabel('Extended family').check();
  await group(page, 'Gender as recorded').getByLabel('Female').check();
  await page.getByLabel('Year of birth (optional)').fill('1958');
  await page.getByLabel('The year is approximate (about)').check();
  await group(page, 'How they were found').getByLabel('Another relative').check();
  const firstContact = group(page, 'Contact detail 1');
  await firstContact.getByLabel('Kind').selectOption('Phone');
  await firstContact.getByLabel('Phone number, email, address or account').fill('07700 900321');
  await firstContact.getByLabel('Checked').check();
  await page.getByRole('button', { name: 'Add person' }).click();

  await expect(page.getByText('Person added to the network')).toBeVisible();
  await expect(pageHeading(page)).toContainText('Gloria Walker');
  await expect(page.getByText('about 1958')).toBeVisible();
  const memberPage = new URL(page.url()).pathname;

  await page.getByRole('link', { name: 'Record the young person’s say' }).click();
  await page.getByLabel('Yes, they want contact').check();
  await page
    .getByLabel('What they said, in their own words (optional)')
    .fill('She sent me birthday cards');
  await page.getByRole('button', { name: 'Save their say' }).click();
  await expect(page.getByText('The young person’s say is recorded')).toBeVisible();

  await recordProgress(page, 'They have been located');
  await expect(page.getByText('Progress recorded')).toBeVisible();

  await page.getByRole('link', { name: 'Record the safety check' }).first().click();
  await page.getByLabel('Risk notes').fill('No concerns known to children’s social care.');
  await page.getByLabel('Safe to contact', { exact: true }).check();
  await page.getByRole('button', { name: 'Save the safety check' }).click();
  await expect(page.getByText('Safety check saved')).toBeVisible();

  // Not before the sign-off.
  await recordProgress(page, 'The first contact happened');
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'The safety check must be signed off by the team manager or the social worker before the first contact.',
  );
  await signOut(page);

  await signIn(page, manager);
  await page.goto(memberPage);
  await page.getByRole('link', { name: 'Sign off the safety check', exact: true }).first().click();
  await expect(page.getByText('No concerns known to children’s social care.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign off the safety check' }).click();
  await expect(page.getByText('Safety check signed off')).toBeVisible();
  await signOut(page);

  // The first contact, in the contact log: it moves her to "contacted".
  await signIn(page, coordinator);
  await page.goto(memberPage);
  await page.getByRole('link', { name: 'Record a contact' }).click();
  await page.getByLabel('Phone call').check();
  await today(page, 'When');
  await page.getByLabel('What you talked about').fill('How she looked after Reece as a baby');
  await page.getByLabel('Support they might offer').fill('A visit in the school holidays');
  await page.getByRole('button', { name: 'Save the contact' }).click();
  await expect(page.getByText('Contact recorded in the contact log')).toBeVisible();
  await expect(pageHeading(page)).toContainText('Contacted');
  await expect(page.getByText('How she looked after Reece as a baby')).toBeVisible();

  // The information letter, downloaded as a PDF and recorded as given.
  await page.getByRole('link', { name: 'Information letter' }).click();
  await expect(pageHeading(page)).toHaveText('Information letter about Lifelong Links');
  const letter = page.getByRole('article', { name: 'Letter' });
  await expect(letter).toContainText('Dear Gloria Walker,');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the letter (PDF)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^information-letter-[A-Z0-9-]+\.pdf$/);
  expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe('%PDF-');
  await page.getByRole('link', { name: 'record the letter as given' }).click();
  await page.getByLabel('By post').check();
  await today(page, 'When');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The information letter is recorded as given')).toBeVisible();
});

test('the young person’s “no” keeps a person out of contact, and a sister’s people are offered to her brother', async ({
  page,
}) => {
  await signIn(page, coordinator);
  await openNetwork(page, /Hughes/, 'Kayla Hughes’s network');
  await page.getByRole('link', { name: 'Add a person' }).click();
  await page.getByLabel('First name').fill('Stephen');
  await page.getByLabel('Last name (optional)').fill('Cole');
  await group(page, 'Kind of person').getByLabel('Other adult').check();
  await group(page, 'How they were found').getByLabel('Records').check();
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(pageHeading(page)).toContainText('Stephen Cole');

  await page.getByRole('link', { name: 'Record the young person’s say' }).click();
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Save their say' }).click();
  await expect(pageHeading(page)).toContainText('Closed: the young person said no');
  await expect(
    page.getByText('No. This person’s part in the network has been closed.'),
  ).toBeVisible();

  await recordProgress(page, 'They have been located');
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'This person’s part in the network has been closed.',
  );

  // Tyler's network is his own; Kayla's people are offered when adding to it.
  await page.goto(new URL(page.url()).pathname.replace(/\/network\/.*$/, '/network'));
  await page.getByRole('link', { name: 'Tyler Hughes’s network' }).click();
  await expect(pageHeading(page)).toHaveText('Tyler Hughes’s network');
  await page.getByRole('link', { name: 'Add a person' }).click();
  await group(page, 'Who to add to Tyler Hughes’s network').getByLabel('Priya Shah').check();
  await page.getByRole('button', { name: 'Add this person' }).click();
  await expect(page.getByText('Person added to the network')).toBeVisible();
  await expect(page.getByText('Kayla Hughes’s network (their say: yes)')).toBeVisible();
});
