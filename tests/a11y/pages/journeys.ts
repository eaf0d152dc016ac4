import { below, openRecord, type RoutePage, thenPress } from '../browsing.ts';

/** Jay's journey (src/db/seed/demo-cases.ts): at planning, with the demo coordinator. */
const openJourney = openRecord('/journeys', /Clarke/, '/journeys');

const JOURNEY_PAGES_BELOW: Array<[suffix: string, heading: string | RegExp]> = [
  ['move', 'Move the journey on'],
  ['pause', 'Pause the journey'],
  ['resume', 'Resume the journey'],
  ['end', 'End the journey'],
  ['consent/withdraw', 'Record a withdrawal of consent'],
  ['consent/reconfirm', 'Record a consent reconfirmation'],
  ['notes/new', 'Add a case note'],
  ['planning-meeting', 'Planning meeting'],
  ['planning-meeting/schedule', /^(Change|Schedule) the planning meeting$/],
  ['planning-meeting/record', 'Record the planning meeting'],
];

/** Millie's journey: at planning with the second coordinator, and a conflict declaration. */
const openDeclaredJourney = openRecord('/journeys', /Wright/, '/journeys');

/** A journey and the coordinator's work on it. */
export const JOURNEY_PAGES: RoutePage[] = [
  {
    route: '/journeys/:journeyId',
    state: 'the case page with a conflict declaration, for the team manager',
    as: 'team_manager',
    heading: /Wright/,
    reach: openDeclaredJourney,
  },
  {
    route: '/journeys',
    state: 'the coordinator’s journeys',
    as: 'coordinator',
    heading: /journeys/i,
    reach: '/journeys',
  },
  {
    route: '/journeys',
    state: 'every journey, for the practice manager',
    as: 'practice_manager',
    heading: /journeys/i,
    reach: '/journeys',
  },
  {
    route: '/journeys/:journeyId',
    state: 'the case page, for its coordinator',
    as: 'coordinator',
    heading: /Clarke/,
    reach: openJourney,
  },
  {
    route: '/journeys/:journeyId',
    state: 'the case page, for the young person’s IRO',
    as: 'iro',
    heading: /Clarke/,
    reach: openJourney,
  },
  ...JOURNEY_PAGES_BELOW.map(
    ([suffix, heading]): RoutePage => ({
      route: `/journeys/:journeyId/${suffix}`,
      state: 'for the coordinator',
      as: 'coordinator',
      heading,
      reach: below(openJourney, suffix),
    }),
  ),
  {
    route: '/journeys/:journeyId/notes/new',
    state: 'submitted empty',
    shownAt: '/journeys/:journeyId/notes',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Add a case note',
    reach: thenPress(below(openJourney, 'notes/new'), 'Add note'),
  },
  {
    route: '/journeys/:journeyId/consent/withdraw',
    state: 'submitted without saying who',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Record a withdrawal of consent',
    reach: thenPress(below(openJourney, 'consent/withdraw'), 'Record the withdrawal'),
  },
  {
    route: '/journeys/:journeyId/consent/reconfirm',
    state: 'submitted without saying who or what they agreed to',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Record a consent reconfirmation',
    reach: thenPress(below(openJourney, 'consent/reconfirm'), 'Record their consent'),
  },
];
