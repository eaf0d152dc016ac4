import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';

export async function insertSession(
  db: Db | Tx,
  session: { tokenHash: string; userId: string; organisationId: string; absoluteExpiresAt: Date },
) {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      organisation_id: session.organisationId,
      absolute_expires_at: session.absoluteExpiresAt,
    })
    .execute();
}

export async function findLiveSession(db: Db, tokenHash: string, idleMinutes: number) {
  return db
    .selectFrom('sessions')
    .select(['token_hash', 'user_id', 'organisation_id', 'last_seen_at', 'absolute_expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('absolute_expires_at', '>', sql<Date>`now()`)
    .where('last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${idleMinutes})`)
    .executeTakeFirst();
}

/** Whose a session was, live or not: for answers that arrive after it has ended. */
export async function findSessionOwner(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .select(['user_id'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Db, tokenHash: string) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()` })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Db | Tx, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/**
 * Ends every session of a user: on disabling the account or changing its roles. The sessions
 * table is not organisation-isolated, so the organisation is part of the condition.
 */
export async function deleteSessionsOfUser(db: Db | Tx, userId: string, organisationId: string) {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .execute();
}

export async function deleteExpiredSessions(db: Db, idleMinutes: number) {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('absolute_expires_at', '<=', sql<Date>`now()`),
        eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
      ]),
    )
    .execute();
}

/** The person a session belongs to, read in their organisation's transaction. */
export async function findSessionUser(tx: Tx, userId: string) {
  return tx
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.organisation_id',
      'organisations.name as organisation_name',
      'users.display_name',
      'users.email',
      'users.roles',
      'users.team_id',
      'users.active',
      'users.password_must_change',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** Ends every session of a user but the one in use: after they change their own password. */
export async function deleteOtherSessionsOfUser(
  tx: Tx,
  userId: string,
  keepTokenHash: string | null,
) {
  let query = tx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepTokenHash) query = query.where('token_hash', '!=', keepTokenHash);
  await query.execute();
}
