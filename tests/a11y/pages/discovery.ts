import { below, openRecord, type Reach, type RoutePage, thenPress } from '../browsing.ts';

/** Tia's journey (src/db/seed/demo-discovery-cases.ts): at discovery, with the demo coordinator. */
const openTia = openRecord('/journeys', /Mensah/, '/journeys');
/** Callum's journey: at engagement, with a safety concern sent to the demo social worker. */
const openCallum = openRecord('/journeys', /Holloway/, '/journeys');

/** The social worker opens the safety concern from their home page, as the notice asks. */
const concernFromHome: Reach = async (browsing) => {
  await browsing.goto('/');
  await browsing
    .getByRole('link', { name: /Safety concern on LL-2026-0022/ })
    .first()
    .click();
  await browsing.waitForURL(/\/safety-concerns\/[0-9a-f-]{36}$/);
};

/** Stage 3 and 4 pages: the discovery tools, sessions, the search log, sharing and safety. */
export const DISCOVERY_PAGES: RoutePage[] = [
  {
    route: '/journeys/:journeyId/discovery',
    state: 'the tools as a task list, with sessions in their own words',
    as: 'coordinator',
    heading: 'Discovery',
    reach: below(openTia, 'discovery'),
  },
  {
    route: '/journeys/:journeyId/discovery',
    state: 'for the referrer',
    as: 'social_worker',
    heading: 'Discovery',
    reach: below(openTia, 'discovery'),
  },
  {
    route: '/journeys/:journeyId/discovery/tools/:tool',
    state: 'a tool not yet offered',
    as: 'coordinator',
    heading: 'Mobility mapping',
    reach: below(openTia, 'discovery/tools/mobility_mapping'),
  },
  {
    route: '/journeys/:journeyId/discovery/tools/:tool',
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Social connections',
    reach: thenPress(below(openTia, 'discovery/tools/social_connections'), 'Save the tool'),
  },
  {
    route: '/journeys/:journeyId/discovery/sessions/new',
    state: 'empty',
    as: 'coordinator',
    heading: 'Record a session with the young person',
    reach: below(openTia, 'discovery/sessions/new'),
  },
  {
    route: '/journeys/:journeyId/discovery/sessions/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Record a session with the young person',
    reach: thenPress(below(openTia, 'discovery/sessions/new'), 'Save the session'),
  },
  {
    route: '/journeys/:journeyId/discovery/searches',
    state: 'the journey’s search log',
    as: 'coordinator',
    heading: 'Online search log',
    reach: below(openTia, 'discovery/searches'),
  },
  {
    route: '/journeys/:journeyId/discovery/searches',
    state: 'for the referrer, without terms or results',
    as: 'social_worker',
    heading: 'Online search log',
    reach: below(openTia, 'discovery/searches'),
  },
  {
    route: '/journeys/:journeyId/discovery/searches/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Log an online search',
    reach: thenPress(below(openTia, 'discovery/searches/new'), 'Log the search'),
  },
  {
    route: '/journeys/:journeyId/discovery/searches/new',
    state: 'empty',
    as: 'coordinator',
    heading: 'Log an online search',
    reach: below(openTia, 'discovery/searches/new'),
  },
  {
    route: '/journeys/:journeyId/discovery/chronology',
    state: 'with imported placements and remembered dates',
    as: 'coordinator',
    heading: 'Chronology',
    reach: below(openTia, 'discovery/chronology'),
  },
  {
    route: '/journeys/:journeyId/discovery/chronology/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Add to the chronology',
    reach: thenPress(below(openTia, 'discovery/chronology/new'), 'Add to the chronology'),
  },
  {
    route: '/journeys/:journeyId/discovery/timeline',
    state: 'in the young person’s own words',
    as: 'coordinator',
    heading: 'Timeline',
    reach: below(openTia, 'discovery/timeline'),
  },
  {
    route: '/journeys/:journeyId/discovery/timeline/new',
    state: 'empty',
    as: 'coordinator',
    heading: 'Add to the young person’s timeline',
    reach: below(openTia, 'discovery/timeline/new'),
  },
  {
    route: '/journeys/:journeyId/discovery/mobility',
    state: 'places and the people there',
    as: 'coordinator',
    heading: 'Mobility map',
    reach: below(openTia, 'discovery/mobility'),
  },
  {
    route: '/journeys/:journeyId/discovery/mobility/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Add a place to the mobility map',
    reach: thenPress(below(openTia, 'discovery/mobility/new'), 'Add the place'),
  },
  {
    route: '/journeys/:journeyId/discovery/mobility/:placeId/people/new',
    state: 'a person found at a place',
    as: 'coordinator',
    heading: 'Add a person found at this place',
    reach: async (browsing) => {
      await below(openTia, 'discovery/mobility')(browsing);
      await browsing
        .getByRole('link', { name: /Add a person found here/ })
        .first()
        .click();
      await browsing.waitForURL(/\/people\/new$/);
    },
  },
  {
    route: '/searches',
    state: 'every search of the team',
    as: 'team_manager',
    heading: 'Online searches across the team',
    reach: '/searches',
  },
  {
    route: '/journeys/:journeyId/engagement',
    state: 'concerns and shares',
    as: 'coordinator',
    heading: 'Engagement',
    reach: below(openCallum, 'engagement'),
  },
  {
    route: '/journeys/:journeyId/shares/new',
    state: 'with what the consent allows',
    as: 'coordinator',
    heading: 'Record information shared',
    reach: below(openCallum, 'shares/new'),
  },
  {
    route: '/journeys/:journeyId/shares/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Record information shared',
    reach: thenPress(below(openCallum, 'shares/new'), 'Record the share'),
  },
  {
    route: '/journeys/:journeyId/safety-concerns/new',
    state: 'empty',
    as: 'coordinator',
    heading: 'Record a safety concern',
    reach: below(openCallum, 'safety-concerns/new'),
  },
  {
    route: '/journeys/:journeyId/safety-concerns/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Record a safety concern',
    reach: thenPress(
      below(openCallum, 'safety-concerns/new'),
      'Send the concern to the social worker',
    ),
  },
  {
    route: '/journeys/:journeyId/safety-concerns/:concernId',
    state: 'waiting for the social worker to acknowledge it',
    as: 'social_worker',
    heading: /^Safety concern/,
    reach: concernFromHome,
  },
];
