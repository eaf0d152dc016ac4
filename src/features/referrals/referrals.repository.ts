import { type Selectable, sql, type Updateable } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type {
  ReferralKind,
  ReferralStatus,
  ReferralsTable,
  ReferrerRole,
} from '../../db/schema.ts';

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
    .execute();
  return rows.map((row) => row.child_id);
}

/** The children of several referrals at once: referral id → child ids. */
export async function childIdsOfMany(
  tx: Tx,
  referralIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byReferral = new Map<string, string[]>();
  if (referralIds.length === 0) return byReferral;
  const rows = await tx
    .selectFrom('referral_children')
    .select(['referral_id', 'child_id'])
    .where('referral_id', 'in', referralIds)
    .execute();
  for (const row of rows) {
    byReferral.set(row.referral_id, [...(byReferral.get(row.referral_id) ?? []), row.child_id]);
  }
  return byReferral;
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

export interface ReferralListFilter {
  referrerId?: string;
  statuses?: readonly ReferralStatus[];
  kind?: ReferralKind | undefined;
}

const LIST_LIMIT = 500;

/** Referrals with the referrer's name; drafts are never in the team's lists, only the referrer's. */
export async function listReferrals(tx: Tx, filter: ReferralListFilter) {
  let query = tx
    .selectFrom('referrals')
    .innerJoin('users as referrer', 'referrer.id', 'referrals.referrer_id')
    .leftJoin('users as coordinator', 'coordinator.id', 'referrals.coordinator_id')
    .select([
      'referrals.id',
      'referrals.reference',
      'referrals.kind',
      'referrals.status',
      'referrals.referrer_id',
      'referrals.language',
      'referrals.submitted_at',
      'referrals.decided_at',
      'referrals.decline_reason',
      'referrals.coordinator_id',
      'referrals.created_at',
      'referrals.updated_at',
      'referrer.display_name as referrer_name',
      'coordinator.display_name as coordinator_name',
    ])
    .limit(LIST_LIMIT);
  if (filter.referrerId) query = query.where('referrals.referrer_id', '=', filter.referrerId);
  if (filter.statuses) query = query.where('referrals.status', 'in', filter.statuses);
  if (filter.kind) query = query.where('referrals.kind', '=', filter.kind);
  return query
    .orderBy(sql`referrals.submitted_at asc nulls first`)
    .orderBy('referrals.created_at', 'asc')
    .execute();
}

export type ReferralListRow = Awaited<ReturnType<typeof listReferrals>>[number];

export async function userNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
