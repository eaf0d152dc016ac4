import type { DemoDiscoveryContext, DemoJourney } from './demo-discovery-records.ts';

/**
 * The discovery work on the demo journeys of src/db/seed/demo-discovery-cases.ts: the tools
 * offered and done, the sessions with the young person (in their own words) and the search log.
 */

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

export async function seedDemoDiscoveryTools(
  { tx, organisationId, coordinator }: DemoDiscoveryContext,
  tia: DemoJourney,
  reece: DemoJourney,
) {
  const org = { organisation_id: organisationId };
  const tool = (
    journeyId: string,
    code: string,
    done: 'discussed' | 'offered' | 'declined',
    days: number,
  ) => ({
    ...org,
    journey_id: journeyId,
    tool: code as never,
    offered_on: isoDaysAgo(days),
    outcome:
      done === 'offered'
        ? null
        : done === 'declined'
          ? ('declined' as const)
          : ('completed' as const),
    discussed_with_young_person: done === 'discussed',
    discussed_with_professionals: done === 'discussed',
    next_steps:
      done === 'discussed'
        ? 'Share what was found with the social worker and plan who to contact first.'
        : null,
    updated_by: coordinator,
  });
  await tx
    .insertInto('discovery_tools')
    .values([
      tool(tia.journeyId, 'timeline', 'discussed', 70),
      tool(tia.journeyId, 'chronology', 'discussed', 70),
      tool(tia.journeyId, 'genogram', 'discussed', 60),
      tool(tia.journeyId, 'online_searches', 'offered', 40),
      ...['timeline', 'chronology', 'genogram', 'online_searches', 'mobility_mapping'].map((code) =>
        tool(reece.journeyId, code, 'discussed', 60),
      ),
      tool(reece.journeyId, 'social_connections', 'declined', 50),
    ])
    .execute();

  const session = (
    journeyId: string,
    days: number,
    values: {
      place: string;
      who_was_there: string;
      tools: never[] | string[];
      own_words: string;
      wants_next: string;
    },
  ) => ({
    ...org,
    journey_id: journeyId,
    held_on: isoDaysAgo(days),
    recorded_by: coordinator,
    ...values,
    tools: values.tools as never,
  });
  await tx
    .insertInto('young_person_sessions')
    .values([
      session(tia.journeyId, 72, {
        place: 'Her school’s quiet room',
        who_was_there: 'Tia, Cara Okafor (coordinator)',
        tools: ['timeline'],
        own_words:
          'I remember living with Nana Esi before I went to Ruth and Dev’s.\nShe had a red door and she sang all the time.',
        wants_next: 'I want to find Nana Esi. And my big cousin Kofi if he still plays football.',
      }),
      session(tia.journeyId, 61, {
        place: 'Café near Ruth and Dev’s house',
        who_was_there: 'Tia, Ruth Osei (foster carer), Cara Okafor (coordinator)',
        tools: ['genogram', 'chronology'],
        own_words: 'Mum’s side is big. Dad’s side I don’t know. I’m ok with that for now.',
        wants_next: 'Start with Mum’s side.',
      }),
      session(reece.journeyId, 58, {
        place: 'Youth centre',
        who_was_there: 'Callum, his keyworker, Cara Okafor (coordinator)',
        tools: ['mobility_mapping', 'timeline'],
        own_words: 'Gran Grace used to take me to the seaside. Aunt Denise is alright.',
        wants_next: 'See Gran before my birthday.',
      }),
    ])
    .execute();

  const search = (
    journeyId: string,
    days: number,
    values: {
      source: 'electoral_roll' | 'social_media' | 'genealogy' | 'records';
      terms: string;
      result: string;
      safe_to_share: boolean;
    },
  ) => ({
    ...org,
    journey_id: journeyId,
    searched_by: coordinator,
    searched_on: isoDaysAgo(days),
    lawful_basis: 'DPIA-LL-2026-03',
    ...values,
  });
  await tx
    .insertInto('online_searches')
    .values([
      search(tia.journeyId, 45, {
        source: 'electoral_roll',
        terms: 'Esi Mensah, Manchester',
        result: 'One Esi Mensah on the 2024 register in Moss Side.',
        safe_to_share: true,
      }),
      search(tia.journeyId, 44, {
        source: 'social_media',
        terms: 'Kofi Mensah football Manchester',
        result: 'A public team page names a Kofi Mensah; not confirmed.',
        safe_to_share: false,
      }),
      search(tia.journeyId, 43, {
        source: 'genealogy',
        terms: 'Mensah family, Kumasi and Manchester',
        result: 'Nothing found.',
        safe_to_share: true,
      }),
      search(reece.journeyId, 55, {
        source: 'records',
        terms: 'Grace Holloway, previous contact arrangements',
        result: 'Contact was stopped in 2017 when Grace moved; no concerns recorded.',
        safe_to_share: true,
      }),
    ])
    .execute();
}
