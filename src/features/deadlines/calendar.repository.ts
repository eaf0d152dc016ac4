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

export async function deadlineSettings(tx: Tx, organisationId: string) {
  return tx
    .selectFrom('deadline_settings')
    .select([
      'referral_response_working_days',
      'turning_fifteen_working_day',
      'reminder_working_days',
    ])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
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
