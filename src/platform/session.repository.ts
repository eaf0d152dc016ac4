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
    .select(['token_hash', 'user_id', 'organisation_id', 'last_seen_at'])
    .where('token_hash', '=', tokenHash)
    .where('absolute_expires_at', '>', sql<Date>`now()`)
    .where('last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${idleMinutes})`)
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

/** Ends every session of a user: on disabling the account or changing its roles. */
export async function deleteSessionsOfUser(db: Db | Tx, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
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
