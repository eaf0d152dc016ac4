import { sql } from 'kysely';
import type { Db, Tx } from '../database.ts';

/**
 * Stages 6 and 7 for the demo (issue 8, ADR 0031): three Lifelong Links journeys whose
 * conference made a plan the referrer agreed. Amara's plan went out on time; Leon's is overdue
 * (made three weeks ago, nothing sent); Ruby's is at stage 7, with the IRO's copy and the
 * care-plan confirmation. Every name is invented. The plan rows are written directly here: the
 * plan feature owns their content, which is kept small. Added once, when no plan exists yet.
 */

interface Staff {
  coordinator: string;
  socialWorker: string;
  iro: string;
  manager: string;
}

interface DemoJourney {
  first: string;
  last: string;
  born: string;
  reference: string;
  stage: number;
  madeDaysAgo: number;
  relative: { first: string; relationship: string };
}

const JOURNEYS: DemoJourney[] = [
  {
    first: 'Amara',
    last: 'Adeyemi',
    born: '2010-02-14',
    reference: 'LL-2026-0071',
    stage: 6,
    madeDaysAgo: 8,
    relative: { first: 'Grace', relationship: 'Aunt' },
  },
  {
    first: 'Leon',
    last: 'Marsh',
    born: '2009-06-03',
    reference: 'LL-2026-0072',
    stage: 6,
    madeDaysAgo: 21,
    relative: { first: 'Denise', relationship: 'Grandmother' },
  },
  {
    first: 'Ruby',
    last: 'Castellano',
    born: '2008-10-30',
    reference: 'LL-2026-0073',
    stage: 7,
    madeDaysAgo: 45,
    relative: { first: 'Marco', relationship: 'Uncle' },
  },
];

const isoDaysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

export async function seedDemoPlanHandover(ownerDb: Db, organisationId: string): Promise<void> {
  await ownerDb.transaction().execute(async (tx) => {
    // Seeded once: its first referral is the mark (other demo files seed plans of their own).
    const existing = await tx
      .selectFrom('referrals')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('organisation_id', '=', organisationId)
      .where('reference', '=', 'LL-2026-0071')
      .executeTakeFirstOrThrow();
    if (existing.count > 0) return;
    const users = await tx
      .selectFrom('users')
      .select(['id', 'roles'])
      .where('organisation_id', '=', organisationId)
      .orderBy('display_name')
      .execute();
    const find = (role: string) => users.find((user) => user.roles.includes(role as never))?.id;
    const staff = {
      coordinator: find('coordinator'),
      socialWorker: find('social_worker'),
      iro: find('iro'),
      manager: find('team_manager'),
    };
    if (!staff.coordinator || !staff.socialWorker || !staff.iro || !staff.manager) return;
    for (const demo of JOURNEYS) await addJourney(tx, organisationId, staff as Staff, demo);
  });
}

async function addJourney(tx: Tx, organisationId: string, staff: Staff, demo: DemoJourney) {
  const child = await tx
    .insertInto('children')
    .values({
      organisation_id: organisationId,
      first_name: demo.first,
      last_name: demo.last,
      date_of_birth: demo.born,
      gender: '2',
      first_language: 'English',
      looked_after: true,
      looked_after_since: '2019-05-01',
      social_worker_id: staff.socialWorker,
      iro_id: staff.iro,
      case_record_id: `DEMO-${demo.reference.slice(-4)}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const referral = await tx
    .insertInto('referrals')
    .values({
      organisation_id: organisationId,
      reference: demo.reference,
      kind: 'lifelong_links',
      status: 'accepted',
      referrer_id: staff.socialWorker,
      referrer_role: 'social_worker',
      coordinator_id: staff.coordinator,
      matched_by: staff.manager,
      decided_by: staff.manager,
      created_at: daysAgo(demo.madeDaysAgo + 150),
      submitted_at: daysAgo(demo.madeDaysAgo + 140),
      decided_at: daysAgo(demo.madeDaysAgo + 135),
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
      given_on: isoDaysAgo(demo.madeDaysAgo + 142),
      method: 'in_person',
      scope_search: true,
      scope_contact: true,
      scope_share: true,
    })
    .execute();
  const journey = await tx
    .insertInto('journeys')
    .values({
      organisation_id: organisationId,
      referral_id: referral.id,
      kind: 'lifelong_links',
      stage: demo.stage,
      coordinator_id: staff.coordinator,
      opened_at: daysAgo(demo.madeDaysAgo + 134),
      consent_reconfirmation_due: isoDaysAgo(-60),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const memberId = await addRelative(tx, organisationId, child.id, journey.id, staff, demo);
  const madeOn = isoDaysAgo(demo.madeDaysAgo);
  const conference = await tx
    .insertInto('conferences')
    .values({
      organisation_id: organisationId,
      journey_id: journey.id,
      kind: 'lifelong_links_fgc',
      starts_at: new Date(`${madeOn}T10:00:00Z`),
      duration_minutes: 180,
      created_by: staff.coordinator,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const plan = await tx
    .insertInto('plans')
    .values({
      organisation_id: organisationId,
      journey_id: journey.id,
      conference_id: conference.id,
      made_on: madeOn,
      created_by: staff.coordinator,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const version = await tx
    .insertInto('plan_versions')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      number: 1,
      content: JSON.stringify({
        wishes: `I want to see ${demo.relative.first} every month.`,
      }),
      created_by: staff.coordinator,
      agreed_at: daysAgo(demo.madeDaysAgo),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Leon's plan is overdue: his copy is on the list but has not gone.
  const sentOn = demo.stage === 6 && demo.madeDaysAgo > 10 ? null : madeOn;
  const copies = [
    { recipient_kind: 'young_person' as const, member_id: null, method: 'in_person' as const },
    { recipient_kind: 'network_member' as const, member_id: memberId, method: 'post' as const },
    { recipient_kind: 'social_worker' as const, member_id: null, method: 'email' as const },
  ];
  await tx
    .insertInto('plan_recipients')
    .values(
      copies.map((copy) => ({
        ...copy,
        organisation_id: organisationId,
        plan_id: plan.id,
        plan_version_id: version.id,
        sent_on: sentOn,
        created_by: staff.coordinator,
      })),
    )
    .execute();
  if (demo.stage !== 7) return;
  await tx
    .insertInto('plan_iro_copies')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      plan_version_id: version.id,
      iro_id: staff.iro,
      received_on: madeOn,
      method: 'secure_link',
    })
    .execute();
  await tx
    .insertInto('plan_care_plan_confirmations')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      plan_version_id: version.id,
      care_plan_kind: 'pathway_plan',
      main_record_reference: 'PP-20734',
      included_on: isoDaysAgo(demo.madeDaysAgo - 14),
      confirmed_by: staff.socialWorker,
    })
    .execute();
}

async function addRelative(
  tx: Tx,
  organisationId: string,
  childId: string,
  journeyId: string,
  staff: Staff,
  demo: DemoJourney,
): Promise<string> {
  const person = await tx
    .insertInto('network_people')
    .values({
      organisation_id: organisationId,
      first_name: demo.relative.first,
      last_name: demo.last,
      kind: 'birth_family',
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
      relationship: demo.relative.relationship,
      found_by: 'young_person',
      status: 'agreed_to_engage',
      young_person_say: 'yes',
      located_on: isoDaysAgo(demo.madeDaysAgo + 60),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('network_safety_checks')
    .values({
      organisation_id: organisationId,
      member_id: member.id,
      outcome: 'safe',
      recorded_by: staff.coordinator,
      signed_off_by: staff.manager,
      signed_off_as: 'team_manager',
      signed_off_at: daysAgo(demo.madeDaysAgo + 30),
    })
    .execute();
  return member.id;
}
