import { type SelectQueryBuilder, sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { KindredDatabase } from '../../db/schema.ts';
import type { Role } from '../../domain/roles.ts';
import { COUNT_CAP, type PageRequest } from '../../platform/pagination.ts';
import type { UsersFilter } from './users.schemas.ts';

export interface UserRow {
  id: string;
  display_name: string;
  email: string;
  roles: Role[];
  active: boolean;
  team_id: string | null;
  languages: string[];
  team_name: string | null;
  team_active: boolean | null;
  last_signed_in_at: Date | null;
}

/** Row-level security limits every query here to the transaction's organisation. */
function selectUsers(tx: Tx) {
  return tx
    .selectFrom('users')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .select([
      'users.id',
      'users.display_name',
      'users.email',
      'users.roles',
      'users.active',
      'users.team_id',
      'users.languages',
      'teams.name as team_name',
      'teams.active as team_active',
      'users.last_signed_in_at',
    ]);
}

/** `%` and `_` typed into the search box are looked for as themselves. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The users matching the filters. The organisation is named for the planner (the list's index,
 * users_list_order, starts with it), as well as by row-level security.
 */
function matching<O>(
  query: SelectQueryBuilder<KindredDatabase, 'users' | 'teams', O>,
  organisationId: string,
  filter: UsersFilter,
) {
  let where = query.where('users.organisation_id', '=', organisationId);
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    where = where.where((eb) =>
      eb.or([
        // Names compared without their accents, as every name search is (ADR 0021).
        sql<boolean>`kindred_fold(users.display_name) like kindred_fold(${pattern})`,
        eb('users.email', 'ilike', pattern),
      ]),
    );
  }
  if (filter.role) where = where.where(sql<boolean>`${filter.role} = any(users.roles)`);
  if (filter.status) where = where.where('users.active', '=', filter.status === 'active');
  return where;
}

const SORT_NAME = sql<string>`lower(users.display_name)`;

/** A page of users by name (then email, then id), walked by keyset along users_list_order. */
export async function usersPage(
  tx: Tx,
  organisationId: string,
  filter: UsersFilter,
  page: PageRequest,
): Promise<Array<UserRow & { sort_name: string }>> {
  const order = page.direction === 'before' ? 'desc' : 'asc';
  let query = matching(selectUsers(tx).select(SORT_NAME.as('sort_name')), organisationId, filter);
  if (page.key) {
    const [name, email, id] = page.key;
    const key = sql`(${name}, ${email}, ${id}::uuid)`;
    const row = sql`(${SORT_NAME}, users.email, users.id)`;
    query = query.where(
      page.direction === 'before' ? sql<boolean>`${row} < ${key}` : sql<boolean>`${row} > ${key}`,
    );
  }
  return query
    .orderBy(SORT_NAME, order)
    .orderBy('users.email', order)
    .orderBy('users.id', order)
    .limit(page.size + 1)
    .execute();
}

export function userKey(row: { sort_name: string; email: string; id: string }) {
  return [row.sort_name, row.email, row.id];
}

/** How many users match, counted up to one beyond the cap. */
export async function countUsersCapped(
  tx: Tx,
  organisationId: string,
  filter: UsersFilter,
): Promise<number> {
  const found = matching(
    tx.selectFrom('users').leftJoin('teams', 'teams.id', 'users.team_id').select(sql`1`.as('one')),
    organisationId,
    filter,
  ).limit(COUNT_CAP + 1);
  const row = await tx
    .selectFrom(found.as('found'))
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function findUser(tx: Tx, userId: string): Promise<UserRow | undefined> {
  return selectUsers(tx).where('users.id', '=', userId).executeTakeFirst();
}

/** Another account with this email address, compared as the unique index does. */
export async function findUserWithEmail(
  tx: Tx,
  email: string,
  exceptUserId?: string,
): Promise<{ id: string } | undefined> {
  let query = tx
    .selectFrom('users')
    .select('id')
    .where(sql<boolean>`lower(users.email) = lower(${email})`);
  if (exceptUserId) query = query.where('id', '!=', exceptUserId);
  return query.executeTakeFirst();
}

export async function findTeamForChoice(
  tx: Tx,
  teamId: string,
): Promise<{ id: string; active: boolean } | undefined> {
  return tx
    .selectFrom('teams')
    .select(['id', 'active'])
    .where('id', '=', teamId)
    .executeTakeFirst();
}

export interface NewAccount {
  organisationId: string;
  displayName: string;
  email: string;
  teamId: string | null;
  roles: Role[];
  languages: string[];
  passwordHash: string;
}

export async function insertUser(tx: Tx, account: NewAccount): Promise<string> {
  const row = await tx
    .insertInto('users')
    .values({
      organisation_id: account.organisationId,
      display_name: account.displayName,
      email: account.email,
      team_id: account.teamId,
      roles: account.roles,
      languages: account.languages,
      password_hash: account.passwordHash,
      password_must_change: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface AccountChanges {
  display_name?: string;
  email?: string;
  team_id?: string | null;
  roles?: Role[];
  active?: boolean;
  languages?: string[];
  password_hash?: string;
  password_must_change?: boolean;
}

export async function updateUser(tx: Tx, userId: string, changes: AccountChanges): Promise<void> {
  await tx
    .updateTable('users')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', userId)
    .execute();
}
