import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeJourney, type CastApp, createCastApp } from '../journeys/journeys-test-support.ts';
import { networkService } from './network.service.ts';
import { asUser, callerFor, personDetails } from './network-test-support.ts';

let castApp: CastApp;
let childIds: string[];
let journeyId: string;

beforeAll(async () => {
  castApp = await createCastApp();
  const arranged = await arrangeJourney(castApp.context.ownerDb.db, castApp.cast, {
    children: [
      { firstName: 'Poppy', lastName: 'Marsh', dateOfBirth: '2011-05-01' },
      { firstName: 'Alfie', lastName: 'Marsh', dateOfBirth: '2013-09-12' },
    ],
  });
  childIds = arranged.childIds;
  journeyId = arranged.journeyId;
}, 60_000);

afterAll(() => castApp.context.close());

const db = () => castApp.context.appDb.db;
const coordinator = () => castApp.cast.coordinator;
const poppy = () => childIds[0] ?? '';
const alfie = () => childIds[1] ?? '';

describe('the network service', () => {
  it('adds a new person with their contact details to a child’s network, audited', async () => {
    const added = await asUser(db(), coordinator(), (tx) =>
      networkService.addToNetwork(tx, callerFor(coordinator()), {
        childId: poppy(),
        journeyId,
        person: {
          details: personDetails({
            contacts: [
              { kind: 'phone', value: '07700 900123', verified: true },
              { kind: 'email', value: 'peggy@example.org', verified: false },
            ],
          }),
        },
        membership: { relationship: 'maternal grandmother', foundBy: 'young_person' },
      }),
    );
    expect(added.outcome).toBe('added');
    if (added.outcome !== 'added') return;
    const { member, contacts } = await asUser(db(), coordinator(), async (tx) => ({
      member: await networkService.member(tx, added.memberId),
      contacts: await networkService.contacts(tx, [added.personId]),
    }));
    expect(member).toMatchObject({
      first_name: 'Margaret',
      birth_year: 1961,
      birth_year_approximate: true,
      relationship: 'maternal grandmother',
      status: 'identified',
      young_person_say: 'not_asked',
    });
    expect(contacts.map((c) => [c.kind, c.value, c.verified])).toEqual([
      ['phone', '07700 900123', true],
      ['email', 'peggy@example.org', false],
    ]);
    const audit = await castApp.context.ownerDb.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', added.memberId)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['network.person_added']);
  });

  it('offers a sibling’s people and shares one person record, with a separate status', async () => {
    const offered = await asUser(db(), coordinator(), (tx) =>
      networkService.sharedWithSiblings(tx, coordinator().organisationId, alfie()),
    );
    const nan = offered.find((member) => member.first_name === 'Margaret');
    expect(nan).toBeDefined();
    const added = await asUser(db(), coordinator(), (tx) =>
      networkService.addToNetwork(tx, callerFor(coordinator()), {
        childId: alfie(),
        journeyId,
        person: { existingPersonId: nan?.person_id ?? '' },
        membership: { relationship: 'maternal grandmother', foundBy: 'another_relative' },
      }),
    );
    expect(added).toMatchObject({ outcome: 'added', personId: nan?.person_id });
    const again = await asUser(db(), coordinator(), (tx) =>
      networkService.addToNetwork(tx, callerFor(coordinator()), {
        childId: alfie(),
        journeyId,
        person: { existingPersonId: nan?.person_id ?? '' },
        membership: { relationship: 'nan', foundBy: 'young_person' },
      }),
    );
    expect(again).toEqual({
      outcome: 'refused',
      problems: [
        { field: 'person', text: 'This person is already in this young person’s network.' },
      ],
    });
  });

  it('refuses a date of birth in the future and a 10,000-character name, writing nothing', async () => {
    const before = await countPeople();
    const future = await asUser(db(), coordinator(), (tx) =>
      networkService.addToNetwork(tx, callerFor(coordinator()), {
        childId: poppy(),
        journeyId,
        person: { details: personDetails({ dateOfBirth: '2999-01-01', birthYear: null }) },
        membership: { relationship: null, foundBy: 'records' },
      }),
    );
    expect(future).toEqual({
      outcome: 'refused',
      problems: [{ field: 'dateOfBirth', text: 'Date of birth must be today or in the past' }],
    });
    const long = await asUser(db(), coordinator(), (tx) =>
      networkService.addToNetwork(tx, callerFor(coordinator()), {
        childId: poppy(),
        journeyId,
        person: { details: personDetails({ firstName: 'A'.repeat(10_000) }) },
        membership: { relationship: null, foundBy: 'records' },
      }),
    );
    expect(long).toEqual({
      outcome: 'refused',
      problems: [{ field: 'firstName', text: 'First name must be 100 characters or fewer' }],
    });
    expect(await countPeople()).toBe(before);
  });

  it('makes one person record for a child known to Kindred, on first use', async () => {
    const [first, second] = await asUser(db(), coordinator(), async (tx) => [
      await networkService.personForChild(tx, callerFor(coordinator()), poppy()),
      await networkService.personForChild(tx, callerFor(coordinator()), poppy()),
    ]);
    expect(first?.id).toBe(second?.id);
    expect(first).toMatchObject({
      first_name: 'Poppy',
      date_of_birth: '2011-05-01',
      child_id: poppy(),
    });
  });

  it('lists a child’s members a page at a time, with counts by status', async () => {
    const { page, counts } = await asUser(db(), coordinator(), async (tx) => ({
      page: await networkService.membersPage(
        tx,
        coordinator().organisationId,
        poppy(),
        {},
        {
          direction: 'after',
          key: null,
          size: 10,
        },
      ),
      counts: await networkService.counts(tx, coordinator().organisationId, poppy()),
    }));
    expect(page.rows.map((row) => row.first_name)).toEqual(['Margaret']);
    expect(counts.get('identified')).toBe(1);
  });

  it('keeps a person the young person has not said yes to out of contact', async () => {
    const verdict = await asUser(db(), coordinator(), async (tx) => {
      const [member] = await networkService.allMembers(tx, coordinator().organisationId, poppy());
      return networkService.contactability(tx, member?.id ?? '');
    });
    expect(verdict).toEqual({
      ok: false,
      reason: 'Ask the young person first: they have not said yes yet.',
    });
  });
});

async function countPeople() {
  const row = await castApp.context.ownerDb.db
    .selectFrom('network_people')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organisation_id', '=', castApp.cast.organisation.id)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
