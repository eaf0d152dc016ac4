import type { Tx } from '../database.ts';
import type {
  FoundBy,
  MemberStatus,
  NetworkPersonKind,
  OffRamp,
  YoungPersonSay,
} from '../schema.ts';

/**
 * Two demo journeys with networks (issue 10): Kayla and Tyler Hughes, sister and brother on one
 * Lifelong Links referral at stage 3 (discovery), sharing part of their networks; and Reece
 * Walker at stage 4 (engagement), with people at every point of the pipeline. Four generations
 * each, with realistic birth years, so the genogram has something to draw. Every name is invented.
 */

type Gender = 'female' | 'male' | 'other' | 'unknown';

/** A person: name, kind, gender, born (a year; "~" approximate; a full date), and more. */
interface DemoPerson {
  key: string;
  first: string;
  last: string | null;
  kind: NetworkPersonKind;
  gender: Gender;
  born: string | null;
  deceased?: number | true;
  professional?: boolean;
  knownAs?: string;
  language?: string;
  phone?: string;
}

/** A person in one child's network: relationship, how found, where in the pipeline. */
type DemoMember = [
  key: string,
  relationship: string,
  foundBy: FoundBy,
  status?: MemberStatus,
  say?: YoungPersonSay,
  offRamp?: OffRamp,
];

const p = (
  key: string,
  first: string,
  last: string | null,
  kind: NetworkPersonKind,
  gender: Gender,
  born: string | null,
  more: Partial<DemoPerson> = {},
): DemoPerson => ({ key, first, last, kind, gender, born, ...more });

/** The Hughes family, Kayla's and Tyler's: mother's side Hughes, father's side Osei. */
const HUGHES_PEOPLE: DemoPerson[] = [
  p('ggmaHughes', 'Edna', 'Hughes', 'extended_family', 'female', '~1938', { deceased: 2019 }),
  p('ggpaHughes', 'Albert', 'Hughes', 'extended_family', 'male', '1936', { deceased: 2008 }),
  p('ggmaOsei', 'Comfort', 'Osei', 'extended_family', 'female', '~1940', { language: 'Twi' }),
  p('nan', 'Margaret', 'Hughes', 'birth_family', 'female', '1961-04-12', {
    knownAs: 'Peggy',
    phone: '07700 900101',
  }),
  p('grandad', 'Roy', 'Hughes', 'birth_family', 'male', '~1958'),
  p('grandmaOsei', 'Abena', 'Osei', 'birth_family', 'female', '1963', { language: 'Twi' }),
  p('grandpaOsei', 'Kwame', 'Osei', 'birth_family', 'male', '~1960', { deceased: true }),
  p('mum', 'Danielle', 'Hughes', 'birth_family', 'female', '1986-09-30'),
  p('kaylaDad', 'Marcus', 'Osei', 'birth_family', 'male', '1984-02-17'),
  p('tylerDad', 'Liam', 'Pritchard', 'birth_family', 'male', '~1987'),
  p('auntSam', 'Samantha', 'Hughes', 'birth_family', 'female', '1989-06-05', {
    knownAs: 'Sam',
    phone: '07700 900102',
  }),
  p('uncleDean', 'Dean', 'Hughes', 'birth_family', 'male', '1983'),
  p('auntAma', 'Ama', 'Osei', 'extended_family', 'female', '1988-12-01'),
  p('uncleKofi', 'Kofi', 'Osei', 'extended_family', 'male', '~1981'),
  p('partnerDean', 'Chloe', 'Hughes', 'extended_family', 'female', '1985'),
  p('cousinJade', 'Jade', 'Hughes', 'extended_family', 'female', '2007-03-22'),
  p('cousinMason', 'Mason', 'Hughes', 'extended_family', 'male', '2010-08-14'),
  p('cousinEsi', 'Esi', 'Osei', 'extended_family', 'female', '2012'),
  p('halfSisterRuby', 'Ruby', 'Pritchard', 'birth_family', 'female', '2015-01-09'),
  p('greatAuntJoan', 'Joan', 'Whitfield', 'extended_family', 'female', '~1945'),
  p('fosterSue', 'Susan', 'Barker', 'former_foster_carer', 'female', '~1965', { knownAs: 'Sue' }),
  p('fosterPete', 'Peter', 'Barker', 'former_foster_carer', 'male', '~1963'),
  p('keyworker', 'Nadia', 'Rahman', 'former_residential_worker', 'female', '~1990', {
    professional: true,
  }),
  p('teacherKayla', 'Helen', 'Moss', 'teacher', 'female', null, { professional: true }),
  p('friendKayla', 'Priya', 'Shah', 'friend', 'female', '2010'),
  p('coachTyler', 'Gareth', 'Lewis', 'other_adult', 'male', '~1978'),
  p('friendTyler', 'Ollie', 'Grant', 'friend', 'male', '2012'),
  p('godmother', 'Tracey', 'Palmer', 'other_adult', 'female', '~1970'),
];

const KAYLA: DemoMember[] = [
  ['nan', 'maternal grandmother', 'young_person', 'identified', 'yes'],
  ['grandad', 'maternal grandfather', 'records'],
  ['ggmaHughes', 'maternal great-grandmother', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['ggpaHughes', 'maternal great-grandfather', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['ggmaOsei', 'paternal great-grandmother', 'another_relative'],
  ['grandmaOsei', 'paternal grandmother', 'records', 'identified', 'yes'],
  ['grandpaOsei', 'paternal grandfather', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['mum', 'mother', 'records', 'identified', 'not_now'],
  ['kaylaDad', 'father', 'records', 'identified', 'yes'],
  ['auntSam', 'maternal aunt', 'young_person', 'identified', 'yes'],
  ['uncleDean', 'maternal uncle', 'young_person'],
  ['partnerDean', 'uncle Dean’s wife', 'another_relative'],
  ['auntAma', 'paternal aunt', 'online_search', 'identified', 'yes'],
  ['uncleKofi', 'paternal uncle', 'online_search'],
  ['cousinJade', 'cousin', 'young_person', 'identified', 'yes'],
  ['cousinMason', 'cousin', 'young_person'],
  ['cousinEsi', 'cousin', 'another_relative'],
  ['greatAuntJoan', 'great-aunt (Nan’s sister)', 'mobility_mapping'],
  ['fosterSue', 'former foster carer', 'young_person', 'identified', 'yes'],
  ['fosterPete', 'former foster carer', 'young_person', 'identified', 'yes'],
  ['keyworker', 'former keyworker', 'records'],
  ['teacherKayla', 'primary school teacher', 'mobility_mapping'],
  ['friendKayla', 'best friend', 'young_person', 'identified', 'yes'],
  ['godmother', 'godmother', 'young_person', 'identified', 'no', 'young_person_said_no'],
];

const TYLER: DemoMember[] = [
  ['nan', 'maternal grandmother', 'young_person', 'identified', 'yes'],
  ['grandad', 'maternal grandfather', 'records'],
  ['ggmaHughes', 'maternal great-grandmother', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['mum', 'mother', 'records', 'identified', 'yes'],
  ['tylerDad', 'father', 'records', 'identified', 'no', 'young_person_said_no'],
  ['halfSisterRuby', 'half-sister (dad’s side)', 'records'],
  ['auntSam', 'maternal aunt', 'young_person', 'identified', 'yes'],
  ['uncleDean', 'maternal uncle', 'young_person', 'identified', 'yes'],
  ['partnerDean', 'uncle Dean’s wife', 'another_relative'],
  ['cousinJade', 'cousin', 'another_relative'],
  ['cousinMason', 'cousin', 'young_person', 'identified', 'yes'],
  ['greatAuntJoan', 'great-aunt (Nan’s sister)', 'mobility_mapping'],
  ['fosterSue', 'former foster carer', 'young_person', 'identified', 'not_now'],
  ['fosterPete', 'former foster carer', 'young_person'],
  ['coachTyler', 'football coach', 'young_person', 'identified', 'yes'],
  ['friendTyler', 'friend from his old school', 'mobility_mapping'],
  ['godmother', 'godmother', 'young_person', 'identified', 'yes'],
];

/** Reece Walker's network, at engagement. */
const WALKER_PEOPLE: DemoPerson[] = [
  p('ggma', 'Iris', 'Walker', 'extended_family', 'female', '~1942', { deceased: 2016 }),
  p('ggpa', 'Stanley', 'Walker', 'extended_family', 'male', '~1939', { deceased: 2002 }),
  p('ggmaMum', 'Doreen', 'Flynn', 'extended_family', 'female', '1944'),
  p('nanWalker', 'Carol', 'Walker', 'birth_family', 'female', '1962-07-19', {
    phone: '07700 900201',
  }),
  p('grandadWalker', 'Terry', 'Walker', 'birth_family', 'male', '~1960'),
  p('nanFlynn', 'Bernadette', 'Flynn', 'birth_family', 'female', '1966', { knownAs: 'Bernie' }),
  p('grandadFlynn', 'Sean', 'Flynn', 'birth_family', 'male', '~1964', { deceased: 2021 }),
  p('mumReece', 'Kelly', 'Flynn', 'birth_family', 'female', '1990-03-03'),
  p('dadReece', 'Jason', 'Walker', 'birth_family', 'male', '1988-10-27'),
  p('auntLisa', 'Lisa', 'Walker', 'birth_family', 'female', '1992-05-11', {
    phone: '07700 900202',
  }),
  p('uncleRyan', 'Ryan', 'Walker', 'birth_family', 'male', '~1986'),
  p('auntNiamh', 'Niamh', 'Flynn', 'extended_family', 'female', '1994'),
  p('uncleConor', 'Conor', 'Flynn', 'extended_family', 'male', '~1989'),
  p('partnerRyan', 'Aisha', 'Walker', 'extended_family', 'female', '1987'),
  p('brotherKai', 'Kai', 'Walker', 'birth_family', 'male', '2007-12-01'),
  p('sisterLexi', 'Lexi', 'Flynn', 'birth_family', 'female', '2013-04-18'),
  p('cousinTia', 'Tia', 'Walker', 'extended_family', 'female', '2011'),
  p('cousinFinn', 'Finn', 'Flynn', 'extended_family', 'male', '2016'),
  p('fosterAnn', 'Ann', 'Morris', 'former_foster_carer', 'female', '~1960'),
  p('resWorker', 'Dev', 'Patel', 'former_residential_worker', 'male', '~1985', {
    professional: true,
  }),
  p('teacherReece', 'Mark', 'Evans', 'teacher', 'male', null, { professional: true }),
  p('friendReece', 'Jordan', 'Bailey', 'friend', 'male', '2009'),
  p('neighbour', 'Pauline', 'Hart', 'other_adult', 'female', '~1958'),
];

const REECE: DemoMember[] = [
  ['ggma', 'paternal great-grandmother', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['ggpa', 'paternal great-grandfather', 'genogram', 'identified', 'not_asked', 'deceased'],
  ['ggmaMum', 'maternal great-grandmother', 'another_relative', 'located', 'yes'],
  ['nanWalker', 'paternal grandmother', 'young_person', 'agreed_to_engage', 'yes'],
  ['grandadWalker', 'paternal grandfather', 'young_person', 'contacted', 'yes'],
  ['nanFlynn', 'maternal grandmother', 'records', 'safety_checked', 'yes'],
  ['grandadFlynn', 'maternal grandfather', 'records', 'identified', 'not_asked', 'deceased'],
  ['mumReece', 'mother', 'records', 'located', 'not_now'],
  ['dadReece', 'father', 'records', 'located', 'yes', 'not_safe'],
  ['auntLisa', 'paternal aunt', 'young_person', 'agreed_to_engage', 'yes'],
  ['uncleRyan', 'paternal uncle', 'young_person', 'contacted', 'yes', 'declined'],
  ['auntNiamh', 'maternal aunt', 'online_search', 'located', 'yes'],
  ['uncleConor', 'maternal uncle', 'online_search', 'identified', 'yes', 'not_found'],
  ['partnerRyan', 'uncle Ryan’s partner', 'another_relative', 'identified', 'not_asked'],
  ['brotherKai', 'brother', 'young_person', 'agreed_to_engage', 'yes'],
  ['sisterLexi', 'half-sister', 'records', 'safety_checked', 'yes'],
  ['cousinTia', 'cousin', 'young_person', 'contacted', 'yes'],
  ['cousinFinn', 'cousin', 'another_relative', 'identified', 'not_asked'],
  ['fosterAnn', 'former foster carer', 'young_person', 'agreed_to_engage', 'yes'],
  ['resWorker', 'former residential worker', 'mobility_mapping', 'located', 'yes'],
  ['teacherReece', 'secondary school teacher', 'mobility_mapping', 'identified', 'yes'],
  ['friendReece', 'friend', 'young_person', 'contacted', 'yes'],
  [
    'neighbour',
    'neighbour from his first home',
    'mobility_mapping',
    'identified',
    'no',
    'young_person_said_no',
  ],
];

const RANK: MemberStatus[] = [
  'identified',
  'located',
  'safety_checked',
  'contacted',
  'agreed_to_engage',
];

export async function seedDemoNetworks(
  tx: Tx,
  organisationId: string,
  staff: { socialWorker: string; iro: string; manager: string; coordinator: string },
) {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

  const child = (values: Record<string, unknown>) =>
    tx
      .insertInto('children')
      .values({
        organisation_id: organisationId,
        social_worker_id: staff.socialWorker,
        iro_id: staff.iro,
        looked_after: true,
        first_language: 'English',
        ...values,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((row) => row.id);

  const kayla = await child({
    first_name: 'Kayla',
    last_name: 'Hughes',
    date_of_birth: '2010-05-21',
    gender: '2',
    looked_after_since: '2020-02-10',
    case_record_id: 'DEMO-1101',
    carers: 'Rita and Gary Shaw (foster carers)',
  });
  const tyler = await child({
    first_name: 'Tyler',
    last_name: 'Hughes',
    date_of_birth: '2012-11-08',
    gender: '1',
    looked_after_since: '2020-02-10',
    case_record_id: 'DEMO-1102',
    carers: 'Rita and Gary Shaw (foster carers)',
  });
  const reece = await child({
    first_name: 'Reece',
    last_name: 'Walker',
    date_of_birth: '2009-08-30',
    gender: '1',
    looked_after_since: '2017-09-04',
    case_record_id: 'DEMO-1103',
    carers: 'Maple Lodge (children’s home)',
  });

  const journeyFor = async (
    reference: string,
    childIds: string[],
    stage: number,
    openedDaysAgo: number,
  ) => {
    const referral = await tx
      .insertInto('referrals')
      .values({
        organisation_id: organisationId,
        reference,
        kind: 'lifelong_links',
        status: 'accepted',
        referrer_id: staff.socialWorker,
        referrer_role: 'social_worker',
        created_at: daysAgo(openedDaysAgo + 20),
        submitted_at: daysAgo(openedDaysAgo + 10),
        decided_at: daysAgo(openedDaysAgo + 2),
        decided_by: staff.manager,
        criteria_met: true,
        coordinator_id: staff.coordinator,
        matched_at: daysAgo(openedDaysAgo + 1),
        matched_by: staff.manager,
        reason:
          'Wants to know more about their family and to stay in touch with people who matter.',
        language: 'English',
        interpreter_needed: false,
        advocate_needed: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const childId of childIds) {
      await tx
        .insertInto('referral_children')
        .values({ organisation_id: organisationId, referral_id: referral.id, child_id: childId })
        .execute();
      for (const giver of ['young_person', 'parental_responsibility'] as const) {
        await tx
          .insertInto('consents')
          .values({
            organisation_id: organisationId,
            referral_id: referral.id,
            child_id: childId,
            giver,
            ...(giver === 'parental_responsibility'
              ? { giver_name: 'Demo Council (care order)', relationship: 'Local authority' }
              : {}),
            given_on: isoDaysAgo(openedDaysAgo + 12),
            method: giver === 'young_person' ? 'in_person' : 'email',
            scope_search: true,
            scope_contact: true,
            scope_share: true,
          })
          .execute();
      }
    }
    const journey = await tx
      .insertInto('journeys')
      .values({
        organisation_id: organisationId,
        referral_id: referral.id,
        kind: 'lifelong_links',
        stage,
        coordinator_id: staff.coordinator,
        opened_at: daysAgo(openedDaysAgo),
        consent_reconfirmation_due: isoDaysAgo(-30),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('journey_events')
      .values([
        {
          organisation_id: organisationId,
          journey_id: journey.id,
          kind: 'opened',
          from_stage: 1,
          to_stage: 2,
          reason: 'Referral accepted and matched to a coordinator',
          actor_id: staff.manager,
          occurred_at: daysAgo(openedDaysAgo),
        },
        ...Array.from({ length: stage - 2 }, (_, index) => ({
          organisation_id: organisationId,
          journey_id: journey.id,
          kind: 'stage_moved' as const,
          from_stage: index + 2,
          to_stage: index + 3,
          actor_id: staff.coordinator,
          occurred_at: daysAgo(openedDaysAgo - 10 * (index + 1)),
        })),
      ])
      .execute();
    return journey.id;
  };

  const people = async (list: DemoPerson[]) => {
    const ids = new Map<string, string>();
    for (const person of list) {
      const approximate = person.born?.startsWith('~') ?? false;
      const born = person.born?.replace('~', '') ?? null;
      const row = await tx
        .insertInto('network_people')
        .values({
          organisation_id: organisationId,
          first_name: person.first,
          last_name: person.last,
          known_as: person.knownAs ?? null,
          kind: person.kind,
          professional: person.professional ?? false,
          gender: person.gender,
          date_of_birth: born && born.length === 10 ? born : null,
          birth_year: born && born.length === 4 ? Number(born) : null,
          birth_year_approximate: approximate,
          deceased: person.deceased !== undefined,
          died_year: typeof person.deceased === 'number' ? person.deceased : null,
          first_language: person.language ?? 'English',
          created_by: staff.coordinator,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(person.key, row.id);
      if (person.phone) {
        await tx
          .insertInto('network_person_contacts')
          .values({
            organisation_id: organisationId,
            person_id: row.id,
            kind: 'phone',
            value: person.phone,
            verified: true,
          })
          .execute();
      }
    }
    return ids;
  };

  const members = async (
    childId: string,
    journeyId: string,
    ids: Map<string, string>,
    list: DemoMember[],
  ) => {
    for (const [
      index,
      [key, relationship, foundBy, status = 'identified', say = 'not_asked', offRamp],
    ] of list.entries()) {
      const rank = RANK.indexOf(status);
      const on = (step: number) => (rank >= step ? isoDaysAgo(40 - step * 8 - (index % 5)) : null);
      const closedSay: YoungPersonSay = offRamp === 'young_person_said_no' ? 'no' : say;
      const member = await tx
        .insertInto('network_members')
        .values({
          organisation_id: organisationId,
          child_id: childId,
          person_id: ids.get(key) ?? '',
          journey_id: journeyId,
          relationship,
          found_by: foundBy,
          status,
          young_person_say: closedSay,
          say_recorded_on: closedSay === 'not_asked' ? null : isoDaysAgo(45 - (index % 7)),
          located_on: on(1),
          contacted_on: on(3),
          agreed_on: on(4),
          off_ramp: offRamp ?? null,
          off_ramp_on: offRamp ? isoDaysAgo(10 + (index % 4)) : null,
          added_by: staff.coordinator,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (rank >= 2 || offRamp === 'not_safe') {
        const notSafe = offRamp === 'not_safe';
        await tx
          .insertInto('network_safety_checks')
          .values({
            organisation_id: organisationId,
            member_id: member.id,
            risk_notes: notSafe
              ? 'Police called to the family home several times in the past.'
              : 'No concerns known to children’s social care.',
            police_check_requested_on: notSafe ? isoDaysAgo(30) : null,
            police_check_outcome: notSafe ? 'Recent convictions for violence.' : null,
            outcome: notSafe ? 'not_safe' : 'safe',
            not_safe_reason: notSafe
              ? 'A risk to Reece’s safety; the social worker agrees no contact.'
              : null,
            recorded_by: staff.coordinator,
            signed_off_by: staff.manager,
            signed_off_as: 'team_manager',
            signed_off_at: daysAgo(25),
          })
          .execute();
      }
    }
  };

  const hughesJourney = await journeyFor('LL-2026-0011', [kayla, tyler], 3, 50);
  const hughes = await people(HUGHES_PEOPLE);
  await members(kayla, hughesJourney, hughes, KAYLA);
  await members(tyler, hughesJourney, hughes, TYLER);

  const walkerJourney = await journeyFor('LL-2026-0012', [reece], 4, 80);
  const walker = await people(WALKER_PEOPLE);
  await members(reece, walkerJourney, walker, REECE);
}
