import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { ChildrenTable } from '../../db/schema.ts';
import type { Role } from '../../domain/roles.ts';

export type NewChild = Omit<Insertable<ChildrenTable>, 'organisation_id' | 'id'>;
export type ChildChanges = Omit<Updateable<ChildrenTable>, 'organisation_id' | 'id' | 'created_at'>;

export async function childrenByIds(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx.selectFrom('children').selectAll().where('id', 'in', ids).execute();
}

export type ChildRow = Awaited<ReturnType<typeof childrenByIds>>[number];

/** The children a referral is about, in the order the referrer added them, in one query. */
export async function childrenOfReferral(tx: Tx, referralId: string): Promise<ChildRow[]> {
  return tx
    .selectFrom('children')
    .selectAll('children')
    .innerJoin('referral_children', 'referral_children.child_id', 'children.id')
    .where('referral_children.referral_id', '=', referralId)
    .orderBy('referral_children.added_at')
    .orderBy('children.last_name')
    .orderBy('children.first_name')
    .orderBy('children.id')
    .execute();
}

export async function findChild(
  tx: Tx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ChildRow | undefined> {
  let query = tx.selectFrom('children').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findChildByRecordId(tx: Tx, caseRecordId: string) {
  return tx
    .selectFrom('children')
    .select(['id'])
    .where('case_record_id', '=', caseRecordId)
    .executeTakeFirst();
}

export async function insertChild(tx: Tx, organisationId: string, child: NewChild) {
  return tx
    .insertInto('children')
    .values({ ...child, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateChild(tx: Tx, id: string, changes: ChildChanges): Promise<void> {
  await tx
    .updateTable('children')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

function likePattern(word: string): string {
  return `%${word.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
}

export interface PossibleMatchSearch {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  caseRecordId: string | null;
}

/**
 * Children who might be the one about to be added: the same date of birth, a name containing the
 * last name (accents folded: kindred_children_named), or the same record ID in any case. Three
 * lookups, each along its own index (children_birth, children_name_trigrams,
 * children_case_record_unique), joined as one set of ids: an OR of them would scan the register.
 */
export async function possibleMatches(tx: Tx, organisationId: string, search: PossibleMatchSearch) {
  const lastName = likePattern(search.lastName.trim());
  const recordIds = search.caseRecordId
    ? [
        ...new Set([
          search.caseRecordId,
          search.caseRecordId.toUpperCase(),
          search.caseRecordId.toLowerCase(),
        ]),
      ]
    : [];
  return tx
    .selectFrom('children')
    .select([
      'id',
      'first_name',
      'last_name',
      'preferred_name',
      'date_of_birth',
      'case_record_id',
      'social_worker_id',
      'iro_id',
    ])
    .where('organisation_id', '=', organisationId)
    .where(
      sql<boolean>`id in (
        select kindred_children_named(array[${lastName}]::text[])
        union select id from children
          where organisation_id = ${organisationId} and date_of_birth = ${search.dateOfBirth}
        union select id from children
          where organisation_id = ${organisationId} and case_record_id = any(${recordIds}::text[]))`,
    )
    .orderBy('last_name')
    .orderBy('first_name')
    .limit(200)
    .execute();
}

export type PossibleMatchRow = Awaited<ReturnType<typeof possibleMatches>>[number];

/** The organisation's active people with a role: whom a child can be allocated to. */
export async function activeStaffWithRole(tx: Tx, role: Role) {
  return tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('active', '=', true)
    .where(sql<boolean>`${role} = any(roles)`)
    .orderBy('display_name')
    .execute();
}

export async function staffByIds(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx
    .selectFrom('users')
    .select(['id', 'display_name', 'active', 'roles'])
    .where('id', 'in', ids)
    .execute();
}
