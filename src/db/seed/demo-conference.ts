import { sql } from 'kysely';
import type { Db, Tx } from '../database.ts';

/**
 * Stage 5 for the demo (issue 8): the organisation's venues and Kacper's Lifelong Links journey
 * with a conference being planned, his network (two people he wants there, one he said no to).
 * Every name is invented. Added once, when the organisation has no venues yet.
 */
export async function seedDemoConference(ownerDb: Db, organisationId: string): Promise<void> {
  await ownerDb.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('conference_venues')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    if (existing.count > 0) return;
    const users = await tx
      .selectFrom('users')
      .select(['id', 'roles'])
      .where('organisation_id', '=', organisationId)
      .orderBy('display_name')
      .execute();
    const find = (role: string) => users.find((user) => user.roles.includes(role as never))?.id;
    const [coordinator, socialWorker, iro, manager] = [
      find('coordinator'),
      find('social_worker'),
      find('iro'),
      find('team_manager'),
    ];
    if (!coordinator || !socialWorker || !iro || !manager) return;
    const venue = await addVenues(tx, organisationId);
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const child = await tx
      .insertInto('children')
      .values({
        organisation_id: organisationId,
        first_name: 'Kacper',
        last_name: 'Nowak',
        date_of_birth: '2009-08-21',
        gender: '1',
        first_language: 'Polish',
        looked_after: true,
        looked_after_since: '2020-03-02',
        social_worker_id: socialWorker,
        iro_id: iro,
        case_record_id: 'DEMO-1050',
        carers: 'Sam and Alex Reid (foster carers)',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const referral = await tx
      .insertInto('referrals')
      .values({
        organisation_id: organisationId,
        reference: 'LL-2026-0050',
        kind: 'lifelong_links',
        status: 'accepted',
        referrer_id: socialWorker,
        referrer_role: 'social_worker',
        coordinator_id: coordinator,
        matched_by: manager,
        decided_by: manager,
        created_at: daysAgo(120),
        submitted_at: daysAgo(110),
        decided_at: daysAgo(105),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('referral_children')
      .values({ organisation_id: organisationId, referral_id: referral.id, child_id: child.id })
      .execute();
    await tx
      .insertInto('consents')
      .values({
        organisation_id: organisationId,
        referral_id: referral.id,
        child_id: child.id,
        giver: 'young_person',
        given_on: daysAgo(112).toISOString().slice(0, 10),
        method: 'in_person',
        scope_search: true,
        scope_contact: true,
        scope_share: true,
        own_words: 'I want to know my family in Poland.',
      })
      .execute();
    const journey = await tx
      .insertInto('journeys')
      .values({
        organisation_id: organisationId,
        referral_id: referral.id,
        kind: 'lifelong_links',
        stage: 5,
        coordinator_id: coordinator,
        opened_at: daysAgo(104),
        consent_reconfirmation_due: daysAgo(-76).toISOString().slice(0, 10),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = await addNetwork(
      tx,
      organisationId,
      child.id,
      journey.id,
      manager,
      coordinator,
    );
    const startsAt = new Date(Date.now() + 21 * 86_400_000);
    startsAt.setUTCHours(10, 0, 0, 0);
    const conference = await tx
      .insertInto('conferences')
      .values({
        organisation_id: organisationId,
        journey_id: journey.id,
        kind: 'lifelong_links_fgc',
        starts_at: startsAt,
        duration_minutes: 180,
        venue_id: venue,
        food: 'Sandwiches, fruit and Polish pastries',
        language: 'Polish',
        ground_rules: 'We listen to each other. Kacper can take a break whenever he wants.',
        what_matters: 'Meeting my grandmother and hearing about my dad.',
        created_by: coordinator,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('conference_invitations')
      .values({
        organisation_id: organisationId,
        conference_id: conference.id,
        professional_name: 'Priya Shah',
        professional_role: 'Designated teacher',
        method: 'email',
        created_by: coordinator,
      })
      .execute();
    await tx
      .insertInto('conference_wishes')
      .values(
        members.wanted.map((memberId) => ({
          organisation_id: organisationId,
          conference_id: conference.id,
          member_id: memberId,
        })),
      )
      .execute();
  });
}

async function addVenues(tx: Tx, organisationId: string): Promise<string> {
  const rows = await tx
    .insertInto('conference_venues')
    .values([
      {
        organisation_id: organisationId,
        name: 'Family Centre, Meeting Room 1',
        address: '14 Market Street, Kindred Town, KT1 2AB',
        accessibility: 'Step-free entrance, hearing loop, accessible toilet',
        notes: 'Book through reception. Kitchen and a quiet room for private family time.',
      },
      {
        organisation_id: organisationId,
        name: 'Riverside Community Hall',
        address: '2 River Road, Kindred Town, KT3 4CD',
        accessibility: 'Lift to the first floor',
        notes: null,
      },
    ])
    .returning('id')
    .execute();
  return rows[0]?.id ?? '';
}

async function addNetwork(
  tx: Tx,
  organisationId: string,
  childId: string,
  journeyId: string,
  manager: string,
  coordinator: string,
) {
  const people = [
    { first: 'Halina', relationship: 'Grandmother', say: 'yes' as const },
    { first: 'Tomasz', relationship: 'Uncle', say: 'yes' as const },
    { first: 'Dariusz', relationship: 'Cousin', say: 'no' as const },
  ];
  const wanted: string[] = [];
  for (const one of people) {
    const person = await tx
      .insertInto('network_people')
      .values({
        organisation_id: organisationId,
        first_name: one.first,
        last_name: 'Nowak',
        kind: 'birth_family',
        first_language: 'Polish',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const member = await tx
      .insertInto('network_members')
      .values({
        organisation_id: organisationId,
        child_id: childId,
        person_id: person.id,
        journey_id: journeyId,
        relationship: one.relationship,
        found_by: 'young_person',
        status: one.say === 'yes' ? 'agreed_to_engage' : 'identified',
        young_person_say: one.say,
        located_on: one.say === 'yes' ? new Date().toISOString().slice(0, 10) : null,
        off_ramp: one.say === 'no' ? 'young_person_said_no' : null,
        off_ramp_on: one.say === 'no' ? new Date().toISOString().slice(0, 10) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (one.say !== 'yes') continue;
    wanted.push(member.id);
    await tx
      .insertInto('network_safety_checks')
      .values({
        organisation_id: organisationId,
        member_id: member.id,
        outcome: 'safe',
        recorded_by: coordinator,
        signed_off_by: manager,
        signed_off_as: 'team_manager',
        signed_off_at: new Date(),
      })
      .execute();
  }
  return { wanted };
}
