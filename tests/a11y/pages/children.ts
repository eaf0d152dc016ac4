import { fileURLToPath } from 'node:url';
import { type Browsing, below, openRecord, type RoutePage, thenPress } from '../browsing.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../src/features/children/fixtures/${name}`, import.meta.url));

const openAva = openRecord('/children', /^Ava Thompson/, '/children');

/** Searches the register for someone by name and date of birth, as the add page asks first. */
function findFirst(firstName: string, lastName: string, [day, month, year]: string[]) {
  return async (browsing: Browsing) => {
    await browsing.goto('/children/new');
    await browsing.getByLabel('First name', { exact: true }).fill(firstName);
    await browsing.getByLabel('Last name', { exact: true }).fill(lastName);
    await browsing.getByLabel('Day', { exact: true }).fill(day ?? '');
    await browsing.getByLabel('Month', { exact: true }).fill(month ?? '');
    await browsing.getByLabel('Year', { exact: true }).fill(year ?? '');
    await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
  };
}

/** Uploads the two files of the looked-after children list (SSDA903) and asks for a check. */
function upload(header: string, episodes: string) {
  return async (browsing: Browsing) => {
    await browsing.goto('/children/import');
    await browsing.getByLabel('Header file', { exact: true }).setInputFiles(fixture(header));
    await browsing.getByLabel('Episodes file', { exact: true }).setInputFiles(fixture(episodes));
    await browsing.getByRole('button', { name: 'Check the files', exact: true }).click();
  };
}

/** The register of children and young people, as a team manager (who may add and import). */
export const CHILDREN_PAGES: RoutePage[] = [
  {
    route: '/children',
    state: 'the register',
    as: 'team_manager',
    heading: 'Children and young people',
    reach: '/children',
  },
  {
    route: '/children',
    state: 'the register, as a coordinator',
    as: 'coordinator',
    heading: 'Children and young people',
    reach: '/children',
  },
  {
    route: '/children',
    state: 'a search with a date of birth that is not a date',
    errorSummary: true,
    as: 'team_manager',
    heading: 'Children and young people',
    reach: '/children?q=Ava&dob-day=31&dob-month=2&dob-year=2011',
  },
  {
    route: '/children/:childId',
    state: 'a young person’s record',
    as: 'team_manager',
    heading: /^Ava Thompson/,
    reach: openAva,
  },
  {
    route: '/children/:childId',
    state: 'a young person’s record, read only for their IRO',
    as: 'iro',
    heading: /^Ava Thompson/,
    reach: openAva,
  },
  {
    route: '/children/:childId/edit',
    state: 'their details',
    as: 'team_manager',
    heading: 'Change their details',
    reach: below(openAva, 'edit'),
  },
  {
    route: '/children/new',
    state: 'search before adding',
    as: 'team_manager',
    heading: 'Find the child or young person first',
    reach: '/children/new',
  },
  {
    route: '/children/new',
    state: 'search submitted empty',
    errorSummary: true,
    as: 'team_manager',
    heading: 'Find the child or young person first',
    reach: thenPress('/children/new', 'Continue'),
  },
  {
    route: '/children/new',
    state: 'someone on the register may be them',
    as: 'team_manager',
    heading: 'Is it one of these children or young people?',
    reach: findFirst('Ava', 'Thompson', ['14', '3', '2011']),
  },
  {
    route: '/children/new',
    state: 'nobody matches: their details',
    as: 'team_manager',
    heading: 'Add a child or young person',
    reach: findFirst('Nobody', 'Matches-This', ['1', '1', '2012']),
  },
  {
    route: '/children/new',
    state: 'their details sent back empty',
    shownAt: '/children/new/details',
    errorSummary: true,
    as: 'team_manager',
    heading: 'Add a child or young person',
    reach: async (browsing) => {
      await findFirst('Nobody', 'Matches-This', ['1', '1', '2012'])(browsing);
      await browsing.getByLabel('First name', { exact: true }).fill('');
      await browsing.getByRole('button', { name: 'Add to the register', exact: true }).click();
    },
  },
  {
    route: '/children/import',
    state: 'choosing the files',
    as: 'team_manager',
    heading: 'Import the looked-after children list',
    reach: '/children/import',
  },
  {
    route: '/children/import',
    state: 'files with problems',
    errorSummary: true,
    as: 'team_manager',
    heading: 'Import the looked-after children list',
    reach: upload('header-with-problems.csv', 'episodes-with-problems.csv'),
  },
  {
    route: '/children/import',
    state: 'checking what will be imported',
    as: 'team_manager',
    heading: 'Check what will be imported',
    reach: upload('header.csv', 'episodes.csv'),
  },
  {
    route: '/children/import',
    state: 'a council’s files with data-quality findings',
    as: 'team_manager',
    heading: 'Check what will be imported',
    reach: upload('header-council.csv', 'episodes-council.csv'),
  },
  {
    route: '/children/import/runs/:runId',
    state: 'after importing, with its findings',
    as: 'team_manager',
    heading: /^Import of /,
    reach: thenPress(upload('header-council.csv', 'episodes-council.csv'), 'Import'),
  },
  {
    route: '/children/import/history',
    state: 'the import history',
    as: 'team_manager',
    heading: 'Import history',
    reach: '/children/import/history',
  },
];
