import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';

/** The organisation's closure days and deadline settings: queries only. */

export async function closureDays(tx: Tx, organisationId: string, from?: string) {
  let query = tx
    .selectFrom('closure_days')
    .select(['closed_on', 'description'])
    .where('organisation_id', '=', organisationId);
  if (from) query = query.where('closed_on', '>=', from);
  return query.orderBy('closed_on').execute();
}

/**
 * The closure days and the settings in one statement: every deadline view and count reads them,
 * so they cost one round trip, not two.
 */
export async function calendarOf(tx: Tx, organisationId: string) {
  const result = await sql<{
    closure_days: string[];
    referral_response_working_days: number | null;
    turning_fifteen_working_day: number | null;
    reminder_working_days: number | null;
  }>`select array(select closed_on::text from closure_days
        where organisation_id = ${organisationId} order by closed_on) as closure_days,
      s.referral_response_working_days, s.turning_fifteen_working_day, s.reminder_working_days
    from (select 1) as one
    left join deadline_settings s on s.organisation_id = ${organisationId}`.execute(tx);
  const row = result.rows[0];
  if (!row) throw new Error('The calendar query returns one row');
  return row;
}

export async function insertClosureDay(
  tx: Tx,
  row: { organisationId: string; closedOn: string; description: string; createdBy: string },
): Promise<boolean> {
  const inserted = await tx
    .insertInto('closure_days')
    .values({
      organisation_id: row.organisationId,
      closed_on: row.closedOn,
      description: row.description,
      created_by: row.createdBy,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'closed_on']).doNothing())
    .returning('closed_on')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function deleteClosureDay(tx: Tx, organisationId: string, closedOn: string) {
  const deleted = await tx
    .deleteFrom('closure_days')
    .where('organisation_id', '=', organisationId)
    .where('closed_on', '=', closedOn)
    .returning('closed_on')
    .executeTakeFirst();
  return deleted !== undefined;
}

export async function saveDeadlineSettings(
  tx: Tx,
  organisationId: string,
  settings: {
    referral_response_working_days: number;
    turning_fifteen_working_day: number;
    reminder_working_days: number;
  },
  updatedBy: string,
) {
  await tx
    .insertInto('deadline_settings')
    .values({ organisation_id: organisationId, ...settings, updated_by: updatedBy })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({
        ...settings,
        updated_by: updatedBy,
        updated_at: new Date(),
      }),
    )
    .execute();
}
