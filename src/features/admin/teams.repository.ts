import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';

export interface TeamRow {
  id: string;
  name: string;
  active: boolean;
}

export interface TeamWithMembers extends TeamRow {
  active_users: number;
}

const teamColumns = ['teams.id', 'teams.name', 'teams.active'] as const;

/** Row-level security limits every query here to the transaction's organisation. */
export async function listTeamsWithActiveUsers(tx: Tx): Promise<TeamWithMembers[]> {
  return tx
    .selectFrom('teams')
    .leftJoin('users', (join) =>
      join.onRef('users.team_id', '=', 'teams.id').on('users.active', '=', true),
    )
    .select([...teamColumns, (eb) => eb.fn.count<number>('users.id').as('active_users')])
    .groupBy('teams.id')
    .orderBy(sql`lower(teams.name)`)
    .execute();
}

export async function listActiveTeams(tx: Tx): Promise<TeamRow[]> {
  return tx
    .selectFrom('teams')
    .select(teamColumns)
    .where('teams.active', '=', true)
    .orderBy(sql`lower(teams.name)`)
    .execute();
}

export async function findTeam(tx: Tx, teamId: string): Promise<TeamWithMembers | undefined> {
  return tx
    .selectFrom('teams')
    .leftJoin('users', (join) =>
      join.onRef('users.team_id', '=', 'teams.id').on('users.active', '=', true),
    )
    .select([...teamColumns, (eb) => eb.fn.count<number>('users.id').as('active_users')])
    .where('teams.id', '=', teamId)
    .groupBy('teams.id')
    .executeTakeFirst();
}

/** Another team already using this name, compared as the unique index does (ignoring case). */
export async function findTeamNamed(
  tx: Tx,
  name: string,
  exceptTeamId?: string,
): Promise<TeamRow | undefined> {
  let query = tx
    .selectFrom('teams')
    .select(teamColumns)
    .where(sql<boolean>`lower(teams.name) = lower(${name})`);
  if (exceptTeamId) query = query.where('teams.id', '!=', exceptTeamId);
  return query.executeTakeFirst();
}

export async function insertTeam(tx: Tx, organisationId: string, name: string): Promise<string> {
  const row = await tx
    .insertInto('teams')
    .values({ organisation_id: organisationId, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTeam(
  tx: Tx,
  teamId: string,
  changes: { name?: string; active?: boolean },
): Promise<void> {
  await tx
    .updateTable('teams')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', teamId)
    .execute();
}
