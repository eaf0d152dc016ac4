import type { ConferencePart } from '../../db/schema.ts';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { instantFromLondon } from '../../domain/london-time.ts';
import type { Tx } from '../database.ts';

/** Building blocks for demo-conference-day.ts: a case, a network member, a held conference. */

export type Org = {
  organisationId: string;
  coordinator: string;
  socialWorker: string;
  iro: string;
  manager: string;
  venueId: string | null;
};
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
export const ALL_PARTS: ConferencePart[] = [
  'information_sharing',
  'private_family_time',
  'agreeing_the_plan',
];

/** An accepted, matched referral about some children, its consent and its journey. */
export async function openCase(
  tx: Tx,
  org: Org,
  plan: {
    reference: string;
    kind: 'lifelong_links' | 'fgc';
    stage: number;
    children: Array<{ first: string; last: string; born: string; lookedAfter: boolean }>;
  },
) {
  const childIds: string[] = [];
  for (const child of plan.children) {
    const row = await tx
      .insertInto('children')
      .values({
        organisation_id: org.organisationId,
        first_name: child.first,
        last_name: child.last,
        date_of_birth: child.born,
        gender: '2',
        first_language: 'English',
        looked_after: child.lookedAfter,
        social_worker_id: org.socialWorker,
        iro_id: child.lookedAfter ? org.iro : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    childIds.push(row.id);
  }
  const referral = await tx
    .insertInto('referrals')
    .values({
      organisation_id: org.organisationId,
      reference: plan.reference,
      kind: plan.kind,
      status: 'accepted',
      referrer_id: org.socialWorker,
      referrer_role: 'social_worker',
      coordinator_id: org.coordinator,
      matched_by: org.manager,
      decided_by: org.manager,
      created_at: daysAgo(150),
      submitted_at: daysAgo(140),
      decided_at: daysAgo(135),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const childId of childIds) {
    await tx
      .insertInto('referral_children')
      .values({ organisation_id: org.organisationId, referral_id: referral.id, child_id: childId })
      .execute();
    await tx
      .insertInto('consents')
      .values({
        organisation_id: org.organisationId,
        referral_id: referral.id,
        child_id: childId,
        ...(plan.kind === 'fgc'
          ? {
              giver: 'parental_responsibility' as const,
              giver_name: 'Kelly Fenwick',
              relationship: 'Mother',
            }
          : { giver: 'young_person' as const }),
        given_on: addDays(todayInLondon(), -142),
        method: 'in_person',
        scope_search: true,
        scope_contact: true,
        scope_share: true,
      })
      .execute();
  }
  const journey = await tx
    .insertInto('journeys')
    .values({
      organisation_id: org.organisationId,
      referral_id: referral.id,
      kind: plan.kind,
      stage: plan.stage,
      coordinator_id: org.coordinator,
      opened_at: daysAgo(134),
      consent_reconfirmation_due: addDays(todayInLondon(), 60),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { journeyId: journey.id, childIds };
}

/** A person in the young person's network who said yes, safe, agreed to take part. */
export async function addMember(
  tx: Tx,
  org: Org,
  at: { childId: string; journeyId: string },
  person: { first: string; last: string; relationship: string; status: 'invited' | 'attended' },
) {
  const row = await tx
    .insertInto('network_people')
    .values({
      organisation_id: org.organisationId,
      first_name: person.first,
      last_name: person.last,
      kind: 'birth_family',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const member = await tx
    .insertInto('network_members')
    .values({
      organisation_id: org.organisationId,
      child_id: at.childId,
      person_id: row.id,
      journey_id: at.journeyId,
      relationship: person.relationship,
      found_by: 'young_person',
      status: person.status,
      young_person_say: 'yes',
      located_on: addDays(todayInLondon(), -90),
      contacted_on: addDays(todayInLondon(), -80),
      agreed_on: addDays(todayInLondon(), -75),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('network_safety_checks')
    .values({
      organisation_id: org.organisationId,
      member_id: member.id,
      outcome: 'safe',
      recorded_by: org.coordinator,
      signed_off_by: org.manager,
      signed_off_as: 'team_manager',
      signed_off_at: daysAgo(85),
    })
    .execute();
  return member.id;
}

/** A conference held `days` ago from 10:00 to 13:00 (London), with private family time. */
export async function heldConference(
  tx: Tx,
  org: Org,
  journeyId: string,
  kind: 'lifelong_links_fgc' | 'fgc',
  days: number,
) {
  const on = addDays(todayInLondon(), -days);
  const conference = await tx
    .insertInto('conferences')
    .values({
      organisation_id: org.organisationId,
      journey_id: journeyId,
      kind,
      starts_at: instantFromLondon(on, '10:00'),
      duration_minutes: 180,
      venue_id: org.venueId,
      food: 'Sandwiches and fruit',
      language: 'English',
      ground_rules: 'One person speaks at a time. Anyone can ask for a break.',
      young_person_prepared: true,
      network_prepared: true,
      professionals_prepared: true,
      created_by: org.coordinator,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('conference_days')
    .values({
      organisation_id: org.organisationId,
      conference_id: conference.id,
      status: 'held',
      held_from: instantFromLondon(on, '10:00'),
      held_to: instantFromLondon(on, '13:00'),
      private_from: '11:15',
      private_to: '12:15',
      updated_by: org.coordinator,
    })
    .execute();
  return conference.id;
}
