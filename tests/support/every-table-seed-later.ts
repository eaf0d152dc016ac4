import type { Db } from '../../src/db/database.ts';
import type { Cast } from '../../src/features/journeys/journeys-test-support.ts';

/**
 * A row in every table of one organisation from the deadlines onwards: oversight, the
 * conference, the plan and what follows it (part of every-table-seed.ts).
 */
export async function seedLaterStageRows(
  owner: Db,
  cast: Cast,
  arranged: { journeyId: string; childId: string; memberId: string },
) {
  const organisationId = cast.organisation.id;
  const childId = arranged.childId;
  const member = { id: arranged.memberId };
  // Deadlines and oversight (migration 016).
  await owner
    .insertInto('deadline_settings')
    .values({ organisation_id: organisationId, referral_response_working_days: 4 })
    .execute();
  await owner
    .insertInto('closure_days')
    .values({
      organisation_id: organisationId,
      closed_on: '2026-12-29',
      description: 'Office closed',
      created_by: cast.administrator.id,
    })
    .execute();
  await owner
    .insertInto('turning_fifteen_lists')
    .values({ organisation_id: organisationId, month: '2026-12', young_people: 1 })
    .execute();
  await owner
    .insertInto('supervision_decisions')
    .values({
      organisation_id: organisationId,
      child_id: childId,
      reason: 'later',
      discussed_on: '2026-11-02',
      look_again_on: '2027-05-01',
      recorded_by: cast.practiceManager.id,
    })
    .execute();
  await owner
    .insertInto('deadline_reminders')
    .values({
      organisation_id: organisationId,
      deadline_key: `consent_reconfirmation:${arranged.journeyId}:2026-04-10`,
      reminder: 'before',
      due_on: '2026-04-10',
    })
    .execute();
  // The kept deadlines (migration 024); the journey's own mark is left by its trigger.
  await owner
    .insertInto('journey_deadlines')
    .values({
      organisation_id: organisationId,
      journey_id: arranged.journeyId,
      kind: 'consent_reconfirmation',
      due_on: '2026-04-10',
      coordinator_id: cast.coordinator.id,
      referral_id: owner
        .selectFrom('journeys')
        .select('referral_id')
        .where('id', '=', arranged.journeyId),
    })
    .execute();
  await owner
    .insertInto('deadline_calendars')
    .values({ organisation_id: organisationId, fingerprint: 'seeded' })
    .execute();
  const venue = await owner
    .insertInto('conference_venues')
    .values({ organisation_id: organisationId, name: 'Family Centre', address: '1 High Street' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const conference = await owner
    .insertInto('conferences')
    .values({
      organisation_id: organisationId,
      journey_id: arranged.journeyId,
      kind: 'lifelong_links_fgc',
      starts_at: new Date(Date.now() + 14 * 86_400_000),
      duration_minutes: 180,
      venue_id: venue.id,
      created_by: cast.coordinator.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('conference_wishes')
    .values({ organisation_id: organisationId, conference_id: conference.id, member_id: member.id })
    .execute();
  await owner
    .insertInto('conference_invitations')
    .values({
      organisation_id: organisationId,
      conference_id: conference.id,
      member_id: member.id,
      method: 'letter',
      created_by: cast.coordinator.id,
    })
    .execute();
  const plan = await owner
    .insertInto('plans')
    .values({
      organisation_id: organisationId,
      journey_id: arranged.journeyId,
      conference_id: conference.id,
      made_on: '2026-11-20',
      created_by: cast.coordinator.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const version = await owner
    .insertInto('plan_versions')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      number: 1,
      content: JSON.stringify({ wishes: 'To see my nan' }),
      created_by: cast.coordinator.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The plan (ADR 0030): the referrer's decisions.
  await owner
    .insertInto('plan_decisions')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      plan_version_id: version.id,
      outcome: 'delayed',
      reason: 'Checking the school run',
      promised_on: '2026-12-10',
      family_told: true,
      decided_by: cast.referrer.id,
    })
    .execute();
  // The conference itself and FGC outcomes (migration 020).
  await owner
    .insertInto('conference_days')
    .values({
      organisation_id: organisationId,
      conference_id: conference.id,
      status: 'held',
      held_from: '2026-11-20T10:00:00Z',
      held_to: '2026-11-20T13:00:00Z',
      private_from: '11:00',
      private_to: '12:00',
      updated_by: cast.coordinator.id,
    })
    .execute();
  await owner
    .insertInto('conference_attendance')
    .values({
      organisation_id: organisationId,
      conference_id: conference.id,
      member_id: member.id,
      attended_how: 'in_person',
      parts: ['information_sharing', 'private_family_time'],
      recorded_by: cast.coordinator.id,
    })
    .execute();
  await owner
    .insertInto('conference_shared_notes')
    .values({
      organisation_id: organisationId,
      conference_id: conference.id,
      shared_by: 'The social worker',
      what: 'How school is going',
      recorded_by: cast.coordinator.id,
    })
    .execute();
  await owner
    .insertInto('journey_outcomes')
    .values({
      organisation_id: organisationId,
      journey_id: arranged.journeyId,
      outcome: 'stepped_down',
      outcome_on: '2026-11-25',
      recorded_by: cast.coordinator.id,
    })
    .execute();
  // The plan after the conference (ADR 0031): a copy sent, feedback asked, a review offered,
  // the IRO's copy, the care-plan confirmation and a member invited to reviews.
  const handoverVersion = await owner
    .selectFrom('plan_versions')
    .select('id')
    .where('plan_id', '=', plan.id)
    .executeTakeFirstOrThrow();
  const copy = await owner
    .insertInto('plan_recipients')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      plan_version_id: handoverVersion.id,
      recipient_kind: 'network_member',
      member_id: member.id,
      method: 'post',
      sent_on: '2026-11-23',
      created_by: cast.coordinator.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('plan_feedback_requests')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      recipient_id: copy.id,
      asked_on: '2026-11-24',
      created_by: cast.coordinator.id,
    })
    .execute();
  await owner
    .insertInto('plan_review_offers')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      plan_version_id: handoverVersion.id,
      offered_on: '2026-11-24',
      created_by: cast.coordinator.id,
    })
    .execute();
  await owner
    .insertInto('plan_iro_copies')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      plan_version_id: handoverVersion.id,
      iro_id: cast.iro.id,
      received_on: '2026-11-25',
      method: 'email',
    })
    .execute();
  await owner
    .insertInto('plan_care_plan_confirmations')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      plan_version_id: handoverVersion.id,
      care_plan_kind: 'care_plan',
      main_record_reference: 'CP-1',
      included_on: '2026-11-26',
      confirmed_by: cast.referrer.id,
    })
    .execute();
  await owner
    .insertInto('plan_review_invitations')
    .values({
      organisation_id: organisationId,
      plan_id: plan.id,
      member_id: member.id,
      review_kind: 'looked_after_review',
      young_person_agreed: true,
      invited_on: '2026-11-26',
      created_by: cast.coordinator.id,
    })
    .execute();
  // Stage 4 with one member (migration 023): the contact log and the information letters.
  await owner
    .insertInto('network_contact_log')
    .values({
      organisation_id: organisationId,
      member_id: member.id,
      contact_on: '2026-11-02',
      kind: 'call',
      discussed: 'How she knew Jordan',
      recorded_by: cast.coordinator.id,
    })
    .execute();
  await owner
    .insertInto('network_information_letters')
    .values({
      organisation_id: organisationId,
      member_id: member.id,
      given_on: '2026-11-02',
      method: 'post',
      named_young_person: true,
      said_where_they_live: false,
      recorded_by: cast.coordinator.id,
    })
    .execute();
}
