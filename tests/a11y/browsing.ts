/**
 * The shape of tests/a11y/pages.ts entries, and the small steps they use to reach a page the way
 * a person would: open a list, follow a link to a record, go to a page below it.
 *
 * Plain types and functions only: Vitest imports these files too, so no Playwright here. A
 * Playwright `Page` satisfies `Browsing`.
 */
import type { Role } from '../../src/domain/roles.ts';

/** The part of a Playwright locator that reaching a page needs. */
export interface Control {
  click(): Promise<void>;
  fill(value: string): Promise<void>;
  setInputFiles(files: string | string[]): Promise<void>;
  first(): Control;
  /** Waits until it shows: to be sure a page is in the state meant. */
  waitFor(): Promise<void>;
}

/** The part of a Playwright page that reaching a page needs. */
export interface Browsing {
  goto(path: string): Promise<unknown>;
  url(): string;
  waitForURL(url: RegExp): Promise<void>;
  getByRole(role: 'link' | 'button', options: { name: string | RegExp; exact?: boolean }): Control;
  getByLabel(text: string | RegExp, options?: { exact?: boolean }): Control;
  getByText(text: string | RegExp, options?: { exact?: boolean }): Control;
}

export type Reach = (browsing: Browsing) => Promise<void>;

export type Visitor = Role | 'signed-out';

export interface PageState {
  /** What is showing, for the test's name: 'the list', 'submitted empty', ... */
  state: string;
  /** Who looks at it: a demo account's role, or nobody signed in. */
  as: Visitor;
  /** The page's main heading once reached, to be sure axe checks the page meant. */
  heading: string | RegExp;
  /** A path to open, or the steps a person takes to get there (already signed in). */
  reach: string | Reach;
  /** The page shows the error summary: a form sent back with problems. */
  errorSummary?: true;
}

export interface RoutePage extends PageState {
  /** The GET route as the app registers it, e.g. '/admin/users/:userId'. */
  route: string;
  /** Where the page shows when that is not the route itself: a form's own address. */
  shownAt?: string;
}

/** A GET route that never renders a page of its own. */
export interface NotPage {
  route: string;
  reason: string;
  /** For a route without parameters: who the coverage test signs in as to see it redirect. */
  redirectsFor?: Visitor;
}

/** The address of a record's own page: `/journeys/<uuid>`, `/admin/users/<uuid>`, ... */
export function recordPattern(collection: string): RegExp {
  return new RegExp(`${collection.replaceAll('/', '\\/')}\\/[0-9a-f-]{36}$`);
}

/**
 * Opens a list and follows the link to one record in it. The record's address is remembered
 * once found, so later pages below the same record go straight there.
 */
export function openRecord(list: string, link: string | RegExp, collection = list): Reach {
  let found: string | undefined;
  return async (browsing) => {
    if (found) {
      await browsing.goto(found);
      return;
    }
    await browsing.goto(list);
    await browsing.getByRole('link', { name: link, exact: typeof link === 'string' }).click();
    await browsing.waitForURL(recordPattern(collection));
    found = new URL(browsing.url()).pathname;
  };
}

/** Reaches a record's page, then opens the page at `suffix` below it (e.g. 'edit'). */
export function below(record: Reach, suffix: string): Reach {
  return async (browsing) => {
    await record(browsing);
    await browsing.goto(`${new URL(browsing.url()).pathname}/${suffix}`);
  };
}

/** Reaches a page, then presses one of its buttons (to send a form back, empty or filled). */
export function thenPress(reach: Reach | string, button: string): Reach {
  return async (browsing) => {
    if (typeof reach === 'string') await browsing.goto(reach);
    else await reach(browsing);
    await browsing.getByRole('button', { name: button, exact: true }).click();
  };
}
