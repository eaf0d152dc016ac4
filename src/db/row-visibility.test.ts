import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportRun } from '../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../tests/support/test-app.ts';
import {
  arrangeJourney,
  type Cast,
  createCast,
} from '../features/journeys/journeys-test-support.ts';
import { startSession } from '../platform/session.repository.ts';
import type { Db } from './database.ts';

/**
 * Row visibility, generated from the catalogue: for every table with an `organisation_id`, the
 * app role sees only the rows of the organisation its transaction acts for, and nothing at all
 * when none is set. A new table joins by itself; if the seed below puts no row in it, the test
 * says so, and the seed must learn to fill it.
 */
let context: TestContext;
let councils: Cast[];
let tables: string[];
let client: pg.PoolClient;

/** A row in every table of one organisation: an arranged journey, and what hangs off it. */
async function seedEverything(owner: Db, cast: Cast) {
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
  // Stage 4 with one member (migration 024): the contact log and the information letters.
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
  // Chain heads are written only by the sealer, when it links the organisation's events.
  await sql`select * from kindred_seal_audit_events()`.execute(owner);
  await startSession(owner, {
    tokenHash: randomBytes(32).toString('hex'),
    userId: cast.coordinator.id,
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    replaces: null,
  });
}

/** The app role, in a transaction acting for `organisationId` (or none), undone afterwards. */
async function asAppRole(organisationId: string | null, text: string) {
  await client.query('begin');
  try {
    if (organisationId) {
      await client.query("select set_config('kindred.organisation_id', $1, true)", [
        organisationId,
      ]);
    }
    return await client.query<{ organisation_id: string }>(text);
  } finally {
    await client.query('rollback');
  }
}

function columnOf(table: string): string {
  return table === 'organisations' ? 'id' : 'organisation_id';
}

beforeAll(async () => {
  context = await createTestContext();
  councils = [await createCast(context.ownerDb.db), await createCast(context.ownerDb.db)];
  for (const cast of councils) await seedEverything(context.ownerDb.db, cast);
  const catalogue = await context.ownerDb.pool.query<{ table_name: string }>(
    `select c.table_name from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and c.column_name = 'organisation_id'
        and t.table_type = 'BASE TABLE'
      order by c.table_name`,
  );
  tables = ['organisations', ...catalogue.rows.map((row) => row.table_name)];
  client = await context.appDb.pool.connect();
});
afterAll(async () => {
  client.release();
  await context.close();
});

describe('rows of another organisation, for every table with an organisation', () => {
  it('finds the tables in the catalogue', () => {
    expect(tables).toEqual(
      expect.arrayContaining(['children', 'referrals', 'journeys', 'case_notes', 'sessions']),
    );
  });

  it('are seeded in both organisations, so the checks below prove something', async () => {
    const [a, b] = councils.map((cast) => cast.organisation.id);
    const empty: string[] = [];
    for (const table of tables) {
      const column = columnOf(table);
      const rows = await context.ownerDb.pool.query<{ n: number }>(
        `select count(distinct ${column})::int as n from ${table} where ${column} in ($1, $2)`,
        [a, b],
      );
      if (rows.rows[0]?.n !== 2) empty.push(table);
    }
    expect(empty, 'add a row of these tables to seedEverything()').toEqual([]);
  });

  it('are invisible to the app role, and with no organisation set it sees nothing', async () => {
    const wrong: string[] = [];
    for (const table of tables) {
      const column = columnOf(table);
      for (const cast of councils) {
        const own = cast.organisation.id;
        let seen: string[];
        try {
          const rows = await asAppRole(own, `select ${column} as organisation_id from ${table}`);
          seen = rows.rows.map((row) => row.organisation_id);
          if (!seen.includes(own)) wrong.push(`${table}: cannot see its own rows`);
        } catch (error) {
          // Closed to the app role altogether (sessions, sign-in failures): invisible too.
          if (!/permission denied/.test(String(error))) throw error;
          continue;
        }
        if (seen.some((id) => id !== own)) wrong.push(`${table}: shows another organisation`);
      }
      try {
        const none = await asAppRole(null, `select 1 from ${table}`);
        if (none.rowCount !== 0) wrong.push(`${table}: shows rows with no organisation set`);
      } catch (error) {
        if (!/permission denied/.test(String(error))) throw error;
      }
    }
    expect(wrong).toEqual([]);
  });
});
