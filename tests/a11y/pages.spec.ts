import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import type { Role } from '../../src/domain/roles.ts';
import { demoAccount, pageHeading, signIn } from '../e2e/helpers.ts';
import { A11Y_PAGES, type Browsing, ERROR_PAGES, type PageState } from './pages.ts';

/** WCAG 2.2 AA, as the public sector accessibility regulations ask. No rule is ever disabled. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per element that fails, with the rule, its help page and how to fix it. */
function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) =>
      [
        `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
        `  element: ${node.target.join(' ')}`,
        `  html:    ${node.html.replace(/\s+/g, ' ').slice(0, 300)}`,
        `  fix:     ${(node.failureSummary ?? '').replace(/\s*\n\s*/g, '; ')}`,
        `  see:     ${violation.helpUrl}`,
      ].join('\n'),
    ),
  );
}

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

/** One sign-in per role for the whole run: its session cookies, added to each test's browser. */
const sessions = new Map<Role, Cookies>();

async function signInAs(page: Page, role: Role) {
  const cookies = sessions.get(role);
  if (cookies) {
    await page.context().addCookies(cookies);
    return;
  }
  await signIn(page, demoAccount(role));
  sessions.set(role, await page.context().cookies());
}

async function reach(page: Page, entry: PageState) {
  if (entry.as !== 'signed-out') await signInAs(page, entry.as);
  if (typeof entry.reach === 'string') {
    await page.goto(entry.reach);
  } else {
    const browsing: Browsing = page;
    await entry.reach(browsing);
  }
  await expect(pageHeading(page)).toHaveText(entry.heading);
  if (entry.errorSummary) {
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
  } else {
    await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
  }
}

/** '/admin/users/:userId' as a pattern for the address bar's path. */
function routePattern(route: string): RegExp {
  const escaped = route
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${escaped}$`);
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(describeViolations(results.violations), `axe found problems on ${page.url()}`).toEqual([]);
}

test.describe('accessibility of every page (axe, WCAG 2.2 AA)', () => {
  // axe over a long form (the network's person form has some sixty fields) on a shared two-core
  // machine can take longer than the default 30 seconds.
  test.describe.configure({ timeout: 90_000 });
  for (const entry of A11Y_PAGES) {
    test(`${entry.route}: ${entry.state} (${entry.as})`, async ({ page }) => {
      await reach(page, entry);
      expect(new URL(page.url()).pathname).toMatch(routePattern(entry.shownAt ?? entry.route));
      await expectNoViolations(page);
    });
  }

  for (const entry of ERROR_PAGES) {
    test(`error page: ${entry.state} (${entry.as})`, async ({ page }) => {
      await reach(page, entry);
      await expectNoViolations(page);
    });
  }
});
