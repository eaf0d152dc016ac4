import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import { FAILURE_MEMORY_MINUTES } from '../../domain/sign-in-slowdown.ts';

export interface SignInCandidate {
  user_id: string;
  organisation_id: string;
  organisation_code: string;
  /** Only for an active account: a disabled one never reaches a password check. */
  password_hash: string | null;
  active: boolean;
  /** Failures of this address before this attempt, for the slow-down. */
  earlier_failures: number;
}

/** The one row an address with no account gives: only the failure count. */
interface NoAccount {
  user_id: null;
  earlier_failures: number;
}

/**
 * One sign-in attempt (migration 007): the database counts it against the address as a failure
 * first, then hands back the accounts that answer to it. Only this function reads a hash.
 */
export async function recordSignInAttempt(
  db: Db,
  email: string,
): Promise<{ earlierFailures: number; candidates: SignInCandidate[] }> {
  const result = await sql<SignInCandidate | NoAccount>`select * from kindred_sign_in_attempt(
      ${email}, ${FAILURE_MEMORY_MINUTES})`.execute(db);
  return {
    earlierFailures: result.rows[0]?.earlier_failures ?? 0,
    candidates: result.rows.filter((row): row is SignInCandidate => row.user_id !== null),
  };
}

/** The password was right: the address's failures are forgotten. */
export async function recordSignInSuccess(db: Db | Tx, email: string): Promise<void> {
  await sql`select kindred_sign_in_succeeded(${email})`.execute(db);
}

/** Failures are counted against a hash of the email address, never the address itself. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

export async function markSignedIn(tx: Tx, userId: string): Promise<void> {
  await tx
    .updateTable('users')
    .set({ last_signed_in_at: sql`now()` })
    .where('id', '=', userId)
    .execute();
}

export async function setPasswordHash(tx: Tx, userId: string, passwordHash: string) {
  await tx
    .updateTable('users')
    .set({ password_hash: passwordHash, password_must_change: false, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}
