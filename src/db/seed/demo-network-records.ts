import type { Tx } from '../database.ts';
import type { MemberStatus, YoungPersonSay } from '../schema.ts';
import type { DemoMember, DemoPerson } from './demo-network-people.ts';

/**
 * Writes the demo networks' people (with a verified phone where they have one) and each child's
 * members, with dates along the pipeline and a signed-off safety check for those past it.
 */

export interface DemoNetworkContext {
  tx: Tx;
  organisationId: string;
  staff: { socialWorker: string; iro: string; manager: string; coordinator: string };
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

const RANK: MemberStatus[] = [
  'identified',
  'located',
  'safety_checked',
  'contacted',
  'agreed_to_engage',
];

export async function insertDemoPeople(
  { tx, organisationId, staff }: DemoNetworkContext,
  list: DemoPerson[],
) {
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
}

export async function insertDemoMembers(
  { tx, organisationId, staff }: DemoNetworkContext,
  childId: string,
  journeyId: string,
  ids: Map<string, string>,
  list: DemoMember[],
) {
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
}
