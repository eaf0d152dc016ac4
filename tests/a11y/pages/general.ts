import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../src/db/seed/demo.ts';
import type { Role } from '../../../src/domain/roles.ts';
import { type PageState, type RoutePage, thenPress } from '../browsing.ts';

const coordinator = DEMO_ACCOUNTS.find((account) => account.role === 'coordinator');
if (!coordinator) throw new Error('The demo accounts have no coordinator');

const ROLES: Role[] = [
  'coordinator',
  'team_manager',
  'social_worker',
  'iro',
  'practice_manager',
  'administrator',
];

/** Home, signing in and out, the person's own account, and the pages every visitor can read. */
export const GENERAL_PAGES: RoutePage[] = [
  ...ROLES.map(
    (role): RoutePage => ({
      route: '/',
      state: `home page of the ${role}`,
      as: role,
      heading: /^Hello, /,
      reach: '/',
    }),
  ),
  {
    route: '/sign-in',
    state: 'the form',
    as: 'signed-out',
    heading: 'Sign in to Kindred',
    reach: '/sign-in',
  },
  {
    route: '/sign-in',
    state: 'submitted empty',
    errorSummary: true,
    as: 'signed-out',
    heading: 'Sign in to Kindred',
    reach: thenPress('/sign-in', 'Sign in'),
  },
  {
    route: '/sign-in',
    state: 'email address and password refused',
    errorSummary: true,
    as: 'signed-out',
    heading: 'Sign in to Kindred',
    reach: async (browsing) => {
      await browsing.goto('/sign-in');
      await browsing
        .getByLabel('Email address', { exact: true })
        .fill('nobody@demo.kindred.example');
      await browsing.getByLabel('Password', { exact: true }).fill('not-a-password');
      await browsing.getByRole('button', { name: 'Sign in', exact: true }).click();
    },
  },
  {
    // Signs in for itself: signing out ends the session, which other entries share.
    route: '/signed-out',
    state: 'after signing out',
    as: 'signed-out',
    heading: 'You have signed out',
    reach: async (browsing) => {
      await browsing.goto('/sign-in');
      await browsing.getByLabel('Email address', { exact: true }).fill(coordinator.email);
      await browsing.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
      await browsing.getByRole('button', { name: 'Sign in', exact: true }).click();
      await browsing.waitForURL(/\/$/);
      await browsing.getByRole('button', { name: 'Sign out', exact: true }).click();
    },
  },
  {
    route: '/account/password',
    state: 'the form',
    as: 'social_worker',
    heading: 'Change your password',
    reach: '/account/password',
  },
  {
    route: '/account/password',
    state: 'submitted empty',
    errorSummary: true,
    as: 'social_worker',
    heading: 'Change your password',
    reach: thenPress('/account/password', 'Change password'),
  },
  {
    // The confirmation after a change; the demo account's password itself stays as it is.
    route: '/account/password',
    state: 'password changed',
    as: 'social_worker',
    heading: 'Change your password',
    reach: '/account/password?changed=yes',
  },
  {
    route: '/accessibility',
    state: 'signed out',
    as: 'signed-out',
    heading: 'Accessibility statement',
    reach: '/accessibility',
  },
  {
    route: '/privacy',
    state: 'signed out',
    as: 'signed-out',
    heading: 'How Kindred uses information',
    reach: '/privacy',
  },
];

/** Pages that answer no route of their own: what Kindred shows when it refuses. */
export const ERROR_PAGES: PageState[] = [
  {
    state: 'page not found, signed out',
    as: 'signed-out',
    heading: 'Page not found',
    reach: '/this-page-does-not-exist',
  },
  {
    state: 'page not found, signed in',
    as: 'administrator',
    heading: 'Page not found',
    reach: '/this-page-does-not-exist',
  },
  {
    state: 'not allowed: a coordinator in user administration',
    as: 'coordinator',
    heading: 'You cannot do that',
    reach: '/admin/users',
  },
];
