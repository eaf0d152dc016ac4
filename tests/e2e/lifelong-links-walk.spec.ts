import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  addAction,
  addCopy,
  chooseProfessionalMonitor,
  confirmCarePlan,
  daysFromNow,
  fillDate,
  group,
  invite,
  offerAndAcceptReview,
  openJourney,
  recordFeedbackAsked,
  recordHeld,
  recordIroCopy,
  recordPrivateFamilyTime,
  referrerAgrees,
  registerAttendance,
  sendToReferrer,
  signInAgain,
  writeSection,
} from './conference-steps.ts';
import { demoAccount, pageHeading, signIn } from './helpers.ts';

/**
 * One Lifelong Links journey, walked end to end on Kacper's (demo data, stage 5): the coordinator
 * plans a conference and invites two people from his network (a letter printed, the calendar
 * file downloaded, the readiness list seen); records the day (who came, private family time,
 * held); writes the plan, which the referrer agrees; sends it out on time, asks for feedback and
 * has a review accepted; the IRO records their copy and the social worker the care plan.
 * The conference was planned for next month but held yesterday: the day recorded is what counts.
 */

test.describe.configure({ timeout: 360_000 });

const words = 'I want to meet my grandmother Halina and write to my uncle Tomasz.';

test('a Lifelong Links journey from planning the conference to the plan in the care plan', async ({
  page,
}) => {
  await signIn(page, demoAccount('coordinator'));
  await openJourney(page, /Nowak/, 'Nowak');
  const journeyPath = new URL(page.url()).pathname;
  await page
    .getByRole('link', { name: 'Plan the conference and check its readiness list' })
    .click();
  await expect(pageHeading(page)).toHaveText('Conferences');
  await page.getByRole('button', { name: 'Plan a conference' }).click();
  await expect(pageHeading(page)).toHaveText('Plan a conference');

  // The meeting's language starts as the young person's first language.
  await expect(page.getByLabel('Language of the meeting')).toHaveValue('Polish');
  await fillDate(page, 'Date of the conference', daysFromNow(30));
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

  // Dariusz, whom Kacper said no to, is never offered.
  await page.getByRole('button', { name: 'Invite someone' }).click();
  await expect(group(page, 'Who to invite').getByLabel(/Dariusz/)).toHaveCount(0);
  await page.goBack();
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

  // The conference day: Halina came; private family time; held yesterday.
  await page.getByRole('link', { name: /^Record the conference day/ }).click();
  await expect(pageHeading(page)).toHaveText('The conference day');
  await registerAttendance(page, 'Halina Nowak');
  await expect(page.getByText(/Halina Nowak \(/)).toBeVisible();
  await recordPrivateFamilyTime(page);
  await recordHeld(page, daysFromNow(-1));

  // The plan, written with Kacper and sent to the referrer, who agrees it.
  await page.getByRole('button', { name: 'Write the plan' }).click();
  await expect(pageHeading(page)).toHaveText('The plan');
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByText('Plan started')).toBeVisible();
  await writeSection(page, 'The young person’s own words and wishes', words);
  await page.getByRole('link', { name: 'Who will do what' }).click();
  await addAction(page, 'Write to Kacper every month', /Tomasz Nowak/, 'By letter');
  await page.getByRole('link', { name: 'Back to the plan' }).first().click();
  await writeSection(page, 'If the plan does not work', 'Kasia calls everyone together again.');
  await chooseProfessionalMonitor(page, 'Sam Reid', 'Foster carer');
  const planPath = await sendToReferrer(page);
  await referrerAgrees(page, planPath, words);

  // Sent out on time: to the IRO, to Kacper and to his grandmother, by email today.
  await page.context().clearCookies();
  await signIn(page, demoAccount('coordinator'));
  await page.goto(journeyPath);
  await page.getByRole('link', { name: /^Due by/ }).click();
  await expect(pageHeading(page)).toHaveText('The plan after the conference');
  const handover = new URL(page.url()).pathname;
  await addCopy(page, 'The independent reviewing officer (IRO)', new Date());
  await addCopy(page, 'The young person', new Date());
  await addCopy(page, 'Someone in the young person’s network', new Date(), /^Halina Nowak/);
  await expect(page.getByText(/Plan sent out: Sent out on time, on/)).toBeVisible();
  await recordFeedbackAsked(page, ['The young person', 'Halina Nowak (Grandmother)']);
  await offerAndAcceptReview(page);

  await signInAgain(page, 'iro', handover);
  // The IRO reads the summary without the network member's name.
  await expect(page.getByText('Halina Nowak')).toHaveCount(0);
  await recordIroCopy(page);
  await signInAgain(page, 'social_worker', handover);
  await confirmCarePlan(page, 'CP-5050');
});
