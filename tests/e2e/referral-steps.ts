import { expect, type Locator, type Page } from '@playwright/test';
import { demoAccount, pageHeading } from './helpers.ts';

/**
 * Making a referral, as the social worker goes through it: the draft's task list, its question
 * pages, consent, check your answers and submit. Shared by the referral journeys
 * (referral-lifelong-links.spec.ts, referral-fgc.spec.ts).
 */

export const socialWorker = demoAccount('social_worker');
export const teamManager = demoAccount('team_manager');
export const coordinator = demoAccount('coordinator');

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** A date as Kindred counts days (London), `offsetDays` from today. */
export function londonDate(offsetDays = 0): DateParts {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(Date.now() + offsetDays * 86_400_000));
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return { day: part('day'), month: part('month'), year: part('year') };
}

/** A fieldset, found by its legend: a group of radios, checkboxes or a date input. */
export function group(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

/** Fills in the Day, Month and Year of the GOV.UK date input with this legend. */
export async function fillDate(page: Page, legend: string, date: DateParts) {
  const fields = group(page, legend);
  await fields.getByLabel('Day', { exact: true }).fill(date.day);
  await fields.getByLabel('Month', { exact: true }).fill(date.month);
  await fields.getByLabel('Year', { exact: true }).fill(date.year);
}

export async function choose(page: Page, legend: string, option: string) {
  await group(page, legend).getByLabel(option, { exact: true }).check();
}

/** The value beside a key in the page's summary lists (the first list that has it). */
export function summaryValue(page: Page, key: string): Locator {
  return page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.locator('.govuk-summary-list__key').getByText(key, { exact: true }) })
    .locator('.govuk-summary-list__value')
    .first();
}

export function successBanner(page: Page): Locator {
  return page.locator('.govuk-notification-banner--success');
}

export function menuLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true });
}

/** Referrals → Start a new referral, the kind, and who it is from: the draft's task list. */
export async function startReferral(
  page: Page,
  kind: 'Lifelong Links' | 'Family Group Conference',
) {
  await menuLink(page, 'Referrals').click();
  await expect(pageHeading(page)).toHaveText('Your referrals');
  await page.getByRole('button', { name: 'Start a new referral' }).click();

  await expect(pageHeading(page)).toHaveText('What kind of referral are you making?');
  await page.getByLabel(kind, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await expect(pageHeading(page)).toHaveText('Who is the referral from?');
  // Kindred suggests the role the person holds.
  await expect(page.getByLabel('Social worker', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await expect(pageHeading(page)).toHaveText(`${kind} referral`);
  await expect(page.getByText('You have completed 0 of 3 required sections.')).toBeVisible();
  const referralId = /\/referrals\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
  expect(referralId, 'the draft has its own address').toBeTruthy();
  return referralId ?? '';
}

/** The status beside a section of the draft's task list. */
export function taskStatus(page: Page, section: string): Locator {
  return page
    .locator('.govuk-task-list__item')
    .filter({ has: page.getByRole('link', { name: section, exact: true }) })
    .locator('.govuk-task-list__status');
}

export interface AboutAnswers {
  reason: string;
  hopes: string;
  bottomLines?: string;
  knownRisks: string;
  placementTimeline?: string;
  language: string;
  interpreter: 'Yes' | 'No';
  advocate: 'Yes' | 'No';
}

/** About the referral: its three question pages, each saved and continued. */
export async function answerAboutTheReferral(page: Page, answers: AboutAnswers) {
  await page.getByRole('link', { name: 'About the referral', exact: true }).click();
  await expect(pageHeading(page)).toHaveText('Why you are making this referral');
  await page.getByLabel('Why are you making this referral?').fill(answers.reason);
  await page.getByLabel('What do you hope the referral will achieve?').fill(answers.hopes);
  if (answers.bottomLines !== undefined) {
    await page.getByLabel('Bottom lines', { exact: true }).fill(answers.bottomLines);
  }
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(pageHeading(page)).toHaveText('Risks, placement and chronology');
  await page.getByLabel('Known risks', { exact: true }).fill(answers.knownRisks);
  if (answers.placementTimeline !== undefined) {
    await page.getByLabel('Placement timeline', { exact: true }).fill(answers.placementTimeline);
  }
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(pageHeading(page)).toHaveText('Language and support needs');
  await page.getByLabel('The young person’s first language').fill(answers.language);
  await choose(page, 'Is an interpreter or translator needed?', answers.interpreter);
  await choose(page, 'Is an advocate needed?', answers.advocate);
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(taskStatus(page, 'About the referral')).toHaveText('Completed');
}

export const SCOPES = [
  'Search for people in the young person’s network',
  'Contact the people found',
  'Share information about the young person with their network',
];

/** When, how and what to: the part of the consent forms the young person and parents share. */
export async function fillConsentScope(page: Page, how: string) {
  await fillDate(page, 'When did they give consent?', londonDate());
  await choose(page, 'How did they give it?', how);
  for (const scope of SCOPES) await choose(page, 'What did they agree to?', scope);
}

export async function addYoungPersonsAgreement(
  page: Page,
  agreement: { whose?: string; how: string; ownWords: string },
) {
  await page.getByRole('button', { name: 'Add the young person’s agreement' }).click();
  await expect(pageHeading(page)).toHaveText('The young person’s agreement');
  if (agreement.whose) await choose(page, 'Whose agreement is this?', agreement.whose);
  await fillConsentScope(page, agreement.how);
  await page.getByLabel('In their own words (optional)').fill(agreement.ownWords);
  await page.getByRole('button', { name: 'Save consent' }).click();
  await expect(pageHeading(page)).toHaveText('Consent');
}

export async function addParentalConsent(
  page: Page,
  consent: { name: string; relationship: string; children?: string[]; how: string },
) {
  await page.getByRole('button', { name: 'Add parental consent' }).click();
  await expect(pageHeading(page)).toHaveText('Consent from someone with parental responsibility');
  await page.getByLabel('Their name', { exact: true }).fill(consent.name);
  await page.getByLabel('Their relationship to the child').fill(consent.relationship);
  for (const child of consent.children ?? []) {
    await choose(page, 'Which children do they have parental responsibility for?', child);
  }
  await fillConsentScope(page, consent.how);
  await page.getByRole('button', { name: 'Save consent' }).click();
  await expect(pageHeading(page)).toHaveText('Consent');
}

/** Check your answers, submit, and the confirmation with the referral's reference. */
export async function checkAndSubmit(page: Page, kind: string, children: string[]) {
  await page.getByRole('link', { name: 'Check your answers and submit', exact: true }).click();
  await expect(pageHeading(page)).toHaveText('Check your answers before submitting the referral');
  for (const child of children) await expect(page.getByRole('main')).toContainText(child);
  await expect(page.getByRole('heading', { name: 'Now send your referral' })).toBeVisible();
  await page.getByRole('button', { name: 'Submit referral', exact: true }).click();

  const panel = page.locator('.govuk-panel');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Referral submitted');
  const reference = ((await panel.locator('strong').textContent()) ?? '').trim();
  expect(reference).toMatch(kind === 'fgc' ? /^FGC-\d{4}-\d{4}$/ : /^LL-\d{4}-\d{4}$/);
  await expect(page.getByText('is in the team inbox')).toBeVisible();
  return reference;
}
