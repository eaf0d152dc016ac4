import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn } from './helpers.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function notificationsLink(page: Page) {
  return page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: /^Notifications/ });
}

/** The unread count the header shows beside "Notifications" (0 when it shows none). */
async function unreadCount(page: Page): Promise<number> {
  const name = (await notificationsLink(page).textContent()) ?? '';
  const match = /(\d+)\+?\s*unread/.exec(name);
  return match ? Number(match[1]) : 0;
}

test.describe('notifications', () => {
  test('a coordinator sees the unread count, opens a notice at its journey, and the count drops', async ({
    page,
  }) => {
    await signIn(page, demoAccount('coordinator'));
    const before = await unreadCount(page);
    expect(before, 'the demo coordinator has unread notices').toBeGreaterThan(0);
    await expect(notificationsLink(page)).toHaveAccessibleName(`Notifications ${before} unread`);

    await notificationsLink(page).click();
    await expect(pageHeading(page)).toHaveText('Notifications');
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    const notice = page.getByRole('link', { name: /consent needs confirming again soon/ });
    await notice.click();
    await expect(page).toHaveURL(/\/journeys\/[0-9a-f-]{36}$/);
    await expect(pageHeading(page)).toContainText('Jayden');
    expect(await unreadCount(page)).toBe(before - 1);

    // Back in the centre, the notice is no longer marked as not read.
    await notificationsLink(page).click();
    const item = page
      .getByRole('listitem')
      .filter({ hasText: 'consent needs confirming again soon' });
    await expect(item).not.toContainText('Not read');
  });

  test('a person chooses which notifications also come by email', async ({ page }) => {
    await signIn(page, demoAccount('iro'));
    await notificationsLink(page).click();
    await page
      .getByRole('link', { name: 'Choose which notifications you also get by email' })
      .click();
    await expect(pageHeading(page)).toHaveText('Choose which notifications you also get by email');
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.getByLabel('Dates coming up').check();
    await page.getByLabel('Safety concerns').uncheck();
    await page.getByRole('button', { name: 'Save email choices' }).click();
    await expect(page.getByRole('alert', { name: 'Success' })).toContainText(
      'Your email choices are saved.',
    );
    await page
      .getByRole('link', { name: 'Choose which notifications you also get by email' })
      .click();
    await expect(page.getByLabel('Dates coming up')).toBeChecked();
    await expect(page.getByLabel('Safety concerns')).not.toBeChecked();
  });

  test('an administrator sees that email is off, and the jobs log', async ({ page }) => {
    await signIn(page, demoAccount('administrator'));
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await menu.getByRole('link', { name: 'Email', exact: true }).click();
    await expect(pageHeading(page)).toHaveText('Email');
    await expect(page.getByRole('heading', { name: 'Email is off' })).toBeVisible();
    await menu.getByRole('link', { name: 'Jobs', exact: true }).click();
    await expect(pageHeading(page)).toHaveText('Jobs log');
  });
});
