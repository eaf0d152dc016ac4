import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';

/**
 * How much open work the deadlines engine would read: active journeys (a coordinator's own, or
 * all), and for the team also referrals waiting for a decision. Each part is counted only up to
 * `cap + 1`, along its index, so the home page can tell a team too large to count cheaply
 * without reading its rows.
 */
export async function openWorkUpTo(
  tx: Tx,
  organisationId: string,
  coordinatorId: string | null,
  cap: number,
): Promise<number> {
  const journeys = sql<number>`(select count(*)::int from (select 1 from journeys
    where organisation_id = ${organisationId} and status = 'active'
      ${coordinatorId ? sql`and coordinator_id = ${coordinatorId}` : sql``}
    limit ${cap + 1}) open_journeys)`;
  const referrals = coordinatorId
    ? sql<number>`0`
    : sql<number>`(select count(*)::int from (select 1 from referrals
        where organisation_id = ${organisationId} and status = 'submitted'
        limit ${cap + 1}) waiting)`;
  const row = await sql<{ open: number }>`select ${journeys} + ${referrals} as open`.execute(tx);
  return row.rows[0]?.open ?? 0;
}
