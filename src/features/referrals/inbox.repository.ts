import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { ReferralKind, ReferralStatus } from '../../db/schema.ts';
import { COUNT_CAP, type PageRequest } from '../../platform/pagination.ts';
import type { ReferralListRow } from './referrals.repository.ts';

/**
 * The team inbox a page at a time, walked by keyset along referrals_inbox_waiting (waiting:
 * oldest submission first) or referrals_inbox_decided (decided: newest decision first), with the
 * id as tiebreak (migration 009). The organisation is named for the planner, as well as by
 * row-level security.
 */
export interface InboxQuery {
  statuses: ReferralStatus[];
  /** Only referrals not yet matched with a coordinator ("to match"). */
  unmatchedOnly?: boolean;
  /** Decided lists run newest decision first; the others oldest submission first. */
  newestDecisionFirst?: boolean;
  kind?: ReferralKind | undefined;
}

export async function inboxPage(
  tx: Tx,
  organisationId: string,
  query: InboxQuery,
  page: PageRequest,
): Promise<ReferralListRow[]> {
  const column = query.newestDecisionFirst ? 'decided_at' : 'submitted_at';
  // Waiting referrals run oldest first; decided ones newest first. Walking backwards flips it.
  const ascending = !query.newestDecisionFirst !== (page.direction === 'before');
  const order = ascending ? 'asc' : 'desc';
  let select = tx
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
    .where('referrals.organisation_id', '=', organisationId)
    .where('referrals.status', 'in', query.statuses)
    .where(sql.ref(`referrals.${column}`), 'is not', null);
  if (query.unmatchedOnly) select = select.where('referrals.coordinator_id', 'is', null);
  if (query.kind) select = select.where('referrals.kind', '=', query.kind);
  if (page.key) {
    const [at, id] = page.key;
    const key = sql`(${at}::timestamptz, ${id}::uuid)`;
    const row = sql`(${sql.ref(`referrals.${column}`)}, referrals.id)`;
    select = select.where(
      ascending ? sql<boolean>`${row} > ${key}` : sql<boolean>`${row} < ${key}`,
    );
  }
  return select
    .orderBy(sql.ref(`referrals.${column}`), order)
    .orderBy('referrals.id', order)
    .limit(page.size + 1)
    .execute();
}

export function inboxKey(query: Pick<InboxQuery, 'newestDecisionFirst'>) {
  return (row: ReferralListRow) => [
    (query.newestDecisionFirst ? row.decided_at : row.submitted_at)?.toISOString() ?? '',
    row.id,
  ];
}

/**
 * Referrals waiting for a decision, or accepted and waiting for a coordinator, counted up to
 * one beyond the cap.
 */
export async function countWaitingCapped(
  tx: Tx,
  organisationId: string,
  waitingFor: 'decision' | 'coordinator',
): Promise<number> {
  let waiting = tx
    .selectFrom('referrals')
    .select(sql`1`.as('one'))
    .where('organisation_id', '=', organisationId)
    .where('status', '=', waitingFor === 'decision' ? 'submitted' : 'accepted')
    .limit(COUNT_CAP + 1);
  if (waitingFor === 'coordinator') waiting = waiting.where('coordinator_id', 'is', null);
  const row = await tx
    .selectFrom(waiting.as('waiting'))
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}
