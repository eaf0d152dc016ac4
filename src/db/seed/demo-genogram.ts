import type { Tx } from '../database.ts';
import type { Closeness, ContactFrequency, LovesAndCares, Strength } from '../schema.ts';

/**
 * The genograms and social connections of the demo networks (src/db/seed/demo-network.ts): four
 * generations, partners married, separated and divorced, an adoption (Lexi by her aunt Niamh),
 * foster placements, carers, and unknown fathers (Kwame's, Ruby's mother, Lexi's and others),
 * which the genogram draws as placeholders. People are found by name in the demo organisation.
 */

type Link =
  | ['partner', string, string, 'married' | 'living_together' | 'separated' | 'divorced']
  | ['parent', string, string, 'birth' | 'adoptive' | 'foster']
  | ['carer', string, string];

const HUGHES: Link[] = [
  ['partner', 'Albert Hughes', 'Edna Hughes', 'married'],
  ['parent', 'Albert Hughes', 'Margaret Hughes', 'birth'],
  ['parent', 'Edna Hughes', 'Margaret Hughes', 'birth'],
  ['parent', 'Albert Hughes', 'Joan Whitfield', 'birth'],
  ['parent', 'Edna Hughes', 'Joan Whitfield', 'birth'],
  ['partner', 'Roy Hughes', 'Margaret Hughes', 'married'],
  ...['Dean Hughes', 'Danielle Hughes', 'Samantha Hughes'].flatMap((child): Link[] => [
    ['parent', 'Roy Hughes', child, 'birth'],
    ['parent', 'Margaret Hughes', child, 'birth'],
  ]),
  ['parent', 'Comfort Osei', 'Kwame Osei', 'birth'],
  ['partner', 'Kwame Osei', 'Abena Osei', 'married'],
  ...['Kofi Osei', 'Marcus Osei', 'Ama Osei'].flatMap((child): Link[] => [
    ['parent', 'Kwame Osei', child, 'birth'],
    ['parent', 'Abena Osei', child, 'birth'],
  ]),
  ['partner', 'Marcus Osei', 'Danielle Hughes', 'separated'],
  ['parent', 'Marcus Osei', 'Kayla Hughes', 'birth'],
  ['parent', 'Danielle Hughes', 'Kayla Hughes', 'birth'],
  ['partner', 'Liam Pritchard', 'Danielle Hughes', 'divorced'],
  ['parent', 'Liam Pritchard', 'Tyler Hughes', 'birth'],
  ['parent', 'Danielle Hughes', 'Tyler Hughes', 'birth'],
  ['parent', 'Liam Pritchard', 'Ruby Pritchard', 'birth'],
  ['partner', 'Dean Hughes', 'Chloe Hughes', 'married'],
  ['parent', 'Dean Hughes', 'Jade Hughes', 'birth'],
  ['parent', 'Chloe Hughes', 'Jade Hughes', 'birth'],
  ['parent', 'Dean Hughes', 'Mason Hughes', 'birth'],
  ['parent', 'Chloe Hughes', 'Mason Hughes', 'birth'],
  ['parent', 'Ama Osei', 'Esi Osei', 'birth'],
  ['partner', 'Peter Barker', 'Susan Barker', 'married'],
  ['parent', 'Peter Barker', 'Kayla Hughes', 'foster'],
  ['parent', 'Susan Barker', 'Kayla Hughes', 'foster'],
  ['parent', 'Peter Barker', 'Tyler Hughes', 'foster'],
  ['parent', 'Susan Barker', 'Tyler Hughes', 'foster'],
  ['carer', 'Nadia Rahman', 'Kayla Hughes'],
];

const WALKER: Link[] = [
  ['partner', 'Stanley Walker', 'Iris Walker', 'married'],
  ['parent', 'Stanley Walker', 'Terry Walker', 'birth'],
  ['parent', 'Iris Walker', 'Terry Walker', 'birth'],
  ['parent', 'Doreen Flynn', 'Sean Flynn', 'birth'],
  ['partner', 'Terry Walker', 'Carol Walker', 'married'],
  ...['Ryan Walker', 'Jason Walker', 'Lisa Walker'].flatMap((child): Link[] => [
    ['parent', 'Terry Walker', child, 'birth'],
    ['parent', 'Carol Walker', child, 'birth'],
  ]),
  ['partner', 'Sean Flynn', 'Bernadette Flynn', 'married'],
  ...['Conor Flynn', 'Kelly Flynn', 'Niamh Flynn'].flatMap((child): Link[] => [
    ['parent', 'Sean Flynn', child, 'birth'],
    ['parent', 'Bernadette Flynn', child, 'birth'],
  ]),
  ['partner', 'Jason Walker', 'Kelly Flynn', 'divorced'],
  ...['Kai Walker', 'Reece Walker'].flatMap((child): Link[] => [
    ['parent', 'Jason Walker', child, 'birth'],
    ['parent', 'Kelly Flynn', child, 'birth'],
  ]),
  ['parent', 'Kelly Flynn', 'Lexi Flynn', 'birth'],
  ['parent', 'Niamh Flynn', 'Lexi Flynn', 'adoptive'],
  ['parent', 'Niamh Flynn', 'Finn Flynn', 'birth'],
  ['partner', 'Ryan Walker', 'Aisha Walker', 'living_together'],
  ['parent', 'Ryan Walker', 'Tia Walker', 'birth'],
  ['parent', 'Aisha Walker', 'Tia Walker', 'birth'],
  ['parent', 'Ann Morris', 'Reece Walker', 'foster'],
  ['carer', 'Dev Patel', 'Reece Walker'],
];

type Answer = [name: string, Closeness, Strength, ContactFrequency, LovesAndCares, words?: string];

const CONNECTIONS: Record<string, Answer[]> = {
  'Kayla Hughes': [
    [
      'Margaret Hughes',
      'close',
      'strong',
      'every_week',
      'yes',
      'Nan makes the best Sunday dinners and always asks about school.',
    ],
    ['Samantha Hughes', 'close', 'strong', 'every_month', 'yes'],
    [
      'Susan Barker',
      'middle',
      'strong',
      'a_few_times_a_year',
      'yes',
      'Sue still sends me a card on my birthday.',
    ],
    ['Priya Shah', 'close', 'strong', 'every_day', 'yes'],
    ['Nadia Rahman', 'middle', 'weak', 'a_few_times_a_year', 'yes'],
    [
      'Danielle Hughes',
      'distant',
      'stressful',
      'less_often',
      'not_sure',
      'I love my mum but it is hard when she does not turn up.',
    ],
    ['Marcus Osei', 'middle', 'weak', 'every_month', 'not_sure'],
    ['Helen Moss', 'distant', 'weak', 'not_in_touch', 'no'],
  ],
  'Tyler Hughes': [
    ['Margaret Hughes', 'close', 'strong', 'every_week', 'yes'],
    [
      'Gareth Lewis',
      'middle',
      'strong',
      'every_week',
      'not_sure',
      'Gareth says I am the best defender in the team.',
    ],
    ['Danielle Hughes', 'middle', 'stressful', 'every_month', 'yes'],
  ],
  'Reece Walker': [
    ['Carol Walker', 'close', 'strong', 'every_week', 'yes', 'My nan is always there for me.'],
    ['Lisa Walker', 'close', 'strong', 'every_week', 'yes'],
    ['Kai Walker', 'close', 'strong', 'every_day', 'yes'],
    ['Ann Morris', 'middle', 'strong', 'every_month', 'yes'],
    ['Dev Patel', 'middle', 'weak', 'every_month', 'yes'],
    ['Jordan Bailey', 'close', 'strong', 'every_day', 'not_sure'],
    ['Jason Walker', 'distant', 'stressful', 'not_in_touch', 'no', 'I do not want to see my dad.'],
  ],
};

/** Who was in the map at discovery, for "the network grew from … to …". */
const AT_DISCOVERY: Record<string, number> = { 'Kayla Hughes': 3, 'Reece Walker': 2 };

export async function seedDemoGenograms(tx: Tx, organisationId: string, coordinator: string) {
  const people = await tx
    .selectFrom('network_people')
    .select(['id', 'first_name', 'last_name', 'professional', 'deceased'])
    .where('organisation_id', '=', organisationId)
    .execute();
  const byName = new Map(people.map((p) => [`${p.first_name} ${p.last_name ?? ''}`.trim(), p]));
  const children = await tx
    .selectFrom('children')
    .select(['id', 'first_name', 'last_name', 'gender', 'date_of_birth'])
    .where('organisation_id', '=', organisationId)
    .where('first_name', 'in', ['Kayla', 'Tyler', 'Reece'])
    .execute();
  const childIds = new Map<string, string>();
  for (const child of children) {
    const name = `${child.first_name} ${child.last_name}`;
    childIds.set(name, child.id);
    if (byName.has(name)) continue;
    // The young people are people in the genogram too (network-core's personForChild shape).
    const row = await tx
      .insertInto('network_people')
      .values({
        organisation_id: organisationId,
        first_name: child.first_name,
        last_name: child.last_name,
        kind: 'birth_family',
        gender: child.gender === '1' ? 'male' : child.gender === '2' ? 'female' : 'unknown',
        date_of_birth: child.date_of_birth,
        child_id: child.id,
        created_by: coordinator,
      })
      .returning(['id', 'first_name', 'last_name', 'professional', 'deceased'])
      .executeTakeFirstOrThrow();
    byName.set(name, row);
  }
  const id = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new Error(`Demo genogram: nobody called ${name}`);
    return found.id;
  };
  for (const link of [...HUGHES, ...WALKER]) {
    const [kind, from, to] = link;
    await tx
      .insertInto('network_relationships')
      .values({
        organisation_id: organisationId,
        kind,
        from_person_id: id(from),
        to_person_id: id(to),
        partnership_status: link[0] === 'partner' ? link[3] : null,
        parent_kind: link[0] === 'parent' ? link[3] : null,
        recorded_by: coordinator,
      })
      .execute();
  }
  for (const [childName, answers] of Object.entries(CONNECTIONS)) {
    const childId = childIds.get(childName);
    if (!childId) continue;
    const members = await tx
      .selectFrom('network_members')
      .select(['id', 'person_id', 'journey_id'])
      .where('organisation_id', '=', organisationId)
      .where('child_id', '=', childId)
      .execute();
    const memberOf = new Map(members.map((m) => [m.person_id, m]));
    const copy = [];
    for (const [name, closeness, strength, frequency, loves, words] of answers) {
      const member = memberOf.get(id(name));
      if (!member) continue;
      await tx
        .insertInto('social_connections')
        .values({
          organisation_id: organisationId,
          member_id: member.id,
          closeness,
          strength,
          contact_frequency: frequency,
          loves_and_cares: loves,
          in_own_words: words ?? null,
          recorded_by: coordinator,
        })
        .execute();
      const person = byName.get(name);
      copy.push({
        personId: id(name),
        name,
        professional: person?.professional ?? false,
        deceased: person?.deceased ?? false,
        closeness,
        strength,
        lovesAndCares: loves,
      });
    }
    const first = AT_DISCOVERY[childName];
    if (first !== undefined)
      await tx
        .insertInto('social_connection_snapshots')
        .values({
          organisation_id: organisationId,
          child_id: childId,
          journey_id: members[0]?.journey_id ?? null,
          kind: 'discovery',
          taken_on: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
          connections: JSON.stringify(copy.slice(0, first)),
          taken_by: coordinator,
        })
        .execute();
  }
}
