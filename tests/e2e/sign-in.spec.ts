import { expect, test } from '@playwright/test';
import type { Role } from '../../src/domain/roles.ts';
import { demoAccount, pageHeading, signOut, signOutButton, submitSignIn } from './helpers.ts';

/** What each role finds on its home page: the heading of its own section. */
const HOME_SECTION: Record<Role, string> = {
  coordinator: 'Your journeys',
  team_manager: 'Team inbox',
  social_worker: 'Your referrals',
  iro: 'Young people you are IRO for',
  practice_manager: 'The service',
  administrator: 'Administration',
};

test.describe('signing in and out', () => {
  for (const [role, sectionHeading] of Object.entries(HOME_SECTION) as Array<[Role, string]>) {
    test(`${role}: signs in from the home page, sees their home and signs out`, async ({
      page,
    }) => {
      const account = demoAccount(role);

      await page.goto('/');
      await expect(page).toHaveURL(/\/sign-in(\?returnTo=%2F)?$/);
      await expect(pageHeading(page)).toHaveText('Sign in to Kindred');

      await submitSignIn(page, account.email, account.password);
      await expect(page).toHaveURL(/\/$/);
      await expect(pageHeading(page)).toHaveText(`Hello, ${account.displayName}`);
      await expect(page.getByRole('heading', { level: 2, name: sectionHeading })).toBeVisible();
      await expect(page.getByRole('banner')).toContainText(account.displayName);

      await signOut(page);
      await expect(signOutButton(page)).toHaveCount(0);

      await page.goto('/');
      await expect(page).toHaveURL(/\/sign-in(\?returnTo=%2F)?$/);
      await expect(pageHeading(page)).toHaveText('Sign in to Kindred');
    });
  }

  test('a wrong password is refused with the error summary, keeping the email address', async ({
    page,
  }) => {
    const account = demoAccount('coordinator');
    await page.goto('/sign-in');
    await submitSignIn(page, account.email, 'not-the-password');

    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    const message = 'Enter a correct email address and password';
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
    await expect(page.getByLabel('Email address')).toHaveValue(account.email);
    await expect(page.getByLabel('Email address')).toHaveAccessibleDescription(new RegExp(message));
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await expect(signOutButton(page)).toHaveCount(0);

    // The summary's link takes the person to the field to correct.
    await summary.getByRole('link', { name: message }).click();
    await expect(page.getByLabel('Email address')).toBeFocused();
  });

  test('an empty form shows what is missing beside each field', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link')).toHaveText([
      'Enter your email address',
      'Enter your password',
    ]);
    await expect(page.getByLabel('Email address')).toHaveAccessibleDescription(
      /Enter your email address/,
    );
    await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(
      /Enter your password/,
    );
  });
});
