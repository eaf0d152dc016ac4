import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';

/**
 * What matching needs to know about coordinators. Caseloads and the journey of a referral are
 * read from the journeys table here, read-only, until the journeys feature offers them.
 */
export async function activeCoordinators(tx: Tx) {
  return tx
    .selectFrom('users')
    .select(['id', 'display_name', 'languages'])
    .where('active', '=', true)
    .where(sql<boolean>`'coordinator' = any(roles)`)
    .orderBy('display_name')
    .execute();
}

/** Journeys each coordinator holds that are not ended: active or paused. */
export async function caseloads(tx: Tx): Promise<Map<string, number>> {
  const rows = await tx
    .selectFrom('journeys')
    .select(['coordinator_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('status', 'in', ['active', 'paused'])
    .groupBy('coordinator_id')
    .execute();
  return new Map(rows.map((row) => [row.coordinator_id, Number(row.count)]));
}

/** referral id → its journey's id, for the referrals that have one. */
export async function journeysOfReferrals(
  tx: Tx,
  referralIds: readonly string[],
): Promise<Map<string, string>> {
  if (referralIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('journeys')
    .select(['id', 'referral_id'])
    .where('referral_id', 'in', referralIds)
    .execute();
  return new Map(rows.map((row) => [row.referral_id, row.id]));
}

export async function insertConflictDeclaration(
  tx: Tx,
  declaration: {
    organisationId: string;
    referralId: string;
    coordinatorId: string;
    hasConflict: boolean;
    details: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const row = await tx
    .insertInto('conflict_declarations')
    .values({
      organisation_id: declaration.organisationId,
      referral_id: declaration.referralId,
      coordinator_id: declaration.coordinatorId,
      has_conflict: declaration.hasConflict,
      details: declaration.details,
      recorded_by: declaration.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function declarationsFor(tx: Tx, referralId: string) {
  return tx
    .selectFrom('conflict_declarations')
    .select(['id', 'coordinator_id', 'has_conflict', 'details', 'declared_at'])
    .where('referral_id', '=', referralId)
    .orderBy('declared_at')
    .execute();
}
