import { expect, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn, submitSignIn } from './helpers.ts';

test.describe('where people may go', () => {
  test('a signed-out visitor is asked to sign in, then taken to the page they wanted', async ({
    page,
  }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fadmin%2Fusers$/);
    await expect(pageHeading(page)).toHaveText('Sign in to Kindred');

    const administrator = demoAccount('administrator');
    await submitSignIn(page, administrator.email, administrator.password);
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(pageHeading(page)).toHaveText('Users');
  });

  test('a coordinator cannot open user administration', async ({ page }) => {
    await signIn(page, demoAccount('coordinator'));
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(403);
    await expect(pageHeading(page)).toHaveText('You cannot do that');
    await expect(page.getByRole('navigation', { name: 'Menu' })).not.toContainText('Users');
  });

  test('an address that does not exist shows the page-not-found page', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(pageHeading(page)).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the Kindred home page' }).click();
    await expect(pageHeading(page)).toHaveText('Sign in to Kindred');
  });

  test('a signed-in person sees the page-not-found page with their navigation', async ({
    page,
  }) => {
    const account = demoAccount('social_worker');
    await signIn(page, account);
    const response = await page.goto('/this-page-does-not-exist');
    expect(response?.status()).toBe(404);
    await expect(pageHeading(page)).toHaveText('Page not found');
    await expect(page.getByRole('banner')).toContainText(account.displayName);
  });
});
