import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { ChildrenTable } from '../../db/schema.ts';

export type NewChild = Omit<Insertable<ChildrenTable>, 'organisation_id' | 'id'>;

export interface ChildSearch {
  /** Part of a name (first, last or preferred), or a case record ID. */
  text?: string | undefined;
  dateOfBirth?: string | undefined;
  limit?: number;
}

/** Children matching a name, record ID or date of birth: the search before create. */
export async function searchChildren(tx: Tx, search: ChildSearch) {
  let query = tx
    .selectFrom('children')
    .select([
      'id',
      'first_name',
      'last_name',
      'preferred_name',
      'date_of_birth',
      'case_record_id',
      'looked_after',
      'social_worker_id',
      'iro_id',
    ])
    .orderBy('last_name')
    .orderBy('first_name')
    .limit(search.limit ?? 50);
  const text = search.text?.trim();
  if (text) {
    const words = text.split(/\s+/).slice(0, 4);
    for (const word of words) {
      const pattern = `%${word.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
      query = query.where((eb) =>
        eb.or([
          eb('first_name', 'ilike', pattern),
          eb('last_name', 'ilike', pattern),
          eb('preferred_name', 'ilike', pattern),
          eb('case_record_id', '=', word),
        ]),
      );
    }
  }
  if (search.dateOfBirth) query = query.where('date_of_birth', '=', search.dateOfBirth);
  return query.execute();
}

export async function childrenByIds(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx.selectFrom('children').selectAll().where('id', 'in', ids).execute();
}

export async function insertChild(tx: Tx, organisationId: string, child: NewChild) {
  return tx
    .insertInto('children')
    .values({ ...child, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function countChildren(tx: Tx) {
  const row = await tx
    .selectFrom('children')
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}
