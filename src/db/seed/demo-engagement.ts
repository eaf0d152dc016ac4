import type { Tx } from '../database.ts';

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Stage 4 for Callum Holloway (LL-2026-0022, demo-discovery-cases.ts): his gran and his uncle in
 * his network, safety checks signed off, so information can be shared with a member (ADR 0033).
 * His consent names only his gran and Denise: a share with his uncle is refused.
 */
export async function seedDemoEngagement(
  tx: Tx,
  organisationId: string,
  people: { manager: string; coordinator: string },
) {
  const journey = await tx
    .selectFrom('journeys')
    .innerJoin('referrals', 'referrals.id', 'journeys.referral_id')
    .innerJoin('referral_children', 'referral_children.referral_id', 'journeys.referral_id')
    .select(['journeys.id', 'referral_children.child_id'])
    .where('journeys.organisation_id', '=', organisationId)
    .where('referrals.reference', '=', 'LL-2026-0022')
    .executeTakeFirst();
  if (!journey) return;
  const org = { organisation_id: organisationId };
  const family = [
    { first_name: 'Grace', relationship: 'Gran', birth_year: 1952, gender: 'female' as const },
    { first_name: 'Mark', relationship: 'Uncle', birth_year: 1978, gender: 'male' as const },
  ];
  for (const [index, person] of family.entries()) {
    const { id: personId } = await tx
      .insertInto('network_people')
      .values({
        ...org,
        first_name: person.first_name,
        last_name: 'Holloway',
        kind: 'birth_family',
        birth_year: person.birth_year,
        birth_year_approximate: true,
        gender: person.gender,
        created_by: people.coordinator,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: memberId } = await tx
      .insertInto('network_members')
      .values({
        ...org,
        child_id: journey.child_id,
        person_id: personId,
        journey_id: journey.id,
        relationship: person.relationship,
        found_by: 'young_person',
        status: 'safety_checked',
        young_person_say: 'yes',
        say_recorded_on: isoDaysAgo(30 + index),
        located_on: isoDaysAgo(25 + index),
        added_by: people.coordinator,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('network_safety_checks')
      .values({
        ...org,
        member_id: memberId,
        risk_notes: 'No concerns known to children’s social care.',
        outcome: 'safe',
        recorded_by: people.coordinator,
        signed_off_by: people.manager,
        signed_off_as: 'team_manager',
        signed_off_at: new Date(Date.now() - 20 * 86_400_000),
      })
      .execute();
  }
}
