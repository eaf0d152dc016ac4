import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { demoAccount, pageHeading, signIn } from './helpers.ts';

/**
 * Steps of a conference and its plan, shared by the browser journeys (the Lifelong Links walk,
 * the plan, the FGC): each is what a coordinator, referrer, IRO or social worker does on a page,
 * by its visible labels.
 */

export function group(page: Page, legend: string | RegExp) {
  return page.getByRole('group', { name: legend });
}

export async function fillDate(page: Page, legend: string, date: Date) {
  const fields = group(page, legend);
  await fields.getByLabel('Day').fill(String(date.getUTCDate()));
  await fields.getByLabel('Month').fill(String(date.getUTCMonth() + 1));
  await fields.getByLabel('Year').fill(String(date.getUTCFullYear()));
}

export const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);

/** Opens a demo journey from the coordinator's list of journeys, by the young person's name. */
export async function openJourney(page: Page, name: RegExp, heading: string) {
  await page.goto('/journeys');
  await page.getByRole('link', { name }).first().click();
  await expect(pageHeading(page)).toContainText(heading);
}

/** Invites someone from the young person's network, by letter. */
export async function invite(page: Page, name: string) {
  await page.getByRole('button', { name: 'Invite someone' }).click();
  await expect(pageHeading(page)).toHaveText('Invite someone');
  await group(page, 'Who to invite').getByLabel(name).check();
  await group(page, 'How the invitation will be given').getByLabel('Letter').check();
  await page.getByRole('button', { name: 'Add the invitation' }).click();
  await expect(page.getByText('Invitation added.')).toBeVisible();
}

/** Adds someone who came to the register of the conference day, there for the private part and the plan. */
export async function registerAttendance(page: Page, label: string) {
  await page.getByRole('button', { name: 'Add someone to the register' }).click();
  await group(page, 'Who came').getByLabel(label).check();
  await group(page, 'How they came').getByLabel('In person').check();
  const parts = group(page, 'Which parts they were there for');
  await parts.getByLabel('Private family time').check();
  await parts.getByLabel('Agreeing the plan').check();
  await page.getByRole('button', { name: 'Save to the register' }).click();
  await expect(page.getByText('The register is updated')).toBeVisible();
}

/**
 * Private family time with a professional asked to stay: first without saying who asked, which
 * is refused with what was typed kept, then with the young person as the one who asked.
 */
export async function recordPrivateFamilyTime(page: Page) {
  await page.getByRole('link', { name: 'Record private family time' }).click();
  await page.getByLabel('Started at').fill('11:15');
  await page.getByLabel('Ended at').fill('12:20');
  await group(page, 'Did a professional stay?')
    .getByLabel('Yes, a professional stayed because they were asked')
    .check();
  await page.getByLabel('Who stayed').fill('Ade Bello, advocate');
  await page.getByRole('button', { name: 'Save private family time' }).click();
  await expect(page.getByRole('alert')).toContainText('Select who asked for a professional');
  await expect(page.getByLabel('Who stayed')).toHaveValue('Ade Bello, advocate');
  await group(page, 'Who asked them to stay').getByLabel('The young person').check();
  await page.getByRole('button', { name: 'Save private family time' }).click();
  await expect(page.getByText('Private family time is recorded')).toBeVisible();
  await expect(page.getByText('Ade Bello, advocate, because the young person asked')).toBeVisible();
}

/** Records the conference as held, from 10:00 to 13:10 on the day given (or the day planned). */
export async function recordHeld(page: Page, heldOn?: Date) {
  await page.getByRole('link', { name: 'Record whether the conference was held' }).click();
  await group(page, 'What happened').getByLabel('Held', { exact: true }).check();
  if (heldOn) await fillDate(page, 'The day it was held', heldOn);
  await page.getByLabel('Started at').fill('10:00');
  await page.getByLabel('Ended at').fill('13:10');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('What happened to the conference is recorded')).toBeVisible();
  await expect(page.getByText(/until 13:10/)).toBeVisible();
}

/** Writes a text section of the plan from its task list. */
export async function writeSection(page: Page, section: string, text: string) {
  await page.getByRole('link', { name: section }).click();
  await page.getByLabel(section).fill(text);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Plan saved')).toBeVisible();
}

/** The monitor or link person the young person chose: a professional. */
export async function chooseProfessionalMonitor(page: Page, name: string, role: string) {
  await page.getByRole('link', { name: 'The monitor or link person' }).click();
  await group(page, 'Who did the young person choose?').getByLabel('A professional').check();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Role').fill(role);
  await page.getByRole('button', { name: 'Save the monitor' }).click();
  await expect(page.getByText('Monitor saved')).toBeVisible();
}

/** Sends the plan to the referrer and signs out; gives the plan's path. */
export async function sendToReferrer(page: Page) {
  await page.getByRole('button', { name: 'Send the plan to the referrer' }).click();
  await expect(page.getByText('The plan is ready for the referrer to decide')).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The referrer (the demo social worker) reads the plan, with the young person's words, and agrees it. */
export async function referrerAgrees(page: Page, planPath: string, words: string) {
  await page.context().clearCookies();
  await signIn(page, demoAccount('social_worker'));
  await page.goto(planPath);
  await page.getByRole('button', { name: 'Decide on the plan' }).click();
  await expect(pageHeading(page)).toHaveText('Decide on the plan');
  await expect(page.getByText(words)).toBeVisible();
  await group(page, 'Your decision').getByLabel('I agree the plan').check();
  await page.getByRole('button', { name: 'Save my decision' }).click();
  await expect(page.getByText('Plan agreed. This version is now locked')).toBeVisible();
}

/**
 * Adds someone to the list of copies of the agreed plan, sent by email on the day given; a
 * network member is chosen from the list by name.
 */
export async function addCopy(page: Page, who: string, sentOn: Date, member?: RegExp) {
  await page.getByRole('button', { name: 'Add someone to send the plan to' }).click();
  await group(page, 'Who the plan is for').getByLabel(who, { exact: true }).check();
  if (member) {
    const select = page.getByLabel('Network member');
    const labels = await select.locator('option').allTextContents();
    await select.selectOption({ label: labels.find((label) => member.test(label)) ?? '' });
  }
  await expect(
    group(page, 'Which version of the plan').getByLabel('Version 1, agreed'),
  ).toBeChecked();
  await group(page, 'How the plan is sent').getByLabel('Email').check();
  await fillDate(page, 'Date sent', sentOn);
  await page.getByRole('button', { name: 'Add to the list' }).click();
  await expect(page.getByText('The person has been added to the list of copies.')).toBeVisible();
}

export async function recordFeedbackAsked(page: Page, who: string[]) {
  await page.getByRole('link', { name: 'Record feedback asked' }).click();
  const asked = group(page, 'Who you asked for feedback');
  for (const person of who) await asked.getByLabel(person).check();
  await fillDate(page, 'Date asked', new Date());
  await page.getByRole('button', { name: 'Record feedback asked' }).click();
  await expect(page.getByText('Feedback asked has been recorded.')).toBeVisible();
}

/** The answer form shows only once a review is offered, so axe checks it here. */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
}

/** Offers a review conference today; the family accepts one in about three months. */
export async function offerAndAcceptReview(page: Page) {
  const today = new Date();
  await page.getByRole('link', { name: 'Offer a review conference or record the answer' }).click();
  await expect(pageHeading(page)).toHaveText('Review conference');
  await fillDate(page, 'Date offered', today);
  await page.getByRole('button', { name: 'Record the offer' }).click();
  await expect(page.getByText('The review conference offer has been recorded.')).toBeVisible();
  await page.getByRole('link', { name: 'Offer a review conference or record the answer' }).click();
  await expectNoAxeViolations(page);
  await group(page, 'Their answer').getByLabel('Accepted').check();
  await fillDate(page, 'Date of the answer', today);
  await fillDate(page, 'Date of the review conference', daysFromNow(90));
  await page.getByLabel('Start time').fill('10:30');
  await page.getByLabel('How long').selectOption({ label: '2 hours' });
  await page.getByRole('button', { name: 'Record the answer' }).click();
  await expect(page.getByText(/The review has been accepted/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Plan the review conference' })).toBeVisible();
}

export async function signInAgain(page: Page, role: 'iro' | 'social_worker', handover: string) {
  await page.context().clearCookies();
  await signIn(page, demoAccount(role));
  await page.goto(handover);
  await expect(pageHeading(page)).toHaveText('The plan after the conference');
}

/** The IRO records their copy of the plan, received by email today. */
export async function recordIroCopy(page: Page) {
  await page.getByRole('link', { name: 'Record your copy of the plan' }).click();
  await fillDate(page, 'Date you received it', new Date());
  await group(page, 'How it reached you').getByLabel('Email').check();
  await page.getByRole('button', { name: 'Record my copy' }).click();
  await expect(page.getByText('Your copy of the plan has been recorded.')).toBeVisible();
  await expect(page.getByText(/Imani Reid holds version 1/)).toBeVisible();
}

/** The social worker confirms the plan is in the care plan, with the main record's reference. */
export async function confirmCarePlan(page: Page, reference: string) {
  await page.getByRole('link', { name: 'Confirm the plan is in the care or pathway plan' }).click();
  await group(page, 'Where the plan is included').getByLabel('Care plan').check();
  await page.getByLabel('Main record reference').fill(reference);
  await fillDate(page, 'Date it was included', new Date());
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(
    page.getByText('The plan is recorded as part of the care or pathway plan.'),
  ).toBeVisible();
  await expect(page.getByText(`main record reference ${reference}`)).toBeVisible();
}

async function optionLabel(page: Page, name: RegExp) {
  const labels = await page
    .getByLabel('Which person', { exact: true })
    .locator('option')
    .allTextContents();
  return labels.find((label) => name.test(label)) ?? '';
}

/** Adds an action of the plan, done every week by someone in the young person's network. */
export async function addAction(page: Page, what: string, person: RegExp, how: string) {
  await page.getByRole('button', { name: 'Add an action' }).click();
  await expect(pageHeading(page)).toHaveText('Add an action');
  await page.getByLabel('What will be done').fill(what);
  await group(page, 'Who will do it').getByLabel('Someone in the young person’s network').check();
  await page
    .getByLabel('Which person', { exact: true })
    .selectOption({ label: await optionLabel(page, person) });
  await page.getByLabel('How often (optional)').fill('Every week');
  await group(page, 'How').getByLabel(how).check();
  await page.getByRole('button', { name: 'Add the action' }).click();
  await expect(page.getByText('Action added')).toBeVisible();
}
