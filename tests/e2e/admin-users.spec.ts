import { expect, test } from '@playwright/test';
import { DEMO_TEAM } from '../../src/db/seed/demo.ts';
import { demoAccount, pageHeading, signIn, signOut, submitSignIn } from './helpers.ts';

/** Temporary passwords read like `h7kq-m2xd-9tfw-cbn4`: four groups of four. */
const TEMPORARY_PASSWORD = /^\s*([a-z0-9]{4}(?:-[a-z0-9]{4}){3})\s*$/;

test.describe('user administration', () => {
  test('an administrator adds a coordinator, who signs in with the temporary password and chooses their own', async ({
    page,
  }) => {
    const newUser = {
      displayName: 'Jordan Blake',
      email: `jordan.blake.${Date.now()}@demo.kindred.example`,
    };

    await signIn(page, demoAccount('administrator'));
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Users' })
      .click();
    await expect(pageHeading(page)).toHaveText('Users');

    await page.getByRole('button', { name: 'Add a user' }).click();
    await expect(pageHeading(page)).toHaveText('Add a user');
    await page.getByLabel('Full name', { exact: true }).fill(newUser.displayName);
    await page.getByLabel('Email address').fill(newUser.email);
    await page.getByLabel('Coordinator', { exact: true }).check();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: DEMO_TEAM });
    await page.getByRole('button', { name: 'Add user', exact: true }).click();

    await expect(pageHeading(page)).toHaveText('User added');
    const panel = page.locator('.govuk-panel');
    await expect(panel).toContainText(`Temporary password for ${newUser.displayName}`);
    // Shown in bold below the name; read as the administrator would, to pass on.
    const shown = (await panel.locator('strong').textContent()) ?? '';
    const temporaryPassword = TEMPORARY_PASSWORD.exec(shown)?.[1];
    expect(temporaryPassword, 'the confirmation page shows a temporary password').toBeTruthy();

    // The new account is in the list, with its role and team.
    await page.getByRole('link', { name: `View ${newUser.displayName}’s account` }).click();
    await expect(pageHeading(page)).toHaveText(newUser.displayName);
    const summary = page.locator('.govuk-summary-list');
    await expect(summary).toContainText(newUser.email);
    await expect(summary).toContainText('Coordinator');
    await expect(summary).toContainText(DEMO_TEAM);

    await signOut(page);

    // The newcomer signs in with the temporary password and must choose their own first.
    await page.goto('/');
    await submitSignIn(page, newUser.email, temporaryPassword ?? '');
    await expect(pageHeading(page)).toHaveText('Change your password');
    await expect(page.getByText('You signed in with a temporary password')).toBeVisible();
    await page.goto('/');
    await expect(pageHeading(page)).toHaveText('Change your password');

    const ownPassword = 'a new password of their own';
    await page.getByLabel('Current password', { exact: true }).fill(temporaryPassword ?? '');
    await page.getByLabel('New password', { exact: true }).fill(ownPassword);
    await page.getByLabel('New password again', { exact: true }).fill(ownPassword);
    await page.getByRole('button', { name: 'Change password', exact: true }).click();
    await expect(page.getByText('Your password has been changed')).toBeVisible();
    await page.getByRole('link', { name: 'Continue to your home page' }).click();
    await expect(pageHeading(page)).toHaveText(`Hello, ${newUser.displayName}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Your journeys' })).toBeVisible();

    // The temporary password no longer works; their own does.
    await signOut(page);
    await page.goto('/sign-in');
    await submitSignIn(page, newUser.email, temporaryPassword ?? '');
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'Enter a correct email address and password',
    );
    await submitSignIn(page, newUser.email, ownPassword);
    await expect(pageHeading(page)).toHaveText(`Hello, ${newUser.displayName}`);
  });
});
