import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { pageHeading, signIn, signOut } from './helpers.ts';
import {
  choose,
  coordinator,
  fillDate,
  londonDate,
  menuLink,
  successBanner,
  summaryValue,
  teamManager,
} from './referral-steps.ts';

/**
 * From a submitted referral to stage 3: the team manager accepts it and matches the coordinator,
 * and the coordinator plans the journey and moves it on to discovery. Shared by the referral
 * journeys (referral-lifelong-links.spec.ts, referral-fgc.spec.ts).
 */

/**
 * The team manager opens the referral from the team inbox, records the initial discussion and
 * the criteria check, accepts it and matches the demo coordinator: the journey opens at stage 2.
 */
export async function acceptAndMatch(page: Page, reference: string, kind: string, heading: string) {
  await signIn(page, teamManager);
  await page.getByRole('link', { name: 'Go to the team inbox' }).click();
  await expect(pageHeading(page)).toHaveText('Team inbox');
  await page.getByRole('link', { name: reference, exact: true }).click();

  await expect(pageHeading(page)).toHaveText(`${kind} referral`);
  await expect(page.locator('.govuk-caption-l')).toHaveText(reference);
  await expect(page.locator('.govuk-tag', { hasText: 'Submitted' })).toBeVisible();

  await page.getByRole('button', { name: 'Record the initial discussion' }).click();
  await expect(pageHeading(page)).toHaveText('Initial discussion with the referrer');
  await fillDate(page, 'When did you talk to the referrer?', londonDate());
  await page
    .getByLabel('Notes from the discussion')
    .fill('Talked it through with Sam. The referral is right for now; consent is in place.');
  await page.getByRole('button', { name: 'Save discussion' }).click();
  await expect(successBanner(page)).toContainText(
    'The initial discussion with the referrer has been recorded.',
  );
  await expect(summaryValue(page, 'Initial discussion')).toContainText('Talked it through');

  await page.getByRole('button', { name: 'Check against the criteria' }).click();
  await expect(pageHeading(page)).toHaveText('Check the referral against the criteria');
  await choose(page, 'Does the referral meet the criteria?', 'Yes');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(successBanner(page)).toContainText(
    'The check against the criteria has been recorded.',
  );
  await expect(summaryValue(page, 'Meets the criteria')).toHaveText('Yes');

  await page.getByRole('button', { name: 'Accept or decline' }).click();
  await expect(pageHeading(page)).toHaveText('Accept or decline the referral');
  await choose(page, 'Your decision', 'Accept the referral');
  await page.getByRole('button', { name: 'Save decision' }).click();

  await expect(pageHeading(page)).toHaveText('Match a coordinator');
  await expect(successBanner(page)).toContainText(
    'The referral has been accepted. Now match a coordinator.',
  );
  await expect(page.getByRole('table', { name: 'Coordinators' })).toContainText(
    coordinator.displayName,
  );
  await choose(
    page,
    'Which coordinator will work with this young person?',
    coordinator.displayName,
  );
  await choose(
    page,
    'Has the coordinator declared any other professional role with this family?',
    'No, they have no other role with the family',
  );
  await page.getByRole('button', { name: 'Match coordinator and start the journey' }).click();

  await expect(successBanner(page)).toContainText(
    'The coordinator has been matched and the journey has started.',
  );
  await expect(pageHeading(page)).toContainText(heading);
  await expect(pageHeading(page).locator('.govuk-tag')).toHaveText('Active');
  await expect(summaryValue(page, 'Stage')).toHaveText('Stage 2 of 8: Planning');
  await expect(summaryValue(page, 'Coordinator')).toHaveText(coordinator.displayName);
  await expect(summaryValue(page, 'Reference')).toHaveText(reference);
  await signOut(page);
}

/**
 * The coordinator finds the journey in their list of journeys and opens its case page. The list
 * names the children by last name then first name; the case page in the referral's order.
 */
export async function openJourneyAsCoordinator(page: Page, journey: Journey) {
  const { reference, heading } = journey;
  await signIn(page, coordinator);
  await expect(page.getByRole('heading', { level: 2, name: 'Your journeys' })).toBeVisible();
  await menuLink(page, 'Journeys').click();
  await page.getByLabel('Search by name or reference').fill(reference);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Stage 2');
  await row.getByRole('link', { name: journey.listedAs, exact: true }).click();
  await expect(pageHeading(page)).toContainText(heading);
  await expect(summaryValue(page, 'Planning meeting')).toHaveText('Not scheduled yet');
}

export const VENUE = 'Meeting room 2 at the Civic Centre';

/**
 * Schedules the planning meeting for today just after midnight, so it has been held whenever the
 * test runs (it is recorded only once it has started); back on the case page.
 */
export async function schedulePlanningMeeting(page: Page) {
  await page.getByRole('link', { name: 'Schedule the planning meeting' }).click();
  await expect(pageHeading(page)).toHaveText('Schedule the planning meeting');
  await fillDate(page, 'Date of the meeting', londonDate(0));
  await page.getByLabel('Time', { exact: true }).fill('00:01');
  await page.getByLabel('How long', { exact: true }).selectOption({ label: '1 hour 30 minutes' });
  await page.getByLabel('Where', { exact: true }).fill(VENUE);
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(successBanner(page)).toContainText('The planning meeting has been scheduled.');
  await expect(summaryValue(page, 'Planning meeting')).toContainText('Scheduled for');
  await expect(summaryValue(page, 'Planning meeting')).toContainText('12:01am');
}

/** The invitation: a calendar file that names the referral's reference but never the child. */
export async function downloadInvitation(page: Page, reference: string, childNames: string[]) {
  const link = page.getByRole('link', {
    name: 'Download the invitation to the planning meeting (calendar file)',
  });
  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`planning-meeting-${reference}.ics`);
  // Long iCalendar lines are folded: unfold them before looking for a name split across two.
  const ics = (await readFile(await download.path(), 'utf8')).replace(/\r?\n[ \t]/g, '');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(reference);
  expect(ics).toContain(VENUE);
  for (const name of childNames) expect(ics).not.toContain(name);

  // The same address, fetched with the coordinator's session, says what kind of file it is.
  const response = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
}

/** Records what the planning meeting agreed; back on the case page. */
export async function recordPlanningMeeting(page: Page) {
  await page.getByRole('button', { name: 'Record the planning meeting' }).click();
  await expect(pageHeading(page)).toHaveText('Record the planning meeting');
  await page
    .getByLabel('Who came', { exact: true })
    .fill('Cara Okafor (coordinator), Tom Hughes (team manager), Sam Patel (social worker)');
  await page
    .getByLabel('Key objectives', { exact: true })
    .fill('Find and reconnect people who matter, and build a network that lasts.');
  await page
    .getByLabel('Constraints and risks', { exact: true })
    .fill('No contact with anyone the social worker has not checked first.');
  await page
    .getByLabel('How the young person will take part, and the support they need')
    .fill('Short sessions after school, with an interpreter.');
  await choose(page, 'Was the young person offered an advocate?', 'Yes');
  await choose(page, 'Was an interpreter or translator offered?', 'Yes');
  await page
    .getByLabel('The carer’s support needs (optional)')
    .fill('The carer would like to be told before each visit.');
  await page
    .getByLabel('Consent issues (optional)')
    .fill('Consent to share covers the network only; not school.');
  await page
    .getByLabel('Timescales and next steps agreed by all agencies')
    .fill('Start discovery this month; review progress in six weeks.');
  await choose(page, 'Was the chronology provided?', 'Yes');
  await page.getByRole('button', { name: 'Save the record' }).click();

  await expect(successBanner(page)).toContainText('The planning meeting has been recorded.');
  await expect(summaryValue(page, 'Planning meeting')).toContainText('recorded');
}

/** Moves the journey on from planning to discovery, with a reason; back on the case page. */
export async function moveToDiscovery(page: Page) {
  await page.getByRole('link', { name: 'Move on to the next stage' }).click();
  await expect(pageHeading(page)).toHaveText('Move the journey on');
  await expect(summaryValue(page, 'Now')).toHaveText('Stage 2 of 8: Planning');
  await expect(summaryValue(page, 'Next')).toHaveText('Stage 3 of 8: Discovery');
  await page
    .getByLabel('Why is the journey ready to move on?')
    .fill('The planning meeting agreed the objectives and next steps.');
  await page.getByRole('button', { name: 'Move to stage 3' }).click();

  await expect(successBanner(page)).toContainText('The journey has moved on to the next stage.');
  await expect(summaryValue(page, 'Stage')).toHaveText('Stage 3 of 8: Discovery');
  const stages = page.locator('.govuk-task-list__item');
  await expect(stages.filter({ hasText: '2. Planning' })).toContainText('Done');
  await expect(stages.filter({ hasText: '3. Discovery' })).toContainText('Current stage');
  await expect(page.locator('.moj-timeline__title')).toHaveText([
    'Moved to stage 3, Discovery',
    'Planning meeting recorded',
    'Planning meeting scheduled',
    'Journey opened at stage 2, Planning',
  ]);
}

export interface Journey {
  reference: string;
  /** The case page's heading. */
  heading: string;
  /** The name of the link in the list of journeys. */
  listedAs: string;
  /** Words that must never be in the invitation. */
  childNames: string[];
}

/** Planning, from the coordinator's side: schedule, invitation, record, move to discovery. */
export async function planTheJourney(page: Page, journey: Journey) {
  const { reference } = journey;
  await openJourneyAsCoordinator(page, journey);
  await schedulePlanningMeeting(page);
  await page.getByRole('link', { name: 'Planning meeting', exact: true }).click();
  await expect(pageHeading(page)).toHaveText('Planning meeting');
  await expect(summaryValue(page, 'Where')).toHaveText(VENUE);
  await expect(summaryValue(page, 'How long')).toHaveText('1 hour 30 minutes');
  await downloadInvitation(page, reference, journey.childNames);
  await recordPlanningMeeting(page);
  await moveToDiscovery(page);
}
