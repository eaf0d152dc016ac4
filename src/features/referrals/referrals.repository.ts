import { type Selectable, sql, type Updateable } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { ReferralKind, ReferralsTable, ReferrerRole } from '../../db/schema.ts';

export type ReferralRow = Selectable<ReferralsTable>;
export type ReferralChanges = Omit<
  Updateable<ReferralsTable>,
  'id' | 'organisation_id' | 'reference' | 'kind' | 'referrer_id' | 'created_at' | 'updated_at'
>;

/**
 * Serialises reference numbering within one organisation until the transaction ends, so two
 * referrals started at the same moment never get the same number.
 */
export async function lockReferenceNumbering(tx: Tx, organisationId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`kindred.referral-reference.${organisationId}`}, 0))`.execute(
    tx,
  );
}

/** The highest reference already used that starts with the stem (e.g. `LL-2026-`). */
export async function highestReference(tx: Tx, stem: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom('referrals')
    .select('reference')
    .where('reference', 'like', `${stem}%`)
    .orderBy(sql`length(reference)`, 'desc')
    .orderBy('reference', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.reference;
}

export async function insertReferral(
  tx: Tx,
  referral: {
    organisationId: string;
    reference: string;
    kind: ReferralKind;
    referrerId: string;
    referrerRole: ReferrerRole;
    onBehalfOf: string | null;
  },
): Promise<string> {
  const row = await tx
    .insertInto('referrals')
    .values({
      organisation_id: referral.organisationId,
      reference: referral.reference,
      kind: referral.kind,
      referrer_id: referral.referrerId,
      referrer_role: referral.referrerRole,
      referrer_on_behalf_of: referral.onBehalfOf,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One referral; `forUpdate` holds it until the transaction ends, so two decisions cannot race. */
export async function findReferral(
  tx: Tx,
  referralId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReferralRow | undefined> {
  let query = tx.selectFrom('referrals').selectAll().where('id', '=', referralId);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function updateReferral(
  tx: Tx,
  referralId: string,
  changes: ReferralChanges,
): Promise<void> {
  await tx
    .updateTable('referrals')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', referralId)
    .execute();
}

export async function childIdsOf(tx: Tx, referralId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('referral_children')
    .select('child_id')
    .where('referral_id', '=', referralId)
    .orderBy('added_at')
    .orderBy('child_id')
    .execute();
  return rows.map((row) => row.child_id);
}

export async function addReferralChild(
  tx: Tx,
  organisationId: string,
  referralId: string,
  childId: string,
): Promise<void> {
  await tx
    .insertInto('referral_children')
    .values({ organisation_id: organisationId, referral_id: referralId, child_id: childId })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

export async function removeReferralChild(
  tx: Tx,
  referralId: string,
  childId: string,
): Promise<boolean> {
  const result = await tx
    .deleteFrom('referral_children')
    .where('referral_id', '=', referralId)
    .where('child_id', '=', childId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function userNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
