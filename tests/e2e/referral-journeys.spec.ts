import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn, signOut } from './helpers.ts';

/**
 * A referral from start to stage 3, as the three people who make it happen would go through it:
 * the social worker makes it, the team manager accepts it and matches a coordinator, and the
 * coordinator plans the journey and moves it on to discovery. Every step is a real page.
 */

const socialWorker = demoAccount('social_worker');
const teamManager = demoAccount('team_manager');
const coordinator = demoAccount('coordinator');

interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** A date as Kindred counts days (London), `offsetDays` from today. */
function londonDate(offsetDays = 0): DateParts {
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
function group(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

/** Fills in the Day, Month and Year of the GOV.UK date input with this legend. */
async function fillDate(page: Page, legend: string, date: DateParts) {
  const fields = group(page, legend);
  await fields.getByLabel('Day', { exact: true }).fill(date.day);
  await fields.getByLabel('Month', { exact: true }).fill(date.month);
  await fields.getByLabel('Year', { exact: true }).fill(date.year);
}

async function choose(page: Page, legend: string, option: string) {
  await group(page, legend).getByLabel(option, { exact: true }).check();
}

/** The value beside a key in the page's summary lists (the first list that has it). */
function summaryValue(page: Page, key: string): Locator {
  return page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.locator('.govuk-summary-list__key').getByText(key, { exact: true }) })
    .locator('.govuk-summary-list__value')
    .first();
}

function successBanner(page: Page): Locator {
  return page.locator('.govuk-notification-banner--success');
}

function menuLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true });
}

/** Referrals → Start a new referral, the kind, and who it is from: the draft's task list. */
async function startReferral(page: Page, kind: 'Lifelong Links' | 'Family Group Conference') {
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
function taskStatus(page: Page, section: string): Locator {
  return page
    .locator('.govuk-task-list__item')
    .filter({ has: page.getByRole('link', { name: section, exact: true }) })
    .locator('.govuk-task-list__status');
}

interface AboutAnswers {
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
async function answerAboutTheReferral(page: Page, answers: AboutAnswers) {
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

const SCOPES = [
  'Search for people in the young person’s network',
  'Contact the people found',
  'Share information about the young person with their network',
];

/** When, how and what to: the part of the consent forms the young person and parents share. */
async function fillConsentScope(page: Page, how: string) {
  await fillDate(page, 'When did they give consent?', londonDate());
  await choose(page, 'How did they give it?', how);
  for (const scope of SCOPES) await choose(page, 'What did they agree to?', scope);
}

async function addYoungPersonsAgreement(
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

async function addParentalConsent(
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
async function checkAndSubmit(page: Page, kind: string, children: string[]) {
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

/**
 * The team manager opens the referral from the team inbox, records the initial discussion and
 * the criteria check, accepts it and matches the demo coordinator: the journey opens at stage 2.
 */
async function acceptAndMatch(page: Page, reference: string, kind: string, heading: string) {
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
async function openJourneyAsCoordinator(page: Page, journey: Journey) {
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

const VENUE = 'Meeting room 2 at the Civic Centre';

/**
 * Schedules the planning meeting for today just after midnight, so it has been held whenever the
 * test runs (it is recorded only once it has started); back on the case page.
 */
async function schedulePlanningMeeting(page: Page) {
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
async function downloadInvitation(page: Page, reference: string, childNames: string[]) {
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
async function recordPlanningMeeting(page: Page) {
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
async function moveToDiscovery(page: Page) {
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

interface Journey {
  reference: string;
  /** The case page's heading. */
  heading: string;
  /** The name of the link in the list of journeys. */
  listedAs: string;
  /** Words that must never be in the invitation. */
  childNames: string[];
}

/** Planning, from the coordinator's side: schedule, invitation, record, move to discovery. */
async function planTheJourney(page: Page, journey: Journey) {
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

test.describe('a referral becomes a journey', () => {
  test.setTimeout(120_000);

  test('Lifelong Links for Amir: referred, accepted and matched, planned, on to discovery', async ({
    page,
  }) => {
    // The social worker makes the referral.
    await signIn(page, socialWorker);
    await startReferral(page, 'Lifelong Links');

    await page.getByRole('link', { name: 'The young person', exact: true }).click();
    await expect(pageHeading(page)).toHaveText('The young person');
    await page.getByLabel('Name or record ID').fill('Haddad');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const result = page.getByRole('row').filter({ hasText: 'DEMO-1006' });
    await expect(result).toContainText('Amir Haddad');
    await result.getByRole('button', { name: 'Add Amir Haddad' }).click();
    await expect(page.getByRole('table', { name: 'Added to this referral' })).toContainText(
      'Amir Haddad',
    );
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(taskStatus(page, 'The young person')).toHaveText('Completed');

    await answerAboutTheReferral(page, {
      reason:
        'Amir arrived in the UK alone last year. He has asked about an uncle he believes lives in Manchester.',
      hopes: 'That Amir has people who care about him beyond his professional network.',
      knownRisks: 'None known.',
      placementTimeline: 'With foster carers since August 2025. No move planned.',
      language: 'Arabic',
      interpreter: 'Yes',
      advocate: 'No',
    });

    await page.getByRole('link', { name: 'Consent', exact: true }).click();
    await expect(pageHeading(page)).toHaveText('Consent');
    await expect(page.getByRole('main')).toContainText('Amir’s own agreement');
    await addYoungPersonsAgreement(page, {
      how: 'In person',
      ownWords: 'I want to find my uncle and people from home.',
    });
    await addParentalConsent(page, {
      name: 'Demo Council',
      relationship: 'Local authority',
      how: 'By email',
    });
    await expect(
      page.getByText('You have recorded every consent this referral needs.'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Amir’s own agreement' })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Demo Council (Local authority) for Amir' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(taskStatus(page, 'Consent')).toHaveText('Completed');
    await expect(page.getByText('You have completed 3 of 3 required sections.')).toBeVisible();

    const reference = await checkAndSubmit(page, 'lifelong_links', ['Amir Haddad']);
    await signOut(page);

    // The team manager accepts it and matches the coordinator.
    await acceptAndMatch(page, reference, 'Lifelong Links', 'Amir Haddad');

    // The coordinator plans the journey and moves it on.
    await planTheJourney(page, {
      reference,
      heading: 'Amir Haddad',
      listedAs: 'Amir Haddad',
      childNames: ['Amir', 'Haddad'],
    });
    await signOut(page);

    // The social worker sees the referral accepted, with the way to its journey.
    await signIn(page, socialWorker);
    await menuLink(page, 'Referrals').click();
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect(row.locator('.govuk-tag')).toHaveText('Coordinator matched');
    await expect(
      row.getByRole('link', { name: `View the journey for ${reference}` }),
    ).toBeVisible();
    await row.getByRole('link', { name: reference, exact: true }).click();
    await expect(pageHeading(page)).toHaveText('Lifelong Links referral');
    await expect(page.getByText(`Coordinator: ${coordinator.displayName}`)).toBeVisible();
    await page.getByRole('button', { name: 'Go to the journey' }).click();
    await expect(pageHeading(page)).toContainText('Amir Haddad');
    await expect(summaryValue(page, 'Stage')).toHaveText('Stage 3 of 8: Discovery');
  });

  test('a Family Group Conference for Poppy and Alfie: consents checked on submitting, then planned', async ({
    page,
  }) => {
    await signIn(page, socialWorker);
    const referralId = await startReferral(page, 'Family Group Conference');

    // Neither child is on the register: search first, then add them.
    await page.getByRole('link', { name: 'The children', exact: true }).click();
    await expect(pageHeading(page)).toHaveText('The children');
    // Born in 2015 and 2018 when this was written; kept 10 or 11, and 7 or 8, as years pass.
    const thisYear = Number(londonDate().year);
    const children = [
      { first: 'Poppy', last: 'Marsh', born: { day: '3', month: '4', year: `${thisYear - 11}` } },
      { first: 'Alfie', last: 'Marsh', born: { day: '21', month: '9', year: `${thisYear - 8}` } },
    ];
    for (const child of children) {
      await page.getByLabel('Name or record ID').fill(`${child.first} ${child.last}`);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Search results' })).toBeVisible();
      await page.getByRole('link', { name: 'They are not on the register: add them' }).click();
      await expect(pageHeading(page)).toHaveText('Add a child or young person to the register');
      await page.getByLabel('First name', { exact: true }).fill(child.first);
      await page.getByLabel('Last name', { exact: true }).fill(child.last);
      await fillDate(page, 'Date of birth', child.born);
      await page.getByRole('button', { name: 'Add to the register and to this referral' }).click();
      await expect(pageHeading(page)).toHaveText('The children');
      await expect(page.getByRole('table', { name: 'Added to this referral' })).toContainText(
        `${child.first} ${child.last}`,
      );
    }
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(taskStatus(page, 'The children')).toHaveText('Completed');

    await answerAboutTheReferral(page, {
      reason: 'Poppy and Alfie’s mother is unwell and the family needs a plan for their care.',
      hopes: 'The family agree who will look after the children and how.',
      bottomLines: 'The children are not left in the care of their father without supervision.',
      knownRisks: 'Their father has a history of violence; do not share the children’s address.',
      language: 'English',
      interpreter: 'No',
      advocate: 'Yes',
    });

    // Their mother's consent covers both children.
    await page.getByRole('link', { name: 'Consent', exact: true }).click();
    await addParentalConsent(page, {
      name: 'Dana Marsh',
      relationship: 'Mother',
      children: ['Poppy Marsh', 'Alfie Marsh'],
      how: 'In person',
    });
    await expect(
      page.getByRole('heading', { name: 'Dana Marsh (Mother) for Poppy' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Dana Marsh (Mother) for Alfie' }),
    ).toBeVisible();
    // Poppy is over 10, so her own agreement is needed too; Alfie is younger.
    const stillNeeded = page.getByRole('heading', { name: 'Still needed before you can submit' });
    await expect(stillNeeded).toBeVisible();
    await expect(page.locator('.govuk-list--bullet > li')).toHaveText(['Poppy’s own agreement']);

    // The task list does not offer "Check your answers" yet; the referrer goes there anyway.
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(taskStatus(page, 'Consent')).toHaveText('In progress');
    await expect(
      page.getByRole('link', { name: 'Check your answers and submit', exact: true }),
    ).toHaveCount(0);
    await page.goto(`/referrals/${referralId}/check`);
    await expect(pageHeading(page)).toHaveText('Check your answers before submitting the referral');
    await page.getByRole('button', { name: 'Submit referral', exact: true }).click();

    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link')).toHaveText(['Record Poppy’s own agreement']);
    await expect(pageHeading(page)).toHaveText('Check your answers before submitting the referral');

    // The error takes them to where it is put right.
    await summary.getByRole('link', { name: 'Record Poppy’s own agreement' }).click();
    await expect(pageHeading(page)).toHaveText('Consent');
    await addYoungPersonsAgreement(page, {
      whose: 'Poppy Marsh',
      how: 'In person',
      ownWords: 'I want my nan and auntie to help.',
    });
    await expect(
      page.getByText('You have recorded every consent this referral needs.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(taskStatus(page, 'Consent')).toHaveText('Completed');

    const reference = await checkAndSubmit(page, 'fgc', ['Poppy Marsh', 'Alfie Marsh']);
    await signOut(page);

    const heading = 'Poppy Marsh and Alfie Marsh';
    await acceptAndMatch(page, reference, 'Family Group Conference', heading);
    await planTheJourney(page, {
      reference,
      heading,
      listedAs: 'Alfie Marsh, Poppy Marsh',
      childNames: ['Poppy', 'Alfie', 'Marsh'],
    });
  });
});
