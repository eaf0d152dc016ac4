import { DEMO_ACCOUNTS, DEMO_TEAM } from '../../../src/db/seed/demo.ts';
import {
  type Browsing,
  below,
  openRecord,
  type RoutePage,
  recordPattern,
  thenPress,
} from '../browsing.ts';

const coordinator = DEMO_ACCOUNTS.find((account) => account.role === 'coordinator');
if (!coordinator) throw new Error('The demo accounts have no coordinator');
/** Someone other than the signed-in administrator, so every action on an account is offered. */
const colleague = coordinator.displayName;
const openColleague = openRecord('/admin/users', colleague);

/** Opens the demo team's rename page, then the page at `suffix` beside it. */
function demoTeamPage(suffix: string) {
  return async (browsing: Browsing) => {
    await browsing.goto('/admin/teams');
    await browsing.getByRole('link', { name: `Rename ${DEMO_TEAM}`, exact: true }).click();
    await browsing.waitForURL(/\/rename$/);
    await browsing.goto(new URL(browsing.url()).pathname.replace(/\/rename$/, `/${suffix}`));
  };
}

/** Adds an account through the form (a new one each time), ending on the confirmation page. */
async function addUser(browsing: Browsing) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await browsing.goto('/admin/users/new');
  await browsing.getByLabel('Full name', { exact: true }).fill(`Robin Accessible ${stamp}`);
  await browsing
    .getByLabel('Email address', { exact: true })
    .fill(`robin.${stamp}@demo.kindred.example`);
  await browsing.getByLabel('Administrator', { exact: true }).click();
  await browsing.getByRole('button', { name: 'Add user', exact: true }).click();
}

/** Users and teams, as the administrator. */
export const ADMIN_PAGES: RoutePage[] = [
  {
    route: '/admin/users',
    state: 'the list',
    as: 'administrator',
    heading: 'Users',
    reach: '/admin/users',
  },
  {
    route: '/admin/users',
    state: 'a search that finds nobody',
    as: 'administrator',
    heading: 'Users',
    reach: '/admin/users?q=nobody-is-called-this&status=disabled',
  },
  {
    route: '/admin/users/new',
    state: 'the empty form',
    as: 'administrator',
    heading: 'Add a user',
    reach: '/admin/users/new',
  },
  {
    route: '/admin/users/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'administrator',
    heading: 'Add a user',
    reach: thenPress('/admin/users/new', 'Add user'),
  },
  {
    route: '/admin/users/new',
    state: 'user added, with the temporary password',
    as: 'administrator',
    heading: 'User added',
    reach: addUser,
  },
  {
    route: '/admin/users/:userId',
    state: 'a colleague’s account',
    as: 'administrator',
    heading: colleague,
    reach: openColleague,
  },
  {
    route: '/admin/users/:userId/edit',
    state: 'a colleague’s details',
    as: 'administrator',
    heading: 'Change details',
    reach: below(openColleague, 'edit'),
  },
  {
    route: '/admin/users/:userId/edit',
    state: 'submitted with the name and email address emptied',
    errorSummary: true,
    as: 'administrator',
    heading: 'Change details',
    reach: async (browsing) => {
      await below(openColleague, 'edit')(browsing);
      await browsing.getByLabel('Full name', { exact: true }).fill('');
      await browsing.getByLabel('Email address', { exact: true }).fill('');
      await browsing.getByRole('button', { name: 'Save changes', exact: true }).click();
    },
  },
  {
    route: '/admin/users/:userId/disable',
    state: 'asking to confirm',
    as: 'administrator',
    heading: `Disable ${colleague}’s account`,
    reach: below(openColleague, 'disable'),
  },
  {
    route: '/admin/users/:userId/enable',
    state: 'asking to confirm',
    as: 'administrator',
    heading: `Enable ${colleague}’s account`,
    reach: below(openColleague, 'enable'),
  },
  {
    route: '/admin/users/:userId/reset-password',
    state: 'asking to confirm',
    as: 'administrator',
    heading: `Reset ${colleague}’s password`,
    reach: below(openColleague, 'reset-password'),
  },
  {
    route: '/admin/users/:userId/reset-password',
    state: 'password reset, with the new temporary password',
    as: 'administrator',
    heading: 'Password reset',
    reach: async (browsing) => {
      // Never a demo account's password: a user added for the purpose.
      await addUser(browsing);
      await browsing.getByRole('link', { name: /^View .*’s account$/ }).click();
      await browsing.waitForURL(recordPattern('/admin/users'));
      await browsing.goto(`${new URL(browsing.url()).pathname}/reset-password`);
      await browsing.getByRole('button', { name: 'Reset password', exact: true }).click();
    },
  },
  {
    route: '/admin/teams',
    state: 'the list',
    as: 'administrator',
    heading: 'Teams',
    reach: '/admin/teams',
  },
  {
    route: '/admin/teams/new',
    state: 'the empty form',
    as: 'administrator',
    heading: 'Add a team',
    reach: '/admin/teams/new',
  },
  {
    route: '/admin/teams/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'administrator',
    heading: 'Add a team',
    reach: thenPress('/admin/teams/new', 'Add team'),
  },
  {
    route: '/admin/teams/:teamId/rename',
    state: 'the demo team',
    as: 'administrator',
    heading: 'Rename team',
    reach: demoTeamPage('rename'),
  },
  {
    route: '/admin/teams/:teamId/disable',
    state: 'asking to confirm',
    as: 'administrator',
    heading: /^Disable /,
    reach: demoTeamPage('disable'),
  },
  {
    route: '/admin/teams/:teamId/enable',
    state: 'asking to confirm',
    as: 'administrator',
    heading: /^Enable /,
    reach: demoTeamPage('enable'),
  },
];
