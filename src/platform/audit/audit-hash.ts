import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Form 1: the fields an event hashed by the app before migration 008 covers (ADR 0008).
 * Those events stay in the chain and are still verified with this form.
 */
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
 * Form 1's canonical text: keys in a stable order and the time as UTC epoch milliseconds, so
 * the hash never depends on a session's time zone or key order.
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
  return sha256(canonicalAuditForm(event));
}

/**
 * Form 2: an event sealed by the database (migration 008, ADR 0016), as text exactly as
 * PostgreSQL prints it: the time as UTC epoch microseconds and `detail` as jsonb's own text.
 */
export interface SealedAuditEvent {
  organisationId: string;
  chainSeq: number;
  seq: number;
  occurredAtMicroseconds: string;
  actorUserId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  requestId: string | null;
  detailText: string;
  prevHash: string;
}

function field(name: string, value: string | number | null): string {
  if (value === null) return `${name}=-\n`;
  const text = String(value);
  return `${name}=${Buffer.byteLength(text, 'utf8')}:${text}\n`;
}

/**
 * Form 2's canonical text, written here independently of the database's
 * `kindred_audit_canonical_form()`, so that verifying does not trust the code that sealed.
 * Each field is `name=length:value` (UTF-8 bytes; `-` for none): no value can pass for another.
 */
export function sealedAuditForm(event: SealedAuditEvent): string {
  return [
    'kindred-audit-event-v2\n',
    field('organisation_id', event.organisationId),
    field('chain_seq', event.chainSeq),
    field('seq', event.seq),
    field('occurred_at', event.occurredAtMicroseconds),
    field('actor_user_id', event.actorUserId),
    field('action', event.action),
    field('subject_type', event.subjectType),
    field('subject_id', event.subjectId),
    field('request_id', event.requestId),
    field('detail', event.detailText),
    field('prev_hash', event.prevHash),
  ].join('');
}

export function sealedAuditHash(event: SealedAuditEvent): string {
  return sha256(sealedAuditForm(event));
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
