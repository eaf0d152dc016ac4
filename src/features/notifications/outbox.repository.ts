import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';

/** The email outbox: queries only (migration 015). */

export interface OutboxRow {
  id: string;
  kind: string;
  to_address: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: Date;
}

/** The message, locked until the transaction ends, so two runners never send it at once. */
export async function lockOutboxMessage(tx: Tx, id: string): Promise<OutboxRow | undefined> {
  return tx
    .selectFrom('outbox_messages')
    .select(['id', 'kind', 'to_address', 'status', 'attempts', 'next_attempt_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function markOutboxSent(
  tx: Tx,
  id: string,
  sent: { provider: 'notify' | 'smtp'; reference: string | null; attempts: number },
): Promise<void> {
  await tx
    .updateTable('outbox_messages')
    .set({
      status: 'sent',
      attempts: sent.attempts,
      provider: sent.provider,
      provider_reference: sent.reference,
      sent_at: sql`now()`,
      last_error: null,
    })
    .where('id', '=', id)
    .execute();
}

export async function markOutboxRetry(
  tx: Tx,
  id: string,
  retry: { attempts: number; error: string; nextAttemptAt: Date },
): Promise<void> {
  await tx
    .updateTable('outbox_messages')
    .set({
      attempts: retry.attempts,
      last_error: retry.error,
      next_attempt_at: retry.nextAttemptAt,
    })
    .where('id', '=', id)
    .execute();
}

export async function markOutboxFailed(
  tx: Tx,
  id: string,
  failed: { attempts: number; error: string },
): Promise<void> {
  await tx
    .updateTable('outbox_messages')
    .set({
      status: 'failed',
      attempts: failed.attempts,
      last_error: failed.error,
      failed_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** Pending messages whose job seems lost, across organisations (ids only). */
export async function overdueOutboxMessages(
  db: Db,
  graceMinutes: number,
): Promise<Array<{ organisation_id: string; id: string }>> {
  const result = await sql<{ organisation_id: string; id: string }>`select * from
      kindred_outbox_overdue(${graceMinutes}::integer, 500)`.execute(db);
  return result.rows;
}
