import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { Role } from '../../domain/roles.ts';
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

export async function listUsers(tx: Tx, filter: UsersFilter): Promise<UserRow[]> {
  let query = selectUsers(tx);
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    query = query.where((eb) =>
      eb.or([eb('users.display_name', 'ilike', pattern), eb('users.email', 'ilike', pattern)]),
    );
  }
  if (filter.role) query = query.where(sql<boolean>`${filter.role} = any(users.roles)`);
  if (filter.status) query = query.where('users.active', '=', filter.status === 'active');
  return query.orderBy(sql`lower(users.display_name)`).orderBy('users.email').execute();
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
