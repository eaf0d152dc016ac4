import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';

/** What matching needs to know about coordinators; their caseloads come from the journeys feature. */
export async function activeCoordinators(tx: Tx) {
  return tx
    .selectFrom('users')
    .select(['id', 'display_name', 'languages'])
    .where('active', '=', true)
    .where(sql<boolean>`'coordinator' = any(roles)`)
    .orderBy('display_name')
    .execute();
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
    /** A correction names the declaration it replaces, and why. */
    correction?: { correctsId: string; reason: string };
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
      corrects_id: declaration.correction?.correctsId ?? null,
      correction_reason: declaration.correction?.reason ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function declarationsFor(tx: Tx, referralId: string) {
  return tx
    .selectFrom('conflict_declarations')
    .select([
      'id',
      'coordinator_id',
      'has_conflict',
      'details',
      'declared_at',
      'recorded_by',
      'corrects_id',
      'correction_reason',
    ])
    .where('referral_id', '=', referralId)
    .orderBy('declared_at')
    .execute();
}

export type DeclarationRow = Awaited<ReturnType<typeof declarationsFor>>[number];
