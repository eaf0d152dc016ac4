import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import type { ChainedAuditEvent } from './audit-hash.ts';

/** Locks the organisation's chain head for the rest of the transaction and returns it. */
export async function lockChainHead(tx: Tx, organisationId: string, genesis: string) {
  await tx
    .insertInto('audit_chain_heads')
    .values({ organisation_id: organisationId, last_seq: 0, last_hash: genesis })
    .onConflict((conflict) => conflict.column('organisation_id').doNothing())
    .execute();
  return tx
    .selectFrom('audit_chain_heads')
    .select(['last_seq', 'last_hash'])
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function appendEvent(tx: Tx, event: ChainedAuditEvent, hash: string): Promise<void> {
  await tx
    .insertInto('audit_events')
    .values({
      organisation_id: event.organisationId,
      seq: event.seq,
      occurred_at: event.occurredAt,
      actor_user_id: event.actorUserId,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      request_id: event.requestId,
      detail: JSON.stringify(event.detail),
      prev_hash: event.prevHash,
      hash,
    })
    .execute();
  await tx
    .updateTable('audit_chain_heads')
    .set({ last_seq: event.seq, last_hash: hash })
    .where('organisation_id', '=', event.organisationId)
    .execute();
}

/** Every event, organisation by organisation, in chain order. Read as the schema owner. */
export async function* streamAllEvents(db: Db, batchSize = 1000) {
  let after: { organisationId: string; seq: number } | null = null;
  for (;;) {
    let query = db
      .selectFrom('audit_events')
      .selectAll()
      .orderBy('organisation_id')
      .orderBy('seq')
      .limit(batchSize);
    if (after) {
      const { organisationId, seq } = after;
      query = query.where(sql<boolean>`(organisation_id, seq) > (${organisationId}::uuid, ${seq})`);
    }
    const rows = await query.execute();
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { organisationId: last.organisation_id, seq: last.seq };
  }
}
