import type { Db } from '../../db/database.ts';
import { streamAllEvents } from './audit.repository.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';

export type VerifyResult =
  | { ok: true; events: number; organisations: number }
  | {
      ok: false;
      events: number;
      broken: { organisationId: string; seq: number; reason: string };
    };

/** Walks every organisation's chain from its first event and reports the first broken link. */
export async function verifyAuditChain(ownerDb: Db): Promise<VerifyResult> {
  let events = 0;
  let organisations = 0;
  let current: string | null = null;
  let expectedSeq = 1;
  let expectedPrev = GENESIS_HASH;
  for await (const row of streamAllEvents(ownerDb)) {
    if (row.organisation_id !== current) {
      current = row.organisation_id;
      organisations += 1;
      expectedSeq = 1;
      expectedPrev = GENESIS_HASH;
    }
    const fail = (reason: string): VerifyResult => ({
      ok: false,
      events,
      broken: { organisationId: row.organisation_id, seq: row.seq, reason },
    });
    if (row.seq !== expectedSeq) return fail(`expected event ${expectedSeq}, found ${row.seq}`);
    if (row.prev_hash !== expectedPrev) return fail('does not point at the previous event');
    const hash = auditHash({
      organisationId: row.organisation_id,
      seq: row.seq,
      occurredAt: row.occurred_at,
      actorUserId: row.actor_user_id,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      requestId: row.request_id,
      detail: row.detail,
      prevHash: row.prev_hash,
    });
    if (hash !== row.hash) return fail('its contents do not match its hash');
    events += 1;
    expectedSeq += 1;
    expectedPrev = row.hash;
  }
  return { ok: true, events, organisations };
}
