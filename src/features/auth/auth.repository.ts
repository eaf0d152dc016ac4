import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import { FAILURE_MEMORY_MINUTES } from '../../domain/sign-in-slowdown.ts';

export interface SignInCandidate {
  user_id: string;
  organisation_id: string;
  organisation_code: string;
  password_hash: string | null;
  active: boolean;
}

/** The accounts that answer to an email address, across organisations (owner-run function). */
export async function findSignInCandidates(db: Db, email: string): Promise<SignInCandidate[]> {
  const result =
    await sql<SignInCandidate>`select * from kindred_sign_in_candidates(${email})`.execute(db);
  return result.rows;
}

/** Failures are counted against a hash of the email address, never the address itself. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

export async function recentFailures(db: Db, key: string): Promise<number> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select('failures')
    .where('account_key', '=', key)
    .where(
      'last_failure_at',
      '>',
      sql<Date>`now() - make_interval(mins => ${FAILURE_MEMORY_MINUTES})`,
    )
    .executeTakeFirst();
  return row?.failures ?? 0;
}

export async function countFailure(db: Db, key: string): Promise<void> {
  await sql`insert into sign_in_failures (account_key, failures, last_failure_at)
    values (${key}, 1, now())
    on conflict (account_key) do update set
      failures = case when sign_in_failures.last_failure_at > now() - make_interval(mins => ${FAILURE_MEMORY_MINUTES})
                      then sign_in_failures.failures + 1 else 1 end,
      last_failure_at = now()`.execute(db);
}

export async function clearFailures(db: Db | Tx, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('account_key', '=', key).execute();
}

export async function markSignedIn(tx: Tx, userId: string): Promise<void> {
  await tx
    .updateTable('users')
    .set({ last_signed_in_at: sql`now()` })
    .where('id', '=', userId)
    .execute();
}

export async function findPasswordHash(tx: Tx, userId: string) {
  return tx.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst();
}

export async function setPasswordHash(tx: Tx, userId: string, passwordHash: string) {
  await tx
    .updateTable('users')
    .set({ password_hash: passwordHash, password_must_change: false, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}
