import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { ReferralKind, ReferralStatus } from '../../db/schema.ts';
import { COUNT_CAP, type PageRequest } from '../../platform/pagination.ts';
import { listedReferrals, type ReferralListRow } from './referral-lists.repository.ts';

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
  let select = listedReferrals(tx, organisationId)
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
  return (row: Pick<ReferralListRow, 'decided_at' | 'submitted_at' | 'id'>) => [
    (query.newestDecisionFirst ? row.decided_at : row.submitted_at)?.toISOString() ?? '',
    row.id,
  ];
}

/**
 * Referrals waiting for a decision, and accepted ones waiting for a coordinator, each counted up
 * to one beyond the cap, in one statement (the home page), along referrals_inbox_waiting.
 */
export async function countWaitingCapped(
  tx: Tx,
  organisationId: string,
): Promise<{ decision: number; coordinator: number }> {
  const waiting = (status: 'submitted' | 'accepted') => {
    let query = tx
      .selectFrom('referrals')
      .select(sql`1`.as('one'))
      .where('organisation_id', '=', organisationId)
      .where('status', '=', status);
    if (status === 'accepted') query = query.where('coordinator_id', 'is', null);
    return sql<number>`(select count(*)::int from (${query.limit(COUNT_CAP + 1)}) waiting)`;
  };
  const row = await tx
    .selectNoFrom([waiting('submitted').as('decision'), waiting('accepted').as('coordinator')])
    .executeTakeFirstOrThrow();
  return row;
}
