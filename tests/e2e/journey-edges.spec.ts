import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn, signOutButton, submitSignIn } from './helpers.ts';

/**
 * The rough edges a new user hit on a journey, each as they saw it: the session warning, a form
 * sent after the session ended, consent withdrawn and given again, the planning meeting, and
 * pages that must not scroll sideways at 320 CSS pixels (400 % zoom).
 */

const coordinator = demoAccount('coordinator');

// Journeys of many pages, on a shared two-core machine: more than the default 30 seconds.
test.describe.configure({ timeout: 120_000 });

/** Jay's journey, seeded at planning with the demo coordinator. */
async function openJaysJourney(page: Page) {
  await page.goto('/journeys');
  await page
    .getByRole('link', { name: /Clarke/ })
    .first()
    .click();
  await expect(pageHeading(page)).toContainText('Clarke');
}

function group(page: Page, legend: string | RegExp) {
  return page.getByRole('group', { name: legend });
}

test.describe('reflow at 320 CSS pixels', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  const PAGES: Array<[role: Parameters<typeof demoAccount>[0], paths: string[]]> = [
    ['administrator', ['/admin/users', '/admin/teams']],
    ['team_manager', ['/inbox', '/inbox?status=all', '/children', '/journeys']],
    ['social_worker', ['/referrals']],
    ['coordinator', ['/journeys']],
  ];

  for (const [role, paths] of PAGES) {
    test(`no page scrolls sideways, for the ${role}`, async ({ page }) => {
      await signIn(page, demoAccount(role));
      const visited = [...paths];
      for (const path of paths) {
        await page.goto(path);
        await expectNoSidewaysScroll(page, path);
      }
      if (role === 'coordinator') {
        await openJaysJourney(page);
        await expectNoSidewaysScroll(page, 'the case page');
        // The wide consent table scrolls in its own region, which a keyboard can reach.
        const region = page.getByRole('region', { name: 'Consents given with the referral' });
        await expect(region).toHaveAttribute('tabindex', '0');
        visited.push('case page');
      }
      if (role === 'social_worker') {
        await page.getByRole('link', { name: /^LL-/ }).first().click();
        await page.goto(`${new URL(page.url()).pathname}/children`);
        await expectNoSidewaysScroll(page, 'a referral’s children');
      }
      expect(visited.length).toBeGreaterThan(0);
    });
  }
});

async function expectNoSidewaysScroll(page: Page, what: string) {
  const widths = (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth })',
  )) as { scroll: number; viewport: number };
  expect(widths.scroll, `${what} is ${widths.scroll}px wide`).toBeLessThanOrEqual(widths.viewport);
}

test('Sign out looks like a link beside the person’s name', async ({ page }) => {
  await signIn(page, coordinator);
  const signOut = signOutButton(page);
  const style = await signOut.evaluate((element) => {
    const view = element.ownerDocument.defaultView;
    const css = view?.getComputedStyle(element);
    const body = view?.getComputedStyle(element.ownerDocument.body);
    return { line: css?.textDecorationLine, colour: css?.color, body: body?.color };
  });
  expect(style.line).toContain('underline');
  expect(style.colour).not.toBe(style.body);
  await expect(page.getByRole('navigation', { name: 'Menu' })).toContainText(
    coordinator.displayName,
  );
});

test('warns before the session ends, and the person can stay signed in', async ({ page }) => {
  await page.clock.install();
  await signIn(page, coordinator);
  await openJaysJourney(page);
  // 26 minutes without a request: the warning comes 5 minutes before the 30-minute limit.
  await page.clock.fastForward('26:00');
  const dialog = page.getByRole('dialog', { name: 'You will be signed out soon' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('You will be signed out at');
  const stay = dialog.getByRole('button', { name: 'Stay signed in' });
  await expect(stay).toBeFocused();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  const keptAlive = page.waitForResponse('**/session/keep-alive');
  await stay.click();
  expect((await keptAlive).status()).toBe(204);
  await expect(dialog).toBeHidden();
  // Still signed in: the page works as before.
  await page.reload();
  await expect(pageHeading(page)).toContainText('Clarke');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a form sent after the session ended comes back filled in after signing in', async ({
    page,
    context,
  }) => {
    await signIn(page, coordinator);
    await openJaysJourney(page);
    await page.getByRole('link', { name: 'Add a case note' }).first().click();
    await expect(pageHeading(page)).toHaveText('Add a case note');
    const note = 'Spoke to Jay after school. He wants his sister at the next meeting.';
    await page.getByLabel('Note', { exact: true }).fill(note);
    await page.getByLabel('This note is sensitive').check();

    // The session ends while the note is being written.
    await context.clearCookies({ name: 'kindred_session' });
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(pageHeading(page)).toHaveText('Sign in to Kindred');
    expect(page.url()).not.toContain('Jay');

    await submitSignIn(page, coordinator.email, coordinator.password);
    await expect(pageHeading(page)).toHaveText('Add a case note');
    expect(new URL(page.url()).pathname).toMatch(/^\/journeys\/[0-9a-f-]{36}\/notes\/new$/);
    await expect(page.getByText('Your answers are back')).toBeVisible();
    await expect(page.getByLabel('Note', { exact: true })).toHaveValue(note);
    await expect(page.getByLabel('This note is sensitive')).toBeChecked();
  });
});

test('consent withdrawn by a named person, then given again, and the journey resumes', async ({
  page,
}) => {
  await signIn(page, coordinator);
  await openJaysJourney(page);
  const consentTable = page.getByRole('region', { name: 'Consents given with the referral' });
  // Each Withdraw link says whose consent it is.
  await consentTable
    .getByRole('link', { name: 'Withdraw consent from Jayden (Jay) Clarke' })
    .click();
  await expect(pageHeading(page)).toHaveText('Record a withdrawal of consent');
  await expect(
    group(page, 'Who withdrew their consent?').getByLabel(
      /Jayden \(Jay\) Clarke, the young person/,
    ),
  ).toBeChecked();
  await page
    .getByLabel('What did they say?')
    .fill('Jay wants a break while he settles at college.');
  await page.getByLabel('Pause it').check();
  await page.getByRole('button', { name: 'Record the withdrawal' }).click();

  // One banner: what was done, and that the journey is paused.
  await expect(page.locator('.govuk-notification-banner')).toHaveCount(1);
  await expect(page.locator('.govuk-notification-banner')).toContainText(
    'The withdrawal of consent has been recorded.',
  );
  await expect(page.locator('.govuk-notification-banner')).toContainText('This journey is paused.');

  // What is due next leads to recording consent given again.
  await page.getByRole('link', { name: /Record that consent has been given again/ }).click();
  await expect(pageHeading(page)).toHaveText('Record a consent reconfirmation');
  await group(page, 'Who gave their consent?')
    .getByLabel(/Jayden \(Jay\) Clarke, the young person/)
    .check();
  const scope = group(page, 'What did they agree to?');
  await scope.getByLabel('Search for people in the young person’s network').check();
  await scope.getByLabel('Contact the people found').check();
  await group(page, 'How did they tell you?').getByLabel('In person').check();
  await expect(page.getByText('Leave it empty')).toHaveCount(0);
  await page.getByRole('button', { name: 'Record their consent' }).click();

  await expect(page.locator('.govuk-notification-banner--success')).toContainText(
    'The consent reconfirmation has been recorded.',
  );
  const jaysRow = consentTable.getByRole('row').filter({ hasText: 'The young person' });
  await expect(jaysRow).toContainText('Given again');

  await page.getByRole('link', { name: 'Resume the journey', exact: true }).first().click();
  await page.getByLabel(/why/i).fill('Jay is ready to carry on.');
  await page.getByRole('button', { name: /Resume/ }).click();
  await expect(page.locator('.govuk-notification-banner')).toHaveCount(1);
  await expect(page.locator('.govuk-notification-banner')).toContainText(
    'The journey has been resumed.',
  );
});

test('the planning meeting cannot be recorded before it starts', async ({ page }) => {
  await signIn(page, coordinator);
  await openJaysJourney(page);
  await page.getByRole('link', { name: 'Planning meeting', exact: true }).click();
  await page.getByRole('link', { name: 'Change the date, time or place' }).click();
  await expect(page.getByText(/download the invitation as a calendar file/)).toBeVisible();
  await expect(page.getByText('sent by email')).toHaveCount(0);

  // Later today: the day has come, the meeting has not.
  const today = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date());
  const part = (type: string) => today.find((item) => item.type === type)?.value ?? '';
  const date = group(page, 'Date of the meeting');
  await date.getByLabel('Day', { exact: true }).fill(part('day'));
  await date.getByLabel('Month', { exact: true }).fill(part('month'));
  await date.getByLabel('Year', { exact: true }).fill(part('year'));
  await page.getByLabel('Time', { exact: true }).fill('11:59pm');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toBeVisible();

  await page.goto(
    `${new URL(page.url()).pathname.replace(/\/planning-meeting.*$/, '')}/planning-meeting/record`,
  );
  await expect(
    page.getByText(
      /The planning meeting starts at 11:59pm on .+\. Record it once it has been held\./,
    ),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
});
