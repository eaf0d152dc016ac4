import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { JourneyDeadlinesTable } from '../../db/schema-oversight.ts';

/**
 * The kept deadlines of active journeys (migration 024, ADR 0035): the marks the triggers leave
 * when a journey's facts change, the rows worked out from them, and the fingerprint of the
 * calendar they were worked out with.
 */

export interface KeptDeadline {
  journeyId: string;
  kind: JourneyDeadlinesTable['kind'];
  dueOn: string;
  coordinatorId: string;
  referralId: string;
}

/**
 * A new calendar: every active journey is marked to be worked out again, and the fingerprint
 * kept. Ended and paused journeys have no kept deadlines, so they need no mark.
 */
export async function markEveryActiveJourney(tx: Tx, organisationId: string, fingerprint: string) {
  await sql`insert into journey_deadlines_stale (organisation_id, journey_id)
    select organisation_id, id from journeys
    where organisation_id = ${organisationId} and status = 'active'
    on conflict do nothing`.execute(tx);
  await tx
    .insertInto('deadline_calendars')
    .values({ organisation_id: organisationId, fingerprint })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ fingerprint, worked_out_at: sql`now()` }),
    )
    .execute();
}

/**
 * Takes the marks away and returns whose they were, with the fingerprint the kept deadlines were
 * worked out with, in one statement (this runs on every view). The delete locks the marks: a
 * second reader at the same moment waits, then finds them gone and reads what the first wrote.
 */
export async function takeMarkedJourneys(
  tx: Tx,
  organisationId: string,
): Promise<{ fingerprint: string | null; marked: string[] }> {
  const result = await sql<{ fingerprint: string | null; marked: string[] }>`with taken as (
      delete from journey_deadlines_stale where organisation_id = ${organisationId}
      returning journey_id)
    select (select fingerprint from deadline_calendars where organisation_id = ${organisationId})
        as fingerprint,
      array(select journey_id::text from taken) as marked`.execute(tx);
  const row = result.rows[0];
  return { fingerprint: row?.fingerprint ?? null, marked: row?.marked ?? [] };
}

export async function replaceJourneyDeadlines(
  tx: Tx,
  organisationId: string,
  journeyIds: readonly string[],
  deadlines: readonly KeptDeadline[],
) {
  await tx
    .deleteFrom('journey_deadlines')
    .where('organisation_id', '=', organisationId)
    .where(sql<boolean>`journey_id = any(${[...journeyIds]}::uuid[])`)
    .execute();
  // Six parameters a row: well inside PostgreSQL's limit of 65,535 a statement.
  for (let at = 0; at < deadlines.length; at += 5_000) {
    await tx
      .insertInto('journey_deadlines')
      .values(
        deadlines.slice(at, at + 5_000).map((deadline) => ({
          organisation_id: organisationId,
          journey_id: deadline.journeyId,
          kind: deadline.kind,
          due_on: deadline.dueOn,
          coordinator_id: deadline.coordinatorId,
          referral_id: deadline.referralId,
        })),
      )
      .execute();
  }
}

/**
 * The kept deadlines (of active journeys only: the refresh takes the others away), from this
 * table alone; the page's rows get their young people and reference afterwards.
 */
export async function keptJourneyDeadlines(
  tx: Tx,
  organisationId: string,
  coordinatorId: string | null,
) {
  let query = tx
    .selectFrom('journey_deadlines')
    .select(['journey_id', 'kind', 'due_on', 'coordinator_id', 'referral_id'])
    .where('organisation_id', '=', organisationId);
  if (coordinatorId) query = query.where('coordinator_id', '=', coordinatorId);
  return query.execute();
}

/** The display names of some users (the coordinators who own deadlines). */
export async function userNames(
  tx: Tx,
  organisationId: string,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('organisation_id', '=', organisationId)
    .where(sql<boolean>`id = any(${[...new Set(userIds)]}::uuid[])`)
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/**
 * How many kept deadlines there are, how many are before today, and from today to `weekEnd`: the same dates the
 * engine's states use (overdue is before today), counted without reading a row.
 */
export async function countKeptDeadlines(
  tx: Tx,
  organisationId: string,
  coordinatorId: string | null,
  today: string,
  weekEnd: string,
) {
  let query = tx
    .selectFrom('journey_deadlines')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where due_on < ${today}::date)::int`.as('overdue'),
      sql<number>`count(*) filter (where due_on between ${today}::date and ${weekEnd}::date)::int`.as(
        'due_within_a_week',
      ),
    ])
    .where('organisation_id', '=', organisationId);
  if (coordinatorId) query = query.where('coordinator_id', '=', coordinatorId);
  return query.executeTakeFirstOrThrow();
}
