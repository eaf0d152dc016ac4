import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { Role } from '../domain/roles.ts';

/**
 * Sessions through the database's own functions only (migration 007): the app role cannot
 * read or write the sessions table, so it can neither list who is signed in nor plant a session.
 */

/** Starts a session for an active user; the earlier session of the same browser ends with it. */
export async function startSession(
  db: Db | Tx,
  session: { tokenHash: string; userId: string; absoluteExpiresAt: Date; replaces: string | null },
): Promise<boolean> {
  const result = await sql<{ started: boolean }>`select kindred_session_start(
      ${session.tokenHash}, ${session.userId}, ${session.absoluteExpiresAt}, ${session.replaces}
    ) as started`.execute(db);
  return result.rows[0]?.started === true;
}

export type SessionUserRow =
  | {
      live: true;
      user_id: string;
      organisation_id: string;
      organisation_name: string;
      display_name: string;
      email: string;
      roles: Role[];
      team_id: string | null;
      password_must_change: boolean;
      absolute_expires_at: Date;
      unread_notices: number;
    }
  /** An ended session, removed by the check: only whose it was. */
  | { live: false; user_id: string };

/**
 * One statement: the live session's person, touched; an ended session is removed on the way and
 * only its owner's id comes back (for answers sent after it ended).
 */
export async function checkSession(
  db: Db,
  tokenHash: string,
  idleMinutes: number,
): Promise<SessionUserRow | undefined> {
  const result = await sql<SessionUserRow>`select * from kindred_session_check(
      ${tokenHash}, ${idleMinutes})`.execute(db);
  return result.rows[0];
}

/** "Stay signed in": restarts the idle clock now. */
export async function keepSessionAlive(db: Db, tokenHash: string): Promise<void> {
  await sql`select kindred_session_keep_alive(${tokenHash})`.execute(db);
}

export async function deleteSession(db: Db | Tx, tokenHash: string) {
  await sql`select kindred_session_end(${tokenHash})`.execute(db);
}

/**
 * Ends every session of a user: on disabling the account or changing its roles. The function
 * ends only sessions of the organisation the transaction acts for.
 */
export async function deleteSessionsOfUser(tx: Tx, userId: string) {
  await sql`select kindred_sessions_end_for_user(${userId}, null)`.execute(tx);
}

/** Ends every session of a user but the one in use: after they change their own password. */
export async function deleteOtherSessionsOfUser(
  tx: Tx,
  userId: string,
  keepTokenHash: string | null,
) {
  await sql`select kindred_sessions_end_for_user(${userId}, ${keepTokenHash})`.execute(tx);
}

export async function deleteExpiredSessions(db: Db, idleMinutes: number) {
  await sql`select kindred_sessions_sweep(${idleMinutes})`.execute(db);
}
