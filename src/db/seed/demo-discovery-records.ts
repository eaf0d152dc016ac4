import type { Tx } from '../database.ts';

export interface DemoDiscoveryContext {
  tx: Tx;
  organisationId: string;
  coordinator: string;
  socialWorker: string;
}
/** One demo journey about one young person. */
export interface DemoJourney {
  childId: string;
  journeyId: string;
}

/**
 * What the demo journeys of src/db/seed/demo-discovery-cases.ts record beyond the tools: Tia's
 * chronology (an imported placement among them), her own timeline and mobility map; and, on
 * Callum's, information shared within his consent and a safety concern not yet acknowledged.
 */

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

export async function seedDemoDiscoveryRecords(
  { tx, organisationId, coordinator, socialWorker }: DemoDiscoveryContext,
  tia: DemoJourney,
  reece: DemoJourney,
) {
  const org = { organisation_id: organisationId };
  await tx
    .insertInto('chronology_entries')
    .values([
      {
        ...org,
        child_id: tia.childId,
        starts_on: '2018-09-03',
        kind: 'placement_episode',
        summary: 'Foster placement (in-house carers), under a care order',
        source: 'ssda903',
        source_key: 'demo-tia-2018-09-03',
      },
      {
        ...org,
        child_id: tia.childId,
        starts_on: '2010-07-19',
        kind: 'event',
        summary: 'Tia was born in Manchester',
        source: 'kindred',
        date_text: '19 July 2010',
        category: 'family_event',
        source_note: 'Birth certificate on file',
        recorded_by: coordinator,
      },
      {
        ...org,
        child_id: tia.childId,
        starts_on: '2014-01-01',
        kind: 'event',
        summary: 'Lived with her grandmother, Esi, for about two years',
        source: 'kindred',
        date_text: 'about 2014',
        category: 'family_event',
        source_note: 'Social worker’s records and Tia',
        recorded_by: coordinator,
      },
      {
        ...org,
        child_id: tia.childId,
        starts_on: '2016-09-01',
        kind: 'event',
        summary: 'Started at Moss Side primary school',
        source: 'kindred',
        date_text: 'autumn 2016',
        category: 'school',
        source_note: 'School records',
        recorded_by: coordinator,
      },
    ])
    .execute();
  await tx
    .insertInto('timeline_entries')
    .values(
      [
        [
          'about 2014',
          '2014-01-01',
          'Nana Esi’s house. Red door. She sang all the time and made jollof on Sundays.',
        ],
        ['2016', '2016-01-01', 'Big school. I was scared but Kofi walked me in on the first day.'],
        [
          'autumn 2018',
          '2018-09-01',
          'Came to Ruth and Dev’s. I didn’t talk for a week.\nNow I do.',
        ],
      ].map(([dateText, sortOn, ownWords]) => ({
        ...org,
        journey_id: tia.journeyId,
        child_id: tia.childId,
        date_text: dateText ?? '',
        sort_on: sortOn ?? '',
        own_words: ownWords ?? '',
        recorded_by: coordinator,
      })),
    )
    .execute();
  await tx
    .insertInto('mobility_places')
    .values([
      {
        ...org,
        journey_id: tia.journeyId,
        child_id: tia.childId,
        area: 'Moss Side, Manchester',
        kind: 'family_home',
        from_text: 'about 2013',
        from_on: '2013-01-01',
        to_text: 'summer 2016',
        notes: 'Nana Esi’s house. Tia remembers the neighbours’ children and a church.',
        recorded_by: coordinator,
      },
      {
        ...org,
        journey_id: tia.journeyId,
        child_id: tia.childId,
        area: 'Rusholme, Manchester',
        kind: 'school',
        from_text: 'autumn 2016',
        from_on: '2016-09-01',
        to_text: 'summer 2018',
        notes: 'Primary school. Her cousin Kofi was in year 6.',
        recorded_by: coordinator,
      },
    ])
    .execute();

  await tx
    .insertInto('information_shares')
    .values({
      ...org,
      journey_id: reece.journeyId,
      child_id: reece.childId,
      shared_with: 'Grace Holloway',
      what: ['about_lifelong_links', 'how_they_are'],
      details: 'Told her Callum is doing well at college and would like to see her.',
      method: 'in_person',
      shared_on: isoDaysAgo(12),
      shared_by: coordinator,
    })
    .execute();
  await tx
    .insertInto('safety_concerns')
    .values({
      ...org,
      journey_id: reece.journeyId,
      child_id: reece.childId,
      about: 'child',
      details:
        'On a visit, Callum’s uncle said he knows which children’s home Callum lives in and wants to "sort things out". The uncle is not in the consent.',
      raised_by: coordinator,
      raised_at: daysAgo(1),
      social_worker_id: socialWorker,
      sent_at: daysAgo(1),
    })
    .execute();
}
