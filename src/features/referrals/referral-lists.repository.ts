import { type SelectQueryBuilder, sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { KindredDatabase, ReferralStatus } from '../../db/schema.ts';
import { type ChildNameParts, childName } from '../../domain/person-name.ts';
import { COUNT_CAP, type PageRequest } from '../../platform/pagination.ts';

/**
 * The columns every list of referrals shows (the team inbox and the referrer's own list), in one
 * query: the referral, its referrer's and coordinator's names, its children's names and its
 * journey. The organisation is named for the planner, as well as by row-level security.
 */
export function listedReferrals(tx: Tx, organisationId: string) {
  return (
    tx
      .selectFrom('referrals')
      // People joined by organisation and id: one lookup each in the unique index that starts
      // with the organisation, so a list can walk its own index in order.
      .innerJoin('users as referrer', (join) =>
        join
          .onRef('referrer.organisation_id', '=', 'referrals.organisation_id')
          .onRef('referrer.id', '=', 'referrals.referrer_id'),
      )
      .leftJoin('users as coordinator', (join) =>
        join
          .onRef('coordinator.organisation_id', '=', 'referrals.organisation_id')
          .onRef('coordinator.id', '=', 'referrals.coordinator_id'),
      )
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
        // The parts of each name, for the one name formatter (src/domain/person-name.ts).
        sql<ChildNameParts[]>`(select coalesce(json_agg(json_build_object(
          'first_name', c.first_name, 'last_name', c.last_name, 'preferred_name', c.preferred_name)
          order by c.last_name, c.first_name), '[]'::json)
        from referral_children rc join children c on c.id = rc.child_id
        where rc.organisation_id = ${organisationId} and rc.referral_id = referrals.id)`.as(
          'children',
        ),
        sql<string | null>`(select j.id from journeys j
        where j.organisation_id = ${organisationId} and j.referral_id = referrals.id)`.as(
          'journey_id',
        ),
      ])
      .where('referrals.organisation_id', '=', organisationId)
  );
}

type ListedQuery = ReturnType<typeof listedReferrals>;
export type ReferralListRow = Awaited<ReturnType<ListedQuery['execute']>>[number];

/** A referral as the lists show it: the children by name, and its journey if it has one. */
export interface ListedReferral extends Omit<ReferralListRow, 'children' | 'journey_id'> {
  childNames: string[];
  journeyId: string | null;
}

export function listed<R extends ReferralListRow>(
  rows: readonly R[],
): Array<Omit<R, 'children' | 'journey_id'> & ListedReferral> {
  return rows.map(({ children, journey_id, ...row }) => ({
    ...row,
    childNames: children.map(childName),
    journeyId: journey_id,
  }));
}

/**
 * The referrer's own list: drafts first, then submitted, accepted and declined, each most
 * recently changed first, the id as tiebreak; walked by keyset along referrals_referrer_list
 * (migration 011). The rank expression is written exactly as in that index.
 */
const RANK = sql<number>`(case referrals.status when 'draft' then 0 when 'submitted' then 1
  when 'accepted' then 2 else 3 end)`;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The referrer's referrals matching a search: a reference, or words of a child's names. */
function mineMatching<O>(
  query: SelectQueryBuilder<KindredDatabase, 'referrals', O>,
  referrerId: string,
  search: string | undefined,
) {
  let where = query.where('referrals.referrer_id', '=', referrerId);
  const words = search?.trim().split(/\s+/).filter(Boolean).slice(0, 4) ?? [];
  if (words.length > 0) {
    where = where.where((eb) =>
      eb.or([
        eb('referrals.reference', 'ilike', likePattern(search?.trim() ?? '')),
        eb.exists(
          eb
            .selectFrom('referral_children')
            .select(sql`1`.as('one'))
            .whereRef('referral_children.referral_id', '=', 'referrals.id')
            .where(sql<boolean>`referral_children.child_id in
              (select kindred_children_named(${words.map(likePattern)}::text[]))`),
        ),
      ]),
    );
  }
  return where;
}

export async function myReferralsPage(
  tx: Tx,
  organisationId: string,
  referrerId: string,
  search: string | undefined,
  page: PageRequest,
) {
  const backwards = page.direction === 'before';
  let query = mineMatching(listedReferrals(tx, organisationId), referrerId, search).select(
    sql<string>`referrals.updated_at::text`.as('updated_key'),
  );
  if (page.key) {
    const [rank, updated, id] = page.key;
    const key = { rank: Number(rank), updated: sql`${updated}::timestamptz`, id: sql`${id}::uuid` };
    // Rank ascending, then the latest change first: one comparison per direction.
    const later = sql<boolean>`(${RANK} > ${key.rank} or (${RANK} = ${key.rank}
      and (referrals.updated_at, referrals.id) < (${key.updated}, ${key.id})))`;
    const earlier = sql<boolean>`(${RANK} < ${key.rank} or (${RANK} = ${key.rank}
      and (referrals.updated_at, referrals.id) > (${key.updated}, ${key.id})))`;
    query = query.where(backwards ? earlier : later);
  }
  const [rankOrder, changedOrder] = backwards
    ? (['desc', 'asc'] as const)
    : (['asc', 'desc'] as const);
  return query
    .orderBy(RANK, rankOrder)
    .orderBy('referrals.updated_at', changedOrder)
    .orderBy('referrals.id', changedOrder)
    .limit(page.size + 1)
    .execute();
}

const RANKS: Record<ReferralStatus, number> = { draft: 0, submitted: 1, accepted: 2, declined: 3 };

export type MyReferralRow = Awaited<ReturnType<typeof myReferralsPage>>[number];

export function myReferralKey(row: Pick<MyReferralRow, 'status' | 'updated_key' | 'id'>) {
  return [String(RANKS[row.status]), row.updated_key, row.id];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

/** A key from the address that PostgreSQL can read; anything else means the first page. */
export function isMyReferralKey(key: readonly string[]): boolean {
  const [rank, updated, id] = key;
  return /^[0-3]$/.test(rank ?? '') && TIMESTAMP_KEY.test(updated ?? '') && UUID.test(id ?? '');
}

/** How many of the referrer's referrals match, counted up to one beyond the cap. */
export async function countMineCapped(
  tx: Tx,
  organisationId: string,
  referrerId: string,
  search: string | undefined,
): Promise<number> {
  const found = mineMatching(
    tx
      .selectFrom('referrals')
      .select(sql`1`.as('one'))
      .where('referrals.organisation_id', '=', organisationId),
    referrerId,
    search,
  ).limit(COUNT_CAP + 1);
  const row = await tx
    .selectFrom(found.as('found'))
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** The referrer's referrals by status, in one query (the home page). */
export async function myReferralCounts(
  tx: Tx,
  organisationId: string,
  referrerId: string,
): Promise<Record<ReferralStatus, number>> {
  const rows = await tx
    .selectFrom('referrals')
    .select(['status', sql<number>`count(*)::int`.as('count')])
    .where('organisation_id', '=', organisationId)
    .where('referrer_id', '=', referrerId)
    .groupBy('status')
    .execute();
  const counts = { draft: 0, submitted: 0, accepted: 0, declined: 0 };
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}
