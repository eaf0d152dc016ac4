import { type Browsing, below, openRecord, type RoutePage, thenPress } from '../browsing.ts';

/** Precious's journey (src/db/seed/demo-conference-day.ts): her conference was held yesterday. */
const openPrecious = openRecord('/journeys', /Okoye/, '/journeys');
/** The Fenwick children's FGC, whose outcome is "alternative family carers found". */
const openFenwick = openRecord('/journeys', /Fenwick/, '/journeys');

let conferencePath: string | undefined;
async function openConference(browsing: Browsing) {
  if (!conferencePath) {
    await below(openPrecious, 'conferences')(browsing);
    await browsing.getByRole('link', { name: /^Open the conference/ }).click();
    await browsing.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
    conferencePath = new URL(browsing.url()).pathname;
  }
  await browsing.goto(conferencePath);
}
const belowConference =
  (suffix: string) =>
  async (browsing: Browsing): Promise<void> => {
    await openConference(browsing);
    await browsing.goto(`${conferencePath}/${suffix}`);
  };

const DAY_FORMS: Array<[suffix: string, heading: string]> = [
  ['information-shared', 'Record what was shared'],
  ['private-family-time', 'Private family time'],
  ['held', 'Record whether the conference was held'],
];

/** The conference itself and FGC outcomes (issue 8; ADR 0029). */
export const CONFERENCE_DAY_PAGES: RoutePage[] = [
  {
    route: '/journeys/:journeyId/conferences/:conferenceId/day',
    state: 'held, with its register, for the coordinator',
    as: 'coordinator',
    heading: 'The conference day',
    reach: belowConference('day'),
  },
  {
    route: '/journeys/:journeyId/conferences/:conferenceId/attendance',
    state: 'for the coordinator',
    as: 'coordinator',
    heading: 'Add someone to the register',
    reach: belowConference('attendance'),
  },
  {
    route: '/journeys/:journeyId/conferences/:conferenceId/attendance',
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Add someone to the register',
    reach: thenPress(belowConference('attendance'), 'Save to the register'),
  },
  ...DAY_FORMS.map(
    ([suffix, heading]): RoutePage => ({
      route: `/journeys/:journeyId/conferences/:conferenceId/${suffix}`,
      state: 'for the coordinator',
      as: 'coordinator',
      heading,
      reach: belowConference(suffix),
    }),
  ),
  {
    route: '/journeys/:journeyId/outcomes/new',
    state: 'with an outcome recorded, for the coordinator',
    as: 'coordinator',
    heading: 'Record an outcome',
    reach: below(openFenwick, 'outcomes/new'),
  },
  {
    route: '/journeys/:journeyId/outcomes/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'coordinator',
    heading: 'Record an outcome',
    reach: thenPress(below(openFenwick, 'outcomes/new'), 'Save the outcome'),
  },
];
