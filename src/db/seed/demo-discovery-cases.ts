import type { Tx } from '../database.ts';

/**
 * Two made-up Lifelong Links journeys past planning, for the demo coordinator (Cara Okafor):
 * Tia at discovery, with half the tools done, two sessions and a search log; and Callum at
 * engagement, every tool done, information shared within his consent and a safety concern the
 * social worker has not yet acknowledged. Every name here is invented.
 */
export async function seedDemoDiscoveryCases(
  tx: Tx,
  organisationId: string,
  people: { socialWorker: string; iro: string; manager: string; coordinator: string },
) {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);
  const org = { organisation_id: organisationId };

  async function journeyFor(child: Record<string, unknown>, reference: string, stage: 3 | 4) {
    const childId = (
      await tx
        .insertInto('children')
        .values({
          ...org,
          social_worker_id: people.socialWorker,
          iro_id: people.iro,
          looked_after: true,
          ...child,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const referralId = (
      await tx
        .insertInto('referrals')
        .values({
          ...org,
          reference,
          kind: 'lifelong_links',
          status: 'accepted',
          referrer_id: people.socialWorker,
          referrer_role: 'social_worker',
          coordinator_id: people.coordinator,
          matched_by: people.manager,
          decided_by: people.manager,
          created_at: daysAgo(120),
          submitted_at: daysAgo(110),
          decided_at: daysAgo(100),
          reason: 'Wants to know more about their family and to have people around them.',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await tx
      .insertInto('referral_children')
      .values({ ...org, referral_id: referralId, child_id: childId })
      .execute();
    await tx
      .insertInto('consents')
      .values([
        {
          ...org,
          referral_id: referralId,
          child_id: childId,
          giver: 'young_person',
          given_on: isoDaysAgo(115),
          method: 'in_person',
          scope_search: true,
          scope_contact: true,
          scope_share: true,
          share_only_with: stage === 4 ? 'Grace Holloway\nDenise Holloway' : null,
        },
        {
          ...org,
          referral_id: referralId,
          child_id: childId,
          giver: 'parental_responsibility',
          giver_name: 'Demo Council',
          relationship: 'Local authority',
          given_on: isoDaysAgo(114),
          method: 'email',
          scope_search: true,
          scope_contact: true,
          scope_share: true,
        },
      ])
      .execute();
    const journeyId = (
      await tx
        .insertInto('journeys')
        .values({
          ...org,
          referral_id: referralId,
          kind: 'lifelong_links',
          stage,
          coordinator_id: people.coordinator,
          opened_at: daysAgo(100),
          consent_reconfirmation_due: isoDaysAgo(-40),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const event = (kind: 'opened' | 'stage_moved', from: number, to: number, days: number) => ({
      ...org,
      journey_id: journeyId,
      kind,
      from_stage: from,
      to_stage: to,
      reason: kind === 'opened' ? 'Referral accepted and matched to a coordinator' : 'Moved on',
      actor_id: kind === 'opened' ? people.manager : people.coordinator,
      occurred_at: daysAgo(days),
    });
    await tx
      .insertInto('journey_events')
      .values([
        event('opened', 1, 2, 100),
        event('stage_moved', 2, 3, 80),
        ...(stage === 4 ? [event('stage_moved', 3, 4, 20)] : []),
      ])
      .execute();
    await tx
      .insertInto('planning_meetings')
      .values({
        ...org,
        journey_id: journeyId,
        starts_at: daysAgo(85),
        venue: 'Family Centre, Meeting Room 1',
        objectives: 'Find and reconnect the people who matter',
        recorded_at: daysAgo(84),
        recorded_by: people.coordinator,
      })
      .execute();
    return { childId, journeyId };
  }

  const tia = await journeyFor(
    {
      first_name: 'Tia',
      last_name: 'Mensah',
      date_of_birth: '2010-07-19',
      gender: '2',
      first_language: 'English',
      looked_after_since: '2018-09-03',
      carers: 'Ruth and Dev Osei (foster carers)',
    },
    'LL-2026-0021',
    3,
  );
  const reece = await journeyFor(
    {
      first_name: 'Callum',
      last_name: 'Holloway',
      date_of_birth: '2009-12-01',
      gender: '1',
      first_language: 'English',
      looked_after_since: '2016-04-11',
      carers: 'Birch Lodge children’s home',
    },
    'LL-2026-0022',
    4,
  );

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
    updated_by: people.coordinator,
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
    recorded_by: people.coordinator,
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
    searched_by: people.coordinator,
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
        recorded_by: people.coordinator,
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
        recorded_by: people.coordinator,
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
        recorded_by: people.coordinator,
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
        recorded_by: people.coordinator,
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
        recorded_by: people.coordinator,
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
        recorded_by: people.coordinator,
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
      shared_by: people.coordinator,
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
      raised_by: people.coordinator,
      raised_at: daysAgo(1),
      social_worker_id: people.socialWorker,
      sent_at: daysAgo(1),
    })
    .execute();
}
