import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../../../tests/support/agent.ts';
import {
  type ArrangedCase,
  arrangeJourney,
  type CastApp,
  createCastApp,
  signedIn,
} from '../../journeys/journeys-test-support.ts';

let castApp: CastApp;
let arranged: ArrangedCase;
let coordinator: TestAgent;

beforeAll(async () => {
  castApp = await createCastApp();
  arranged = await arrangeJourney(castApp.context.ownerDb.db, castApp.cast, {
    children: [
      { firstName: 'Poppy', lastName: 'Marsh', dateOfBirth: '2011-05-01' },
      { firstName: 'Alfie', lastName: 'Marsh', dateOfBirth: '2013-09-12' },
    ],
  });
  coordinator = await signedIn(castApp.context.app, castApp.cast.coordinator);
}, 60_000);
afterAll(() => castApp.context.close());

const network = () => `/journeys/${arranged.journeyId}/network`;
const db = () => castApp.context.ownerDb.db;

async function add(childId: string, firstName: string, birthYear: string, phone: string) {
  const added = await coordinator.post(`${network()}/people`, {
    child: childId,
    firstName,
    lastName: 'Hughes',
    kind: 'birth_family',
    gender: 'female',
    birthYear,
    birthYearApproximate: 'yes',
    foundBy: 'records',
    'contact-1-kind': 'phone',
    'contact-1-value': phone,
  });
  expect(added.statusCode).toBe(303);
  return String(added.headers.location).split('?')[0] ?? '';
}

const idOf = (href: string) => href.split('/').at(-1) ?? '';

describe('possible duplicates and their merge', () => {
  it('offers a similar name with a close birth year, and merges keeping every link', async () => {
    const [poppy, alfie] = arranged.childIds as [string, string];
    const kept = await add(poppy, 'Margaret', '1961', '07700 900001');
    const twinInAlfies = await add(alfie, 'Margret', '1962', '07700 900002');
    const twinInPoppys = await add(poppy, 'Margret', '1963', '07700 900003');
    await coordinator.post(`${twinInPoppys}/say`, { say: 'no' });

    const page = await coordinator.get(`${kept}/duplicates`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Margret Hughes');

    const otherPerson = await db()
      .selectFrom('network_members')
      .select('person_id')
      .where('id', '=', idOf(twinInAlfies))
      .executeTakeFirstOrThrow();
    const merged = await coordinator.post(`${kept}/duplicates`, {
      personId: otherPerson.person_id,
    });
    expect(merged.statusCode).toBe(303);

    const keptPerson = await db()
      .selectFrom('network_members')
      .select('person_id')
      .where('id', '=', idOf(kept))
      .executeTakeFirstOrThrow();
    // Alfie's member now points at the kept person; his own say and status are his.
    const alfiesMember = await db()
      .selectFrom('network_members')
      .selectAll()
      .where('id', '=', idOf(twinInAlfies))
      .executeTakeFirstOrThrow();
    expect(alfiesMember.person_id).toBe(keptPerson.person_id);
    const contacts = await db()
      .selectFrom('network_person_contacts')
      .select('value')
      .where('person_id', '=', keptPerson.person_id)
      .execute();
    expect(contacts.map((contact) => contact.value).sort()).toEqual([
      '07700 900001',
      '07700 900002',
    ]);
    const audit = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', keptPerson.person_id)
      .execute();
    expect(audit.map((row) => row.action)).toContain('network.people_merged');
  });

  it('combines two records in the same young person’s network, keeping their "no"', async () => {
    const [poppy] = arranged.childIds as [string, string];
    const members = await db()
      .selectFrom('network_members')
      .innerJoin('network_people', 'network_people.id', 'network_members.person_id')
      .select(['network_members.id', 'network_members.person_id', 'network_people.first_name'])
      .where('network_members.child_id', '=', poppy)
      .execute();
    const kept = members.find((member) => member.first_name === 'Margaret');
    const twin = members.find((member) => member.first_name === 'Margret');
    const merged = await coordinator.post(`${network()}/members/${kept?.id}/duplicates`, {
      personId: twin?.person_id ?? '',
    });
    expect(merged.statusCode).toBe(303);
    const left = await db()
      .selectFrom('network_members')
      .select(['id', 'young_person_say', 'off_ramp'])
      .where('child_id', '=', poppy)
      .execute();
    expect(left).toEqual([
      { id: kept?.id, young_person_say: 'no', off_ramp: 'young_person_said_no' },
    ]);
  });

  it('refuses to merge a person with themself, changing nothing', async () => {
    const [poppy] = arranged.childIds as [string, string];
    const member = await db()
      .selectFrom('network_members')
      .select(['id', 'person_id'])
      .where('child_id', '=', poppy)
      .executeTakeFirstOrThrow();
    const refused = await coordinator.post(`${network()}/members/${member.id}/duplicates`, {
      personId: member.person_id,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('A person cannot be merged with themself.');
    const still = await db()
      .selectFrom('network_people')
      .select('id')
      .where('id', '=', member.person_id)
      .execute();
    expect(still).toHaveLength(1);
  });
});
