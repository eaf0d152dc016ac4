import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import { arrangeJourney, type Cast } from '../../src/features/journeys/journeys-test-support.ts';
import { startSession } from '../../src/platform/session.repository.ts';
import { seedLaterStageRows } from './every-table-seed-later.ts';
import { createImportRun } from './factories.ts';

/**
 * A row in every table of one organisation, for src/db/row-visibility.test.ts: an arranged
 * journey, and what hangs off it (stages 1 to 4 here; the conference, the plan and what follows
 * in every-table-seed-later.ts). A new table gets its insert here or there.
 */
export async function seedEveryTable(owner: Db, cast: Cast) {
  const arranged = await arrangeJourney(owner, cast);
  const organisationId = cast.organisation.id;
  const childId = arranged.childIds[0] ?? '';
  await owner
    .insertInto('chronology_entries')
    .values({
      organisation_id: organisationId,
      child_id: childId,
      starts_on: '2024-01-01',
      kind: 'event',
      summary: 'Moved to a new foster home',
      source: 'kindred',
    })
    .execute();
  await owner
    .insertInto('conflict_declarations')
    .values({
      organisation_id: organisationId,
      referral_id: arranged.referralId,
      coordinator_id: cast.coordinator.id,
      has_conflict: false,
      recorded_by: cast.manager.id,
    })
    .execute();
  await owner
    .insertInto('pre_proceedings_offers')
    .values({ organisation_id: organisationId, referral_id: arranged.referralId })
    .execute();
  await owner
    .insertInto('consent_reconfirmations')
    .values({
      organisation_id: organisationId,
      journey_id: arranged.journeyId,
      reconfirmed_on: '2026-01-10',
      giver: 'young_person',
      method: 'in_person',
      next_due_on: '2026-04-10',
      recorded_by: cast.coordinator.id,
    })
    .execute();
  await owner
    .insertInto('case_notes')
    .values({
      organisation_id: organisationId,
      journey_id: arranged.journeyId,
      author_id: cast.coordinator.id,
      body: 'Met Jordan at school.',
    })
    .execute();
  await owner
    .insertInto('planning_meetings')
    .values({
      organisation_id: organisationId,
      journey_id: arranged.journeyId,
      starts_at: new Date('2026-02-01T10:00:00Z'),
      venue: 'Family centre',
    })
    .execute();
  await createImportRun(owner, organisationId, { imported_by: cast.manager.id });
  const person = await owner
    .insertInto('network_people')
    .values({ organisation_id: organisationId, first_name: 'Margaret', kind: 'birth_family' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('network_person_contacts')
    .values({
      organisation_id: organisationId,
      person_id: person.id,
      kind: 'phone',
      value: '07700 900123',
    })
    .execute();
  const member = await owner
    .insertInto('network_members')
    .values({
      organisation_id: organisationId,
      child_id: childId,
      person_id: person.id,
      journey_id: arranged.journeyId,
      found_by: 'young_person',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('network_safety_checks')
    .values({
      organisation_id: organisationId,
      member_id: member.id,
      recorded_by: cast.coordinator.id,
    })
    .execute();
  const partner = await owner
    .insertInto('network_people')
    .values({ organisation_id: organisationId, first_name: 'Ray', kind: 'birth_family' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('network_relationships')
    .values({
      organisation_id: organisationId,
      kind: 'partner',
      from_person_id: person.id,
      to_person_id: partner.id,
      partnership_status: 'married',
    })
    .execute();
  await owner
    .insertInto('social_connections')
    .values({
      organisation_id: organisationId,
      member_id: member.id,
      closeness: 'close',
      strength: 'strong',
      contact_frequency: 'every_week',
      loves_and_cares: 'yes',
      recorded_by: cast.coordinator.id,
    })
    .execute();
  await owner
    .insertInto('social_connection_snapshots')
    .values({
      organisation_id: organisationId,
      child_id: childId,
      journey_id: arranged.journeyId,
      kind: 'discovery',
      taken_on: '2026-11-02',
      connections: '[]',
      taken_by: cast.coordinator.id,
    })
    .execute();
  const journeyId = arranged.journeyId;
  const coordinatorId = cast.coordinator.id;
  await owner
    .insertInto('discovery_tools')
    .values({
      organisation_id: organisationId,
      journey_id: journeyId,
      tool: 'genogram',
      offered_on: '2026-03-01',
      updated_by: coordinatorId,
    })
    .execute();
  await owner
    .insertInto('young_person_sessions')
    .values({
      organisation_id: organisationId,
      journey_id: journeyId,
      held_on: '2026-03-02',
      place: 'School',
      who_was_there: 'Jordan and the coordinator',
      recorded_by: coordinatorId,
    })
    .execute();
  await owner
    .insertInto('online_searches')
    .values({
      organisation_id: organisationId,
      journey_id: journeyId,
      searched_by: coordinatorId,
      searched_on: '2026-03-03',
      source: 'electoral_roll',
      terms: 'A name',
      result: 'Nothing found',
      lawful_basis: 'DPIA-1',
      safe_to_share: true,
    })
    .execute();
  await owner
    .insertInto('safety_concerns')
    .values({
      organisation_id: organisationId,
      journey_id: journeyId,
      child_id: childId,
      about: 'child',
      details: 'A worry',
      raised_by: coordinatorId,
    })
    .execute();
  await owner
    .insertInto('information_shares')
    .values({
      organisation_id: organisationId,
      journey_id: journeyId,
      child_id: childId,
      shared_with: 'Jo Smith',
      what: ['about_lifelong_links'],
      method: 'letter',
      shared_on: '2026-03-04',
      shared_by: coordinatorId,
    })
    .execute();
  const entry = await owner
    .insertInto('chronology_entries')
    .values({
      organisation_id: organisationId,
      child_id: childId,
      starts_on: '2009-03-01',
      kind: 'event',
      summary: 'Moved in with an aunt',
      source: 'kindred',
      date_text: 'spring 2009',
      category: 'family_event',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('chronology_entry_people')
    .values({ organisation_id: organisationId, entry_id: entry.id, person_id: person.id })
    .execute();
  await owner
    .insertInto('timeline_entries')
    .values({
      organisation_id: organisationId,
      journey_id: journeyId,
      child_id: childId,
      date_text: 'summer 2015',
      sort_on: '2015-06-01',
      own_words: 'The seaside',
      recorded_by: coordinatorId,
    })
    .execute();
  const place = await owner
    .insertInto('mobility_places')
    .values({
      organisation_id: organisationId,
      journey_id: journeyId,
      child_id: childId,
      area: 'Leeds',
      kind: 'school',
      recorded_by: coordinatorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('mobility_place_people')
    .values({ organisation_id: organisationId, place_id: place.id, person_id: person.id })
    .execute();
  const notice = await owner
    .insertInto('notifications')
    .values({
      organisation_id: organisationId,
      user_id: cast.coordinator.id,
      kind: 'deadline_missed',
      subject: 'The plan is overdue',
      link: `/journeys/${arranged.journeyId}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('notification_preferences')
    .values({
      organisation_id: organisationId,
      user_id: cast.coordinator.id,
      kind: 'deadline_missed',
      by_email: true,
    })
    .execute();
  await owner
    .insertInto('outbox_messages')
    .values({
      organisation_id: organisationId,
      notification_id: notice.id,
      user_id: cast.coordinator.id,
      kind: 'deadline_missed',
      to_address: 'coordinator@council.example',
    })
    .execute();
  await sql`select kindred_job_run_record(${organisationId}::uuid, 'send-email', '1', 1,
      now(), 'succeeded', null)`.execute(owner);
  await seedLaterStageRows(owner, cast, {
    journeyId: arranged.journeyId,
    childId,
    memberId: member.id,
  });
  // Chain heads are written only by the sealer, when it links the organisation's events.
  await sql`select * from kindred_seal_audit_events()`.execute(owner);
  await startSession(owner, {
    tokenHash: randomBytes(32).toString('hex'),
    userId: cast.coordinator.id,
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    replaces: null,
  });
}
