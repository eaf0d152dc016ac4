import type { Tx } from '../../db/database.ts';
import { appendEvent } from './audit.repository.ts';

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
 * Writes an audit event in the caller's transaction. If this fails the caller's transaction
 * fails with it: no change goes unrecorded. The event is appended without waiting for any
 * other request; the sealer links it into the organisation's hash chain once it is committed
 * (see `audit-sealer.ts` and ADR 0016).
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await appendEvent(tx, {
    organisationId: entry.organisationId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    requestId: entry.requestId ?? null,
    detail: entry.detail ?? {},
  });
}
