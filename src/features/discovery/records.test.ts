import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrangeJourney,
  type CastApp,
  createCastApp,
  journeyAuditActions,
  signedIn,
} from '../journeys/journeys-test-support.ts';
import { atDiscovery } from './discovery-test-support.ts';

let setup: CastApp;

beforeAll(async () => {
  setup = await createCastApp();
});
afterAll(() => setup.context.close());

async function journeyWithPlacement() {
  const { context, cast } = setup;
  const arranged = await arrangeJourney(context.ownerDb.db, cast);
  await atDiscovery(context.ownerDb.db, arranged.journeyId);
  // An imported placement episode, as the SSDA903 import writes it.
  await context.ownerDb.db
    .insertInto('chronology_entries')
    .values({
      organisation_id: cast.organisation.id,
      child_id: arranged.childIds[0] ?? '',
      starts_on: '2018-09-03',
      ends_on: '2021-07-20',
      kind: 'placement_episode',
      summary: 'Foster placement with an in-house carer',
      source: 'ssda903',
      source_key: 'episode-1',
    })
    .execute();
  return arranged;
}

describe('mobility mapping', () => {
  it('adds a place by area, and a person found there becomes a network lead in one step', async () => {
    const { context, cast } = setup;
    const { journeyId, childIds } = await journeyWithPlacement();
    const coordinator = await signedIn(context.app, cast.coordinator);
    const address = await coordinator.post(`/journeys/${journeyId}/discovery/mobility/new`, {
      childId: childIds[0] ?? '',
      area: '12 Acacia Road, LS6 1AA',
      kind: 'family_home',
    });
    expect(address.statusCode).toBe(400);
    expect(address.body).toContain('Enter an area, not an address');
    const added = await coordinator.post(`/journeys/${journeyId}/discovery/mobility/new`, {
      childId: childIds[0] ?? '',
      area: 'Headingley, Leeds',
      kind: 'family_home',
      from: 'about 2012',
      to: 'spring 2016',
      notes: 'Lived with Nan',
    });
    expect(added.statusCode).toBe(303);
    const place = await context.ownerDb.db
      .selectFrom('mobility_places')
      .selectAll()
      .where('journey_id', '=', journeyId)
      .executeTakeFirstOrThrow();
    expect(place.from_text).toBe('about 2012');
    expect(place.from_on).toBe('2012-01-01');

    const lead = await coordinator.post(
      `/journeys/${journeyId}/discovery/mobility/${place.id}/people/new`,
      { firstName: 'Nan', relationship: 'Grandmother', kind: 'birth_family' },
    );
    expect(lead.statusCode).toBe(303);
    expect(lead.headers.location).toBe(
      `/journeys/${journeyId}/discovery/mobility?notice=lead-added`,
    );
    const member = await context.ownerDb.db
      .selectFrom('network_members')
      .innerJoin('network_people', 'network_people.id', 'network_members.person_id')
      .select(['network_members.found_by', 'network_members.status', 'network_people.first_name'])
      .where('network_members.child_id', '=', childIds[0] ?? '')
      .executeTakeFirstOrThrow();
    expect(member).toEqual({
      found_by: 'mobility_mapping',
      status: 'identified',
      first_name: 'Nan',
    });
    const map = await coordinator.get(
      `/journeys/${journeyId}/discovery/mobility?notice=lead-added`,
    );
    expect(map.body).toContain('found by mobility mapping');
    expect(map.body).toContain('Headingley, Leeds');
    expect(map.body).toContain('about 2012 to spring 2016');
    expect(map.body).toMatch(/People there[\s\S]*Nan/);
    expect(await journeyAuditActions(context.ownerDb.db, journeyId)).toEqual(
      expect.arrayContaining(['mobility-place.added', 'mobility-lead.added']),
    );
  });
});

describe('the chronology and the timeline', () => {
  it('keep events with remembered dates in order, with the imported placements and linked people', async () => {
    const { context, cast } = setup;
    const { journeyId, childIds } = await journeyWithPlacement();
    const coordinator = await signedIn(context.app, cast.coordinator);
    // A person in the network to link, added through mobility mapping.
    await coordinator.post(`/journeys/${journeyId}/discovery/mobility/new`, {
      childId: childIds[0] ?? '',
      area: 'Leeds',
      kind: 'school',
    });
    const place = await context.ownerDb.db
      .selectFrom('mobility_places')
      .select('id')
      .where('journey_id', '=', journeyId)
      .executeTakeFirstOrThrow();
    await coordinator.post(`/journeys/${journeyId}/discovery/mobility/${place.id}/people/new`, {
      firstName: 'Joanne',
      lastName: 'Rivers',
      relationship: 'Aunt',
      kind: 'extended_family',
    });
    const form = await coordinator.get(`/journeys/${journeyId}/discovery/chronology/new`);
    const personId = /name="people" type="checkbox" value="([0-9a-f-]{36})"/.exec(form.body)?.[1];
    expect(personId).toBeDefined();

    const future = await coordinator.post(`/journeys/${journeyId}/discovery/chronology/new`, {
      childId: childIds[0] ?? '',
      when: 'about 2099',
      category: 'family_event',
      summary: 'Something',
      sourceNote: 'Aunt Jo',
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('When it happened must be today or in the past');
    expect(future.body).toContain('value="about 2099"');

    for (const [when, summary] of [
      ['spring 2009', 'Moved in with Aunt Joanne'],
      ['about 2005', 'Born in Leeds General'],
    ] as const) {
      const saved = await coordinator.post(`/journeys/${journeyId}/discovery/chronology/new`, {
        childId: childIds[0] ?? '',
        when,
        category: 'family_event',
        summary,
        sourceNote: 'Social worker’s records',
        people: personId ?? '',
      });
      expect(saved.statusCode).toBe(303);
    }
    const page = await coordinator.get(`/journeys/${journeyId}/discovery/chronology`);
    const order = ['about 2005', 'spring 2009', '3 September 2018 to 20 July 2021'].map((text) =>
      page.body.indexOf(text),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(page.body).toContain('Joanne Rivers');
    expect(page.body).toContain('SSDA903 return');

    const said = await coordinator.post(`/journeys/${journeyId}/discovery/timeline/new`, {
      childId: childIds[0] ?? '',
      when: 'summer 2015',
      ownWords: 'We went to the seaside and  Nan bought me chips.',
    });
    expect(said.statusCode).toBe(303);
    const timeline = await coordinator.get(`/journeys/${journeyId}/discovery/timeline`);
    expect(timeline.body).toContain('In their own words');
    expect(timeline.body).toContain('We went to the seaside and  Nan bought me chips.');
    // The IRO sees the case, not the young person's timeline.
    const iro = await signedIn(context.app, cast.iro);
    expect((await iro.get(`/journeys/${journeyId}/discovery/timeline`)).statusCode).toBe(404);
  });
});
