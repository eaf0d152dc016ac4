import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../../tests/support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { connectDatabase, type DatabaseHandle, inOrganisation } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { recordAudit } from './audit.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';
import { sealAuditEvents } from './audit-sealer.ts';
import { verifyAuditChain } from './audit-verify.ts';

// A database of its own, migrated up to 007 first: the chains written before 008 are hashed by
// the app, each event locking its organisation's head, as ADR 0008 describes.
const silent = pino({ level: 'silent' });
let database: TestDatabase;
let owner: DatabaseHandle;
let app: DatabaseHandle;
const councils: string[] = [];

/** An event written the way Kindred wrote them before migration 008. */
async function recordBefore008(organisationId: string, action: string) {
  await inOrganisation(app.db, { organisationId }, async (tx) => {
    await sql`insert into audit_chain_heads (organisation_id, last_seq, last_hash)
              values (${organisationId}, 0, ${GENESIS_HASH}) on conflict do nothing`.execute(tx);
    const { rows } = await sql<{ last_seq: number; last_hash: string }>`
      select last_seq, last_hash from audit_chain_heads
       where organisation_id = ${organisationId} for update`.execute(tx);
    const head = rows[0] ?? { last_seq: 0, last_hash: GENESIS_HASH };
    const event = {
      organisationId,
      seq: head.last_seq + 1,
      occurredAt: new Date(),
      actorUserId: null,
      action,
      subjectType: 'test',
      subjectId: 'subject-1',
      requestId: null,
      detail: { fields: ['name'], count: head.last_seq },
      prevHash: head.last_hash,
    };
    const hash = auditHash(event);
    await sql`insert into audit_events (organisation_id, seq, occurred_at, actor_user_id, action,
                subject_type, subject_id, request_id, detail, prev_hash, hash)
              values (${organisationId}, ${event.seq}, ${event.occurredAt}, null, ${action},
                'test', 'subject-1', null, ${JSON.stringify(event.detail)}, ${event.prevHash}, ${hash})`.execute(
      tx,
    );
    await sql`update audit_chain_heads set last_seq = ${event.seq}, last_hash = ${hash}
               where organisation_id = ${organisationId}`.execute(tx);
  });
}

beforeAll(async () => {
  database = await createTestDatabase('audit008', { migrateBefore: '008' });
  owner = connectDatabase(database.ownerUrl, silent, { max: 2 });
  app = connectDatabase(database.appUrl, silent, { max: 2 });
  for (const events of [3, 2]) {
    const council = (await createOrganisation(owner.db)).id;
    councils.push(council);
    for (let index = 0; index < events; index += 1) {
      await recordBefore008(council, `test.before-${index + 1}`);
    }
  }
  await migrate(database.ownerUrl, database.appRole);
});
afterAll(async () => {
  await app.close();
  await owner.close();
  await database.teardown();
});

describe('migration 008', () => {
  it('keeps the chains written before it whole, with their numbers', async () => {
    expect(await verifyAuditChain(owner.db)).toMatchObject({
      ok: true,
      events: 5,
      organisations: 2,
      unsealed: { count: 0 },
    });
    const events = await owner.db
      .selectFrom('audit_events')
      .select(['seq', 'chain_seq', 'canonical_form'])
      .where('organisation_id', '=', councils[0] ?? '')
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      { seq: 1, chain_seq: 1, canonical_form: 1 },
      { seq: 2, chain_seq: 2, canonical_form: 1 },
      { seq: 3, chain_seq: 3, canonical_form: 1 },
    ]);
  });

  it('continues each chain from its last event, sealed by the database', async () => {
    const council = councils[0] ?? '';
    await inOrganisation(app.db, { organisationId: council }, (tx) =>
      recordAudit(tx, { organisationId: council, actorUserId: null, action: 'test.after' }),
    );
    await sealAuditEvents(app.db);
    const events = await owner.db
      .selectFrom('audit_events')
      .select(['seq', 'chain_seq', 'canonical_form', 'prev_hash', 'hash', 'action'])
      .where('organisation_id', '=', council)
      .orderBy('chain_seq')
      .execute();
    const [third, fourth] = events.slice(2);
    expect(fourth).toMatchObject({ action: 'test.after', chain_seq: 4, canonical_form: 2 });
    expect(fourth?.seq).toBeGreaterThan(3);
    expect(fourth?.prev_hash).toBe(third?.hash);
    expect(await verifyAuditChain(owner.db)).toMatchObject({ ok: true, events: 6 });
  });

  it('still finds an edit to an event hashed before it', async () => {
    const council = councils[1] ?? '';
    const attempt = owner.db.transaction().execute(async (tx) => {
      await sql`alter table audit_events disable trigger audit_events_append_only`.execute(tx);
      await sql`update audit_events set detail = '{"fields":["forged"]}'
                 where organisation_id = ${council} and chain_seq = 1`.execute(tx);
      throw Object.assign(new Error('rollback'), { result: await verifyAuditChain(tx) });
    });
    const { result } = (await attempt.catch((error: unknown) => error)) as { result: unknown };
    expect(result).toMatchObject({
      ok: false,
      broken: { organisationId: council, seq: 1, reason: 'its contents do not match its hash' },
    });
  });
});
