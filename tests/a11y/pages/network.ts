import { below, openRecord, type Reach, type RoutePage, thenPress } from '../browsing.ts';

/** Kayla and Tyler Hughes's journey (src/db/seed/demo-network.ts): stage 3, siblings. */
const openHughes = openRecord('/journeys', /Hughes/, '/journeys');
/** Reece Walker's journey: stage 4, people at every point of the pipeline. */
const openWalker = openRecord('/journeys', /Walker/, '/journeys');

/** Opens a journey's network board, then the page of the person named. */
function openMember(journey: Reach, name: string): Reach {
  let found: string | undefined;
  return async (browsing) => {
    if (found) {
      await browsing.goto(found);
      return;
    }
    await journey(browsing);
    await browsing.goto(`${new URL(browsing.url()).pathname}/network`);
    await browsing.getByRole('link', { name, exact: true }).click();
    await browsing.waitForURL(/\/network\/members\/[0-9a-f-]{36}$/);
    found = new URL(browsing.url()).pathname;
  };
}

const nanWalker = openMember(openWalker, 'Carol Walker');
const nanHughes = openMember(openHughes, 'Margaret (Peggy) Hughes');
const member = '/journeys/:journeyId/network/members/:memberId';

const MEMBER_FORMS: Array<[suffix: string, heading: string | RegExp, reach: Reach]> = [
  ['edit', 'Change Margaret (Peggy) Hughes’s details', nanHughes],
  ['say', /^What does Kayla Hughes say about/, nanHughes],
  ['progress', 'Record progress with Margaret (Peggy) Hughes', nanHughes],
  ['close', /^Close Margaret \(Peggy\) Hughes’s part/, nanHughes],
  ['safety', 'Safety check for Carol Walker', nanWalker],
  ['duplicates', 'Is Margaret (Peggy) Hughes recorded twice?', nanHughes],
  ['contacts/new', 'Record a contact with Carol Walker', nanWalker],
  ['letter', 'Information letter about Lifelong Links', nanWalker],
  ['letter/given', 'Record the letter as given to Carol Walker', nanWalker],
];

/** The young person's network: the board, adding people, a person's page and its forms. */
export const NETWORK_PAGES: RoutePage[] = [
  {
    route: '/journeys/:journeyId/network',
    state: 'the board of a sister’s network, for the coordinator',
    as: 'coordinator',
    heading: 'Kayla Hughes’s network',
    reach: below(openHughes, 'network'),
  },
  {
    route: '/journeys/:journeyId/network',
    state: 'the counts only, for the IRO',
    as: 'iro',
    heading: 'Reece Walker’s network',
    reach: below(openWalker, 'network'),
  },
  {
    route: '/journeys/:journeyId/network/people/new',
    state: 'with a brother’s people offered, for the coordinator',
    as: 'coordinator',
    heading: 'Add a person to Kayla Hughes’s network',
    reach: below(openHughes, 'network/people/new'),
  },
  {
    route: '/journeys/:journeyId/network/people/new',
    state: 'submitted empty',
    shownAt: '/journeys/:journeyId/network/people',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Add a person to Kayla Hughes’s network',
    reach: thenPress(below(openHughes, 'network/people/new'), 'Add person'),
  },
  {
    route: member,
    state: 'a person at engagement with their safety check, for the coordinator',
    as: 'coordinator',
    heading: /^Carol Walker/,
    reach: nanWalker,
  },
  {
    route: member,
    state: 'a person shared between siblings, for the team manager',
    as: 'team_manager',
    heading: /^Margaret \(Peggy\) Hughes/,
    reach: nanHughes,
  },
  ...MEMBER_FORMS.map(
    ([suffix, heading, reach]): RoutePage => ({
      route: `${member}/${suffix}`,
      state: 'for the coordinator',
      as: 'coordinator',
      heading,
      reach: below(reach, suffix),
    }),
  ),
  {
    route: `${member}/letter`,
    state: 'no letter yet: nobody may contact this person',
    as: 'coordinator',
    heading: 'Information letter about Lifelong Links',
    reach: async (browsing) => {
      await below(nanHughes, 'letter')(browsing);
      await browsing.getByText('There is no letter for Margaret (Peggy) Hughes now').waitFor();
    },
  },
  {
    route: `${member}/progress`,
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Record progress with Margaret (Peggy) Hughes',
    reach: thenPress(below(nanHughes, 'progress'), 'Save progress'),
  },
  {
    route: `${member}/safety/sign-off`,
    state: 'for the team manager',
    as: 'team_manager',
    heading: 'Sign off the safety check for Carol Walker',
    reach: below(nanWalker, 'safety/sign-off'),
  },
  {
    route: `${member}/safety/override`,
    state: 'for the team manager',
    as: 'team_manager',
    heading: 'Allow contact with Margaret (Peggy) Hughes before the sign-off',
    reach: below(nanHughes, 'safety/override'),
  },
];
