import { type RawBuilder, sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';

export interface NewAuditEvent {
  organisationId: string;
  actorUserId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

/**
 * Appends an event in the caller's transaction. The database numbers it, times it and later
 * seals it; nothing here touches a row that another request also writes, so nothing waits.
 */
export async function appendEvent(tx: Tx, event: NewAuditEvent): Promise<void> {
  await tx
    .insertInto('audit_events')
    .values({
      organisation_id: event.organisationId,
      actor_user_id: event.actorUserId,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      request_id: event.requestId,
      detail: JSON.stringify(event.detail),
    })
    .execute();
}

export interface SealRound {
  organisationId: string;
  sealed: number;
  problem: string | null;
}

/** One sealing round, through the database's narrow sealing function (migration 008). */
export async function sealUnsealedEvents(db: Db, maxPerOrganisation: number): Promise<SealRound[]> {
  const result = await sql<{ organisation_id: string; sealed: number; problem: string | null }>`
    select organisation_id, sealed, problem from kindred_seal_audit_events(${maxPerOrganisation}::integer)`.execute(
    db,
  );
  return result.rows.map((row) => ({
    organisationId: row.organisation_id,
    sealed: row.sealed,
    problem: row.problem,
  }));
}

export interface StoredSealedEvent {
  organisation_id: string;
  chain_seq: number;
  seq: number;
  canonical_form: number;
  occurred_at_us: string;
  actor_user_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  request_id: string | null;
  detail_text: string;
  prev_hash: string;
  hash: string;
}

/**
 * Every sealed event, organisation by organisation, in chain order. Read as the schema owner.
 * The time and detail come as PostgreSQL's own text, which is what the hash covers.
 */
export async function* streamSealedEvents(
  db: Db,
  batchSize = 1000,
): AsyncGenerator<StoredSealedEvent> {
  let after: { organisationId: string; chainSeq: number } | null = null;
  for (;;) {
    const from: RawBuilder<unknown> = after
      ? sql`and (organisation_id, chain_seq) > (${after.organisationId}::uuid, ${after.chainSeq})`
      : sql``;
    const { rows } = await sql<StoredSealedEvent>`
      select organisation_id, chain_seq, seq, canonical_form,
             ((extract(epoch from occurred_at) * 1000000)::bigint)::text as occurred_at_us,
             actor_user_id, action, subject_type, subject_id, request_id,
             detail::text as detail_text, prev_hash, hash
        from audit_events
       where chain_seq is not null ${from}
       order by organisation_id, chain_seq
       limit ${batchSize}`.execute(db);
    yield* rows;
    const last: StoredSealedEvent | undefined = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { organisationId: last.organisation_id, chainSeq: last.chain_seq };
  }
}

export async function chainHeads(db: Db) {
  return db.selectFrom('audit_chain_heads').selectAll().execute();
}

/** How many events wait to be sealed, and how long the oldest has waited, in seconds. */
export async function unsealedTail(db: Db) {
  const { rows } = await sql<{ count: number; oldest_age_seconds: number | null }>`
    select count(*)::int as count,
           extract(epoch from clock_timestamp() - min(occurred_at))::float8 as oldest_age_seconds
      from audit_events where chain_seq is null`.execute(db);
  return rows[0] ?? { count: 0, oldest_age_seconds: null };
}
