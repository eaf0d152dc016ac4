import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { demoAccount, pageHeading, signIn } from '../e2e/helpers.ts';
import { A11Y_PAGES, type Browsing, ERROR_PAGES, type PageState, type Visitor } from './pages.ts';

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

/**
 * One browser tab per visitor for the whole run, signed in once, reused from one page state to
 * the next. A fresh context for every state cost more than the state itself: a new tab, a cold
 * cache (the stylesheet, script and fonts fetched again) and a sign-in or cookies to copy.
 * Server-side nothing changes: every state of a role already shared one session. If a state
 * fails, Playwright starts a new worker, and with it new tabs.
 */
interface Visitors {
  pageFor(visitor: Visitor): Promise<Page>;
}

const test = base.extend<object, { visitors: Visitors }>({
  visitors: [
    async ({ browser }, use, workerInfo) => {
      const pages = new Map<Visitor, Page>();
      await use({
        async pageFor(visitor) {
          let page = pages.get(visitor);
          if (!page) {
            const { baseURL } = workerInfo.project.use;
            const context = await browser.newContext(baseURL ? { baseURL } : {});
            page = await context.newPage();
            if (visitor !== 'signed-out') await signIn(page, demoAccount(visitor));
            pages.set(visitor, page);
          }
          // Nobody signed in: no cookies from an earlier state (one signs in, then out).
          if (visitor === 'signed-out') await page.context().clearCookies();
          return page;
        },
      });
      for (const page of pages.values()) await page.context().close();
    },
    { scope: 'worker' },
  ],
});

async function reach(page: Page, entry: PageState) {
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

/**
 * axe-core exactly as @axe-core/playwright brings it (its own dependency, so always the version
 * it was built for), read once for the run.
 */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
    'axe-core/axe.min.js',
  ),
  'utf8',
);

interface AxeInPage {
  run(
    context: unknown,
    options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] },
  ): Promise<AxeResults>;
}

/**
 * axe.run() over the whole page, as AxeBuilder's legacy mode does, but injecting axe once per
 * frame and bringing back only the violations. AxeBuilder's default mode ran axe.runPartial() in
 * every frame, then opened a blank tab, injected axe there too and ran axe.finishRun(): twice the
 * time per page state, for cross-origin frames, which Kindred never shows (its content security
 * policy is default-src 'self'). Its legacy mode injected axe twice into the page and sent every
 * passing element back to the test. Same tags, every rule, every element checked: only the
 * transport is leaner (about 40% less time per state than legacy mode, half of the default).
 */
async function expectNoViolations(page: Page) {
  // Same-origin frames (none today) answer axe's frame messages only if axe is in them too.
  for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    // No DOM types in this project: the page's globals, as far as this needs them.
    const { axe, document } = globalThis as unknown as { axe: AxeInPage; document: unknown };
    // resultTypes only trims what is reported: every rule still runs on every element and every
    // failing element is listed, but passes are reported by one element each instead of a CSS
    // selector and HTML made for every element on the page (axe's own advice for speed).
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations;
  }, WCAG_TAGS);
  expect(describeViolations(violations), `axe found problems on ${page.url()}`).toEqual([]);
}

/** The config's `screenshot: 'only-on-failure'` covers only the built-in page: do the same here. */
async function screenshotOnFailure(page: Page, testInfo: TestInfo, step: () => Promise<void>) {
  try {
    await step();
  } catch (error) {
    const body = await page.screenshot({ fullPage: true }).catch(() => undefined);
    if (body) await testInfo.attach('screenshot', { body, contentType: 'image/png' });
    throw error;
  }
}

test.describe('accessibility of every page (axe, WCAG 2.2 AA)', () => {
  // axe over a long form (the network's person form has some sixty fields) on a shared two-core
  // machine can take longer than the default 30 seconds.
  test.describe.configure({ timeout: 90_000 });
  for (const entry of A11Y_PAGES) {
    test(`${entry.route}: ${entry.state} (${entry.as})`, async ({ visitors }, testInfo) => {
      const page = await visitors.pageFor(entry.as);
      await screenshotOnFailure(page, testInfo, () => reach(page, entry));
      expect(new URL(page.url()).pathname).toMatch(routePattern(entry.shownAt ?? entry.route));
      await screenshotOnFailure(page, testInfo, () => expectNoViolations(page));
    });
  }

  for (const entry of ERROR_PAGES) {
    test(`error page: ${entry.state} (${entry.as})`, async ({ visitors }, testInfo) => {
      const page = await visitors.pageFor(entry.as);
      await screenshotOnFailure(page, testInfo, async () => {
        await reach(page, entry);
        await expectNoViolations(page);
      });
    });
  }
});
