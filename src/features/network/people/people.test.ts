import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CastAppWithCase,
  createCastAppWithCase,
  journeyAuditActions,
  signedIn,
} from '../../journeys/journeys-test-support.ts';

let setup: CastAppWithCase;

beforeAll(async () => {
  setup = await createCastAppWithCase();
}, 60_000);
afterAll(() => setup.context.close());

const network = () => `/journeys/${setup.arranged.journeyId}/network`;
const child = () => setup.arranged.childIds[0] ?? '';

const AUNT = {
  child: '',
  firstName: 'Denise',
  lastName: 'Rivers',
  relationship: 'maternal aunt',
  kind: 'birth_family',
  gender: 'female',
  birthYear: '1985',
  birthYearApproximate: 'yes',
  foundBy: 'young_person',
  'contact-1-kind': 'phone',
  'contact-1-value': '07700 900456',
  'contact-1-verified': 'yes',
  'contact-2-kind': 'email',
  'contact-2-value': 'denise@example.org',
  'contact-3-kind': '',
  'contact-3-value': '',
};

async function peopleCount() {
  const rows = await setup.context.ownerDb.db
    .selectFrom('network_people')
    .select('id')
    .where('organisation_id', '=', setup.cast.organisation.id)
    .execute();
  return rows.length;
}

describe('adding people to a network', () => {
  it('adds a person with an approximate year and two contact details, and shows them', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const form = await coordinator.get(`${network()}/people/new?child=${child()}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Add a person to Jordan Rivers’s network');
    const added = await coordinator.post(`${network()}/people`, { ...AUNT, child: child() });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toMatch(/\/network\/members\/[0-9a-f-]+\?notice=person-added$/);
    const page = await coordinator.get(String(added.headers.location));
    expect(page.body).toContain('Person added to the network');
    expect(page.body).toContain('Denise Rivers');
    expect(page.body).toContain('about 1985');
    expect(page.body).toContain('07700 900456');
    expect(page.body).toContain('Ask the young person whether they want contact with this person');
    const board = await coordinator.get(`${network()}?child=${child()}`);
    expect(board.body).toContain('maternal aunt');
    expect(board.body).toContain('Identified (1)');
    const actions = await journeyAuditActions(setup.context.ownerDb.db, setup.arranged.journeyId);
    expect(actions).toContain('network.viewed');
  });

  it('refuses a future date of birth and a 10,000-character name, keeping the answers', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const before = await peopleCount();
    const future = await coordinator.post(`${network()}/people`, {
      ...AUNT,
      child: child(),
      birthYear: '',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '1',
      'dateOfBirth-year': '2999',
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('There is a problem');
    expect(future.body).toContain('Date of birth must be today or in the past');
    expect(future.body).toContain('value="2999"');
    expect(future.body).toContain('07700 900456');
    const long = await coordinator.post(`${network()}/people`, {
      ...AUNT,
      child: child(),
      firstName: 'A'.repeat(10_000),
    });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('First name must be 100 characters or fewer');
    expect(await peopleCount()).toBe(before);
  });

  it('shows the IRO only the counts, and no names', async () => {
    const iro = await signedIn(setup.context.app, setup.cast.iro);
    const board = await iro.get(network());
    expect(board.statusCode).toBe(200);
    expect(board.body).toContain('Everyone');
    expect(board.body).not.toContain('Denise');
  });
});
