import { type Browsing, below, openRecord, type RoutePage, thenPress } from '../browsing.ts';

/** Kacper's journey (src/db/seed/demo-conference.ts): at stage 5, a conference being planned. */
const openJourney = openRecord('/journeys', /Nowak/, '/journeys');

let conferencePath: string | undefined;
/** The conference being planned, from the journey's list of conferences. */
async function openConference(browsing: Browsing) {
  if (conferencePath) {
    await browsing.goto(conferencePath);
    return;
  }
  await below(openJourney, 'conferences')(browsing);
  await browsing.getByRole('link', { name: /^Open the conference/ }).click();
  await browsing.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
  conferencePath = new URL(browsing.url()).pathname;
}

/** The demo's invitation to the designated teacher: its reply form, or its letter. */
function invitationPage(link: RegExp): (browsing: Browsing) => Promise<void> {
  return async (browsing) => {
    await openConference(browsing);
    await browsing.getByRole('link', { name: link }).click();
    await browsing.waitForURL(/\/invitations\/[0-9a-f-]{36}(\/letter)?$/);
  };
}

const BELOW_CONFERENCE: Array<[suffix: string, heading: string]> = [
  ['arrangements', 'Change the conference arrangements'],
  ['young-person', 'Plan with the young person'],
  ['preparation', 'Preparation and written information'],
  ['invitations/new', 'Invite someone'],
];

/** Planning the conference (issue 8, stage 5), and the venue list the administrator keeps. */
export const CONFERENCE_PAGES: RoutePage[] = [
  {
    route: '/journeys/:journeyId/conferences',
    state: 'for the coordinator',
    as: 'coordinator',
    heading: 'Conferences',
    reach: below(openJourney, 'conferences'),
  },
  {
    route: '/journeys/:journeyId/conferences/new',
    state: 'for the coordinator',
    as: 'coordinator',
    heading: 'Plan a conference',
    reach: below(openJourney, 'conferences/new'),
  },
  {
    route: '/journeys/:journeyId/conferences/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Plan a conference',
    reach: thenPress(below(openJourney, 'conferences/new'), 'Save the arrangements'),
  },
  {
    route: '/journeys/:journeyId/conferences/alternative',
    state: 'for the coordinator',
    as: 'coordinator',
    heading: 'Record another way of deciding',
    reach: below(openJourney, 'conferences/alternative'),
  },
  {
    route: '/journeys/:journeyId/conferences/:conferenceId',
    state: 'with its readiness list, for the coordinator',
    as: 'coordinator',
    heading: 'Lifelong Links family group conference',
    reach: openConference,
  },
  ...BELOW_CONFERENCE.map(
    ([suffix, heading]): RoutePage => ({
      route: `/journeys/:journeyId/conferences/:conferenceId/${suffix}`,
      state: 'for the coordinator',
      as: 'coordinator',
      heading,
      reach: async (browsing) => {
        await openConference(browsing);
        await browsing.goto(`${new URL(browsing.url()).pathname}/${suffix}`);
      },
    }),
  ),
  {
    route: '/journeys/:journeyId/conferences/:conferenceId/invitations/:invitationId',
    state: 'the reply to an invitation',
    as: 'coordinator',
    heading: 'Invitation to Priya Shah',
    reach: invitationPage(/^Record reply from Priya Shah/),
  },
  {
    route: '/journeys/:journeyId/conferences/:conferenceId/invitations/:invitationId/letter',
    state: 'the printable letter',
    as: 'coordinator',
    heading: 'Letter to Priya Shah',
    reach: invitationPage(/^Letter to Priya Shah/),
  },
  {
    route: '/admin/venues',
    state: 'the list',
    as: 'administrator',
    heading: 'Conference venues',
    reach: '/admin/venues',
  },
  {
    route: '/admin/venues/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'administrator',
    heading: 'Add a venue',
    reach: thenPress('/admin/venues/new', 'Save venue'),
  },
  {
    route: '/admin/venues/:venueId',
    state: 'a venue to change',
    as: 'administrator',
    heading: 'Change a venue',
    reach: async (browsing) => {
      await browsing.goto('/admin/venues');
      await browsing.getByRole('link', { name: /^Change Riverside Community Hall/ }).click();
      await browsing.waitForURL(/\/admin\/venues\/[0-9a-f-]{36}$/);
    },
  },
];
