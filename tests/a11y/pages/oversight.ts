import { type Browsing, type RoutePage, recordPattern, thenPress } from '../browsing.ts';

/** The supervision decision page of the demo's young person not yet discussed (Noah Bennett). */
async function openDecision(browsing: Browsing) {
  await browsing.goto('/oversight/turning-15');
  await browsing
    .getByRole('link', { name: 'Record a supervision decision for Noah Bennett', exact: true })
    .click();
  await browsing.waitForURL(recordPattern('/oversight/supervision'));
}

/** The turning-15 list, supervision decisions, the managers' lists, deadlines and closure days. */
export const OVERSIGHT_PAGES: RoutePage[] = [
  {
    route: '/oversight/turning-15',
    state: 'this month, an IRO’s own young people',
    as: 'iro',
    heading: /^Young people turning 15 in /,
    reach: '/oversight/turning-15',
  },
  {
    route: '/oversight/turning-15',
    state: 'a month when nobody turns 15',
    as: 'team_manager',
    heading: 'Young people turning 15 in January 2000',
    reach: '/oversight/turning-15?month=2000-01',
  },
  {
    route: '/oversight/supervision',
    state: 'the list',
    as: 'practice_manager',
    heading: 'Young people aged 15 or over without a Lifelong Links referral',
    reach: '/oversight/supervision',
  },
  {
    route: '/oversight/supervision',
    state: 'a search that finds nobody',
    as: 'social_worker',
    heading: 'Young people aged 15 or over without a Lifelong Links referral',
    reach: '/oversight/supervision?q=nobody-is-called-this',
  },
  {
    route: '/oversight/supervision/:childId',
    state: 'the empty form',
    as: 'practice_manager',
    heading: 'Record a supervision decision',
    reach: openDecision,
  },
  {
    route: '/oversight/supervision/:childId',
    state: 'submitted empty',
    errorSummary: true,
    as: 'practice_manager',
    heading: 'Record a supervision decision',
    reach: thenPress(openDecision, 'Save decision'),
  },
  {
    route: '/oversight/unallocated',
    state: 'the list',
    as: 'team_manager',
    heading: 'Looked-after young people with no IRO or no social worker',
    reach: '/oversight/unallocated',
  },
  {
    route: '/oversight/pathway-plan',
    state: 'the download page',
    as: 'practice_manager',
    heading: 'Pathway plan answers',
    reach: '/oversight/pathway-plan',
  },
  {
    route: '/deadlines',
    state: 'a coordinator’s own, one overdue',
    as: 'coordinator',
    heading: 'Your due and overdue deadlines',
    reach: '/deadlines',
  },
  {
    route: '/deadlines',
    state: 'the team’s, sorted by young person',
    as: 'team_manager',
    heading: 'Due and overdue: the team',
    reach: '/deadlines?sort=name&order=desc',
  },
  {
    route: '/admin/closure-days',
    state: 'the list and form',
    as: 'administrator',
    heading: 'Closure days',
    reach: '/admin/closure-days',
  },
  {
    route: '/admin/closure-days',
    state: 'submitted empty',
    errorSummary: true,
    as: 'administrator',
    heading: 'Closure days',
    reach: thenPress('/admin/closure-days', 'Add closure day'),
  },
  {
    route: '/admin/deadline-settings',
    state: 'the form, with the settings in force',
    as: 'administrator',
    heading: 'Deadline settings',
    reach: '/admin/deadline-settings',
  },
  {
    route: '/admin/deadline-settings',
    state: 'a number out of range',
    errorSummary: true,
    as: 'administrator',
    heading: 'Deadline settings',
    reach: async (browsing) => {
      await browsing.goto('/admin/deadline-settings');
      await browsing
        .getByLabel('How many working days before a date does the reminder come?')
        .fill('11');
      await browsing.getByRole('button', { name: 'Save deadline settings' }).click();
    },
  },
];
