import type { Db } from '../../db/database.ts';
import {
  chainHeads,
  type StoredSealedEvent,
  streamSealedEvents,
  unsealedTail,
} from './audit.repository.ts';
import { auditHash, GENESIS_HASH, sealedAuditHash } from './audit-hash.ts';

export interface UnsealedTail {
  /** Committed events the sealer has not linked into the chain yet. */
  count: number;
  /** How long ago the oldest of them was written; null when there are none. */
  oldestAgeSeconds: number | null;
}

export interface BrokenLink {
  organisationId: string;
  /** The place in the chain (chain_seq) where it breaks. */
  seq: number;
  reason: string;
}

export type VerifyResult =
  | { ok: true; events: number; organisations: number; unsealed: UnsealedTail }
  | { ok: false; events: number; broken: BrokenLink; unsealed: UnsealedTail };

/** The hash an event should have, in the form it was sealed with. */
function expectedHash(row: StoredSealedEvent): string {
  if (row.canonical_form === 1) {
    return auditHash({
      organisationId: row.organisation_id,
      seq: row.chain_seq,
      occurredAt: new Date(Number(BigInt(row.occurred_at_us) / 1000n)),
      actorUserId: row.actor_user_id,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      requestId: row.request_id,
      detail: JSON.parse(row.detail_text) as Record<string, unknown>,
      prevHash: row.prev_hash,
    });
  }
  return sealedAuditHash({
    organisationId: row.organisation_id,
    chainSeq: row.chain_seq,
    seq: row.seq,
    occurredAtMicroseconds: row.occurred_at_us,
    actorUserId: row.actor_user_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    requestId: row.request_id,
    detailText: row.detail_text,
    prevHash: row.prev_hash,
  });
}

/**
 * Walks every organisation's sealed chain from its first event, recomputing each hash, and
 * reports the first broken link: a missing event, a wrong previous hash, contents that do not
 * match the hash, or a chain that ends before (or after) its recorded head. Events not sealed
 * yet are counted, not judged. Reads one snapshot, so a sealer running meanwhile changes nothing.
 */
export async function verifyAuditChain(ownerDb: Db): Promise<VerifyResult> {
  if (ownerDb.isTransaction) return verifySnapshot(ownerDb);
  return ownerDb
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute((tx) => verifySnapshot(tx));
}

async function verifySnapshot(db: Db): Promise<VerifyResult> {
  const unsealedRow = await unsealedTail(db);
  const unsealed = { count: unsealedRow.count, oldestAgeSeconds: unsealedRow.oldest_age_seconds };
  const heads = new Map((await chainHeads(db)).map((head) => [head.organisation_id, head]));
  let events = 0;
  const walked = new Set<string>();
  let current: string | null = null;
  let expectedSeq = 1;
  let expectedPrev = GENESIS_HASH;

  const fail = (organisationId: string, seq: number, reason: string): VerifyResult => ({
    ok: false,
    events,
    broken: { organisationId, seq, reason },
    unsealed,
  });
  // The head records the last sealed event: a chain that stops short of it has lost its end.
  const checkEnd = (organisationId: string, lastSeq: number, lastHash: string) => {
    const head = heads.get(organisationId);
    const headSeq = head?.last_seq ?? 0;
    if (headSeq > lastSeq) {
      return fail(
        organisationId,
        lastSeq + 1,
        `it is missing (the chain head records ${headSeq} events)`,
      );
    }
    if (headSeq < lastSeq || (head && head.last_hash !== lastHash)) {
      return fail(organisationId, lastSeq, 'it does not match the chain head');
    }
    return null;
  };

  for await (const row of streamSealedEvents(db)) {
    if (row.organisation_id !== current) {
      if (current) {
        const broken = checkEnd(current, expectedSeq - 1, expectedPrev);
        if (broken) return broken;
      }
      current = row.organisation_id;
      walked.add(current);
      expectedSeq = 1;
      expectedPrev = GENESIS_HASH;
    }
    if (row.chain_seq !== expectedSeq) {
      return fail(
        row.organisation_id,
        expectedSeq,
        `it is missing (the next event found is ${row.chain_seq})`,
      );
    }
    if (row.prev_hash !== expectedPrev) {
      return fail(row.organisation_id, row.chain_seq, 'it does not point at the previous event');
    }
    if (expectedHash(row) !== row.hash) {
      return fail(row.organisation_id, row.chain_seq, 'its contents do not match its hash');
    }
    events += 1;
    expectedSeq += 1;
    expectedPrev = row.hash;
  }
  if (current) {
    const broken = checkEnd(current, expectedSeq - 1, expectedPrev);
    if (broken) return broken;
  }
  for (const [organisationId, head] of heads) {
    if (!walked.has(organisationId) && head.last_seq > 0) {
      return fail(
        organisationId,
        1,
        `it is missing (the chain head records ${head.last_seq} events)`,
      );
    }
  }
  return { ok: true, events, organisations: walked.size, unsealed };
}
