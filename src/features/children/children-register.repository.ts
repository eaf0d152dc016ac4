import { type SelectQueryBuilder, sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { KindredDatabase } from '../../db/schema.ts';
import { COUNT_CAP, type PageRequest } from '../../platform/pagination.ts';

/**
 * The register's list and search. Name order with the id as tiebreak, walked by keyset along the
 * index children_register_order; names searched through the trigram index children_name_trigrams;
 * a record ID looked up exactly, in a query of its own (an OR with the names would defeat both
 * indexes). See migration 009.
 */

export interface ChildSearch {
  /** Part of a name (first, last or preferred), or a case record ID. */
  text?: string | undefined;
  dateOfBirth?: string | undefined;
  limit?: number;
}

const LIST_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'preferred_name',
  'date_of_birth',
  'case_record_id',
  'looked_after',
  'social_worker_id',
  'iro_id',
  'care_leaver_status',
] as const;

function likePattern(word: string): string {
  return `%${word.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
}

/**
 * The organisation is named in the query as well as by row-level security: the policy's value is
 * known only when the query runs, so without it the planner would guess an average organisation's
 * size. Names are matched by kindred_children_named (migration 009), which can use the trigram
 * index where a query under the policy cannot; the longest word goes first, as the likeliest to
 * narrow the search.
 */
function whereSearched<O>(
  query: SelectQueryBuilder<KindredDatabase, 'children', O>,
  organisationId: string,
  search: ChildSearch,
): SelectQueryBuilder<KindredDatabase, 'children', O> {
  let filtered = query.where('organisation_id', '=', organisationId);
  const words = search.text?.trim().split(/\s+/).filter(Boolean).slice(0, 4) ?? [];
  if (words.length > 0) {
    const patterns = words.sort((a, b) => b.length - a.length).map(likePattern);
    filtered = filtered.where(
      sql<boolean>`id in (select kindred_children_named(${patterns}::text[]))`,
    );
  }
  if (search.dateOfBirth) filtered = filtered.where('date_of_birth', '=', search.dateOfBirth);
  return filtered;
}

/** The child with exactly this main case record ID (and date of birth, if given). */
export async function childWithRecordId(tx: Tx, organisationId: string, search: ChildSearch) {
  const text = search.text?.trim();
  if (!text || /\s/.test(text)) return undefined;
  let query = tx
    .selectFrom('children')
    .select(LIST_COLUMNS)
    .where('organisation_id', '=', organisationId)
    .where('case_record_id', '=', text);
  if (search.dateOfBirth) query = query.where('date_of_birth', '=', search.dateOfBirth);
  return query.executeTakeFirst();
}

/** One page of the register (or of a name search), fetched one row beyond the page. */
export async function registerPage(
  tx: Tx,
  organisationId: string,
  search: ChildSearch,
  page: PageRequest,
) {
  const backwards = page.direction === 'before';
  const order = backwards ? 'desc' : 'asc';
  let query = whereSearched(tx.selectFrom('children').select(LIST_COLUMNS), organisationId, search);
  if (page.key) {
    const [lastName, firstName, id] = page.key;
    const key = sql`(${lastName}, ${firstName}, ${id}::uuid)`;
    query = query.where(
      backwards
        ? sql<boolean>`(last_name, first_name, id) < ${key}`
        : sql<boolean>`(last_name, first_name, id) > ${key}`,
    );
  }
  return query
    .orderBy('last_name', order)
    .orderBy('first_name', order)
    .orderBy('id', order)
    .limit(page.size + 1)
    .execute();
}

export type ChildListRow = Awaited<ReturnType<typeof registerPage>>[number];

export function registerKey(row: Pick<ChildListRow, 'last_name' | 'first_name' | 'id'>) {
  return [row.last_name, row.first_name, row.id];
}

/** How many children match, counted up to one beyond the cap: cheap on any register. */
export async function countMatchingCapped(
  tx: Tx,
  organisationId: string,
  search: ChildSearch,
): Promise<number> {
  const matching = whereSearched(
    tx.selectFrom('children').select(sql`1`.as('one')),
    organisationId,
    search,
  ).limit(COUNT_CAP + 1);
  const row = await tx
    .selectFrom(matching.as('matching'))
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/**
 * Children matching a name, record ID or date of birth, in name order: the search before create
 * and a referral's children. A record ID that matches exactly is the answer on its own.
 */
export async function searchChildren(tx: Tx, organisationId: string, search: ChildSearch) {
  const byRecordId = await childWithRecordId(tx, organisationId, search);
  if (byRecordId) return [byRecordId];
  const rows = await registerPage(tx, organisationId, search, {
    direction: 'after',
    key: null,
    size: search.limit ?? 50,
  });
  return rows.slice(0, search.limit ?? 50);
}
