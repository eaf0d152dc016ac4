import type { Tx } from '../../db/database.ts';
import { appendEvent, lockChainHead } from './audit.repository.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';

export interface AuditEntry {
  organisationId: string;
  actorUserId: string | null;
  /** What happened, as `subject.verb`: `user.created`, `child.viewed`, `session.signed-in`. */
  action: string;
  subjectType?: string;
  subjectId?: string;
  requestId?: string;
  /** Field names and codes only: never names, addresses or free text about a person. */
  detail?: Record<string, unknown>;
}

/**
 * Writes an audit event in the caller's transaction, chained to the organisation's previous
 * event. If this fails the caller's transaction fails with it: no change goes unrecorded.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const head = await lockChainHead(tx, entry.organisationId, GENESIS_HASH);
  const event = {
    organisationId: entry.organisationId,
    seq: head.last_seq + 1,
    occurredAt: new Date(),
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    requestId: entry.requestId ?? null,
    detail: entry.detail ?? {},
    prevHash: head.last_hash,
  };
  await appendEvent(tx, event, auditHash(event));
}
