import { type Browsing, below, openRecord, type RoutePage, thenPress } from '../browsing.ts';

/** Maya's journey (src/db/seed/demo-plan.ts): a held conference, a plan waiting for the referrer. */
const mayaAs = {
  coordinator: openRecord('/journeys', /Okonjo/, '/journeys'),
  social_worker: openRecord('/journeys', /Okonjo/, '/journeys'),
  iro: openRecord('/journeys', /Okonjo/, '/journeys'),
};
const paths: Partial<Record<keyof typeof mayaAs, string>> = {};

/** The plan's page of Maya's conference, reached from the journey's conferences. */
function openPlan(as: keyof typeof mayaAs, suffix = '') {
  return async (browsing: Browsing) => {
    if (!paths[as]) {
      await below(mayaAs[as], 'conferences')(browsing);
      await browsing.getByRole('link', { name: /^Open the conference/ }).click();
      await browsing.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
      await browsing.getByRole('link', { name: 'Go to the plan' }).click();
      await browsing.waitForURL(/\/plan$/);
      paths[as] = new URL(browsing.url()).pathname;
    }
    await browsing.goto(`${paths[as]}${suffix}`);
  };
}

/** Kacper's conference (demo-conference.ts) is still to come: its plan cannot start yet. */
const kacper = openRecord('/journeys', /Nowak/, '/journeys');

const base = '/journeys/:journeyId/conferences/:conferenceId/plan';

/** The plan (issue 8; ADR 0030). */
export const PLAN_PAGES: RoutePage[] = [
  {
    route: base,
    state: 'before the conference has happened',
    as: 'coordinator',
    heading: 'The plan',
    reach: async (browsing) => {
      await below(kacper, 'conferences')(browsing);
      await browsing.getByRole('link', { name: /^Open the conference/ }).click();
      await browsing.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
      // The conference's page says why there is no plan yet and links to none: go by address.
      await browsing.goto(`${new URL(browsing.url()).pathname}/plan`);
    },
  },
  {
    route: base,
    state: 'its task list, for the coordinator',
    as: 'coordinator',
    heading: 'The plan',
    reach: openPlan('coordinator'),
  },
  {
    route: `${base}/sections/:section`,
    state: 'the young person’s words',
    as: 'coordinator',
    heading: 'The young person’s own words and wishes',
    reach: openPlan('coordinator', '/sections/words'),
  },
  {
    route: `${base}/actions`,
    state: 'the list',
    as: 'coordinator',
    heading: 'Who will do what',
    reach: openPlan('coordinator', '/actions'),
  },
  {
    route: `${base}/actions/new`,
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Add an action',
    reach: thenPress(openPlan('coordinator', '/actions/new'), 'Add the action'),
  },
  {
    route: `${base}/carers`,
    state: 'none yet',
    as: 'coordinator',
    heading: 'Carers identified',
    reach: openPlan('coordinator', '/carers'),
  },
  {
    route: `${base}/carers/new`,
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Add a carer',
    reach: thenPress(openPlan('coordinator', '/carers/new'), 'Add the carer'),
  },
  {
    route: `${base}/monitor`,
    state: 'chosen',
    as: 'coordinator',
    heading: 'The monitor or link person',
    reach: openPlan('coordinator', '/monitor'),
  },
  {
    route: `${base}/versions`,
    state: 'one version',
    as: 'coordinator',
    heading: 'Versions of the plan',
    reach: openPlan('coordinator', '/versions'),
  },
  {
    route: `${base}/document`,
    state: 'for the IRO, who holds a copy',
    as: 'iro',
    heading: 'The plan for Maya',
    reach: openPlan('iro', '/document'),
  },
  {
    route: `${base}/decision`,
    state: 'submitted empty, for the referrer',
    errorSummary: true,
    as: 'social_worker',
    heading: 'Decide on the plan',
    reach: thenPress(openPlan('social_worker', '/decision'), 'Save my decision'),
  },
];
