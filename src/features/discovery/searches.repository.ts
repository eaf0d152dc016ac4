import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { SearchSource } from '../../db/schema.ts';
import type { PageRequest } from '../../platform/pagination.ts';

const COLUMNS = [
  'online_searches.id',
  'online_searches.journey_id',
  'online_searches.searched_on',
  'online_searches.source',
  'online_searches.terms',
  'online_searches.result',
  'online_searches.lawful_basis',
  'online_searches.safe_to_share',
  'online_searches.recorded_at',
  'searcher.display_name as searched_by_name',
] as const;

/** A journey's search log, newest first. */
export function searchesOf(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('online_searches')
    .innerJoin('users as searcher', 'searcher.id', 'online_searches.searched_by')
    .select(COLUMNS)
    .where('online_searches.journey_id', '=', journeyId)
    .orderBy('online_searches.searched_on', 'desc')
    .orderBy('online_searches.recorded_at', 'desc')
    .execute();
}
export type SearchRow = Awaited<ReturnType<typeof searchesOf>>[number];

export async function countSearches(tx: Tx, journeyId: string): Promise<number> {
  const row = await tx
    .selectFrom('online_searches')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('journey_id', '=', journeyId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export interface NewSearch {
  searchedOn: string;
  source: SearchSource;
  terms: string;
  result: string;
  lawfulBasis: string;
  safeToShare: boolean;
}

export function insertSearch(
  tx: Tx,
  where: { organisationId: string; journeyId: string; searchedBy: string },
  search: NewSearch,
) {
  return tx
    .insertInto('online_searches')
    .values({
      organisation_id: where.organisationId,
      journey_id: where.journeyId,
      searched_by: where.searchedBy,
      searched_on: search.searchedOn,
      source: search.source,
      terms: search.terms,
      result: search.result,
      lawful_basis: search.lawfulBasis,
      safe_to_share: search.safeToShare,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Every search of the organisation, newest first, a page at a time (keyset along
 * online_searches_newest), optionally only those whose terms, result or searcher's name hold
 * the words asked for. With the journey's reference, for the team manager's oversight.
 */
export function searchLogPage(
  tx: Tx,
  organisationId: string,
  filter: { q?: string | undefined; source?: SearchSource | undefined },
  page: PageRequest,
) {
  const descending = page.direction === 'after';
  const order = descending ? 'desc' : 'asc';
  let select = tx
    .selectFrom('online_searches')
    .innerJoin('users as searcher', 'searcher.id', 'online_searches.searched_by')
    .innerJoin('journeys', 'journeys.id', 'online_searches.journey_id')
    .innerJoin('referrals', 'referrals.id', 'journeys.referral_id')
    .select([...COLUMNS, 'referrals.reference'])
    .where('online_searches.organisation_id', '=', organisationId);
  if (filter.source) select = select.where('online_searches.source', '=', filter.source);
  for (const word of (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 4)) {
    const pattern = `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    select = select.where(
      sql<boolean>`lower(online_searches.terms || ' ' || online_searches.result || ' ' || searcher.display_name || ' ' || referrals.reference) like ${pattern}`,
    );
  }
  if (page.key) {
    const [on, id] = page.key;
    const key = sql`(${on}::date, ${id}::uuid)`;
    const row = sql`(online_searches.searched_on, online_searches.id)`;
    select = select.where(
      descending ? sql<boolean>`${row} < ${key}` : sql<boolean>`${row} > ${key}`,
    );
  }
  return select
    .orderBy('online_searches.searched_on', order)
    .orderBy('online_searches.id', order)
    .limit(page.size + 1)
    .execute();
}
export type SearchLogRow = Awaited<ReturnType<typeof searchLogPage>>[number];
