import { openRecord, type Reach, type RoutePage, thenPress } from '../browsing.ts';

/** Jay's journey (src/db/seed/demo-cases.ts), and the network tools linked from its case page. */
const openJourney = openRecord('/journeys', /Clarke/, '/journeys');

function thenFollow(reach: Reach, link: RegExp): Reach {
  return async (browsing) => {
    await reach(browsing);
    await browsing.getByRole('link', { name: link }).first().click();
  };
}

const genogram = thenFollow(openJourney, /^Genogram of/);
/** Reece Walker's genogram (src/db/seed/demo-genogram.ts) has relationships to change. */
const walkerGenogram = thenFollow(openRecord('/journeys', /Walker/, '/journeys'), /^Genogram of/);
const changeRelationship = thenFollow(walkerGenogram, /^Change the relationship/);
const removeRelationship = thenFollow(walkerGenogram, /^Remove the relationship/);
const connections = thenFollow(openJourney, /^Social connections of/);
const recordConnection: Reach = async (browsing) => {
  await connections(browsing);
  await browsing.goto(`${new URL(browsing.url()).pathname}/record`);
};

/** The genogram and the social connections of a young person. */
export const GENOGRAM_PAGES: RoutePage[] = [
  {
    route: '/journeys/:journeyId/children/:childId/genogram',
    state: 'for the coordinator',
    as: 'coordinator',
    heading: 'Genogram',
    reach: genogram,
  },
  {
    route: '/journeys/:journeyId/children/:childId/genogram/relatives/new',
    state: 'adding a parent',
    as: 'coordinator',
    heading: /^Add a parent for/,
    reach: thenFollow(genogram, /^Add a parent for/),
  },
  {
    route: '/journeys/:journeyId/children/:childId/genogram/relatives/new',
    state: 'submitted empty',
    shownAt: '/journeys/:journeyId/children/:childId/genogram/relatives',
    errorSummary: true,
    as: 'coordinator',
    heading: /^Add a parent for/,
    reach: thenPress(thenFollow(genogram, /^Add a parent for/), 'Add to the genogram'),
  },
  {
    route: '/journeys/:journeyId/children/:childId/genogram/relationships/:relationshipId/change',
    state: 'for a recorded relationship',
    as: 'coordinator',
    heading: 'Change a relationship',
    reach: changeRelationship,
  },
  {
    route: '/journeys/:journeyId/children/:childId/genogram/relationships/:relationshipId/remove',
    state: 'asking first',
    as: 'coordinator',
    heading: 'Are you sure you want to remove this relationship?',
    reach: removeRelationship,
  },
  {
    route: '/journeys/:journeyId/children/:childId/genogram/relationships/:relationshipId/remove',
    state: 'submitted without an answer',
    shownAt: '/journeys/:journeyId/children/:childId/genogram/relationships/:relationshipId/remove',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Are you sure you want to remove this relationship?',
    reach: thenPress(removeRelationship, 'Continue'),
  },
  {
    route: '/journeys/:journeyId/children/:childId/social-connections',
    state: 'for the coordinator',
    as: 'coordinator',
    heading: 'Social connections',
    reach: connections,
  },
  {
    route: '/journeys/:journeyId/children/:childId/social-connections/record',
    state: 'for one person',
    as: 'coordinator',
    heading: /^(Social connection:|Record a social connection)/,
    reach: recordConnection,
  },
  {
    route: '/journeys/:journeyId/children/:childId/social-connections/record',
    state: 'submitted empty',
    shownAt: '/journeys/:journeyId/children/:childId/social-connections/record',
    errorSummary: true,
    as: 'coordinator',
    heading: /^(Social connection:|Record a social connection)/,
    reach: thenPress(recordConnection, 'Save the connection'),
  },
];
