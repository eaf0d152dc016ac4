import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields that the hash covers, in the shape they are stored. */
export interface ChainedAuditEvent {
  organisationId: string;
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * A canonical text for an event: keys in a stable order and the time as UTC epoch
 * milliseconds, so the hash never depends on a session's time zone or key order.
 */
export function canonicalAuditForm(event: ChainedAuditEvent): string {
  return JSON.stringify(
    sortKeys({
      action: event.action,
      actorUserId: event.actorUserId,
      detail: event.detail,
      occurredAt: event.occurredAt.getTime(),
      organisationId: event.organisationId,
      prevHash: event.prevHash,
      requestId: event.requestId,
      seq: event.seq,
      subjectId: event.subjectId,
      subjectType: event.subjectType,
    }),
  );
}

export function auditHash(event: ChainedAuditEvent): string {
  return createHash('sha256').update(canonicalAuditForm(event)).digest('hex');
}
