import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/db/seed/demo.ts';
import type { Role } from '../../src/domain/roles.ts';

export interface Account {
  email: string;
  password: string;
  displayName: string;
}

/** The demo account for a role, as printed when Kindred starts in demo mode. */
export function demoAccount(role: Role): Account {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`No demo account has the role ${role}`);
  return { email: account.email, password: DEMO_PASSWORD, displayName: account.displayName };
}

export function pageHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** Fills in and sends the sign-in form on the page that is showing it. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in from the sign-in page and waits for the page Kindred sends the person to. */
export async function signIn(page: Page, account: Account) {
  await page.goto('/sign-in');
  await submitSignIn(page, account.email, account.password);
  await expect(pageHeading(page)).toHaveText(`Hello, ${account.displayName}`);
}

export function signOutButton(page: Page): Locator {
  return page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('button', { name: 'Sign out', exact: true });
}

export async function signOut(page: Page) {
  await signOutButton(page).click();
  await expect(pageHeading(page)).toHaveText('You have signed out');
}

/** Path and query of the page showing, for comparing with what a link or redirect meant. */
export function currentPath(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}
