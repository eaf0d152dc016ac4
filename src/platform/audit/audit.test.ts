import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, type TestOrganisation } from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { inOrganisation } from '../../db/database.ts';
import { recordAudit } from './audit.ts';
import { auditHash, canonicalAuditForm, GENESIS_HASH } from './audit-hash.ts';
import { verifyAuditChain } from './audit-verify.ts';

let context: TestContext;
let council: TestOrganisation;

async function audit(action: string, detail: Record<string, unknown> = {}) {
  await inOrganisation(context.appDb.db, { organisationId: council.id }, (tx) =>
    recordAudit(tx, {
      organisationId: council.id,
      actorUserId: null,
      action,
      subjectType: 'test',
      subjectId: 'subject-1',
      detail,
    }),
  );
}

beforeAll(async () => {
  context = await createTestContext();
  council = await createOrganisation(context.ownerDb.db);
});
afterAll(() => context.close());

describe('the canonical form', () => {
  const event = {
    organisationId: 'org',
    seq: 1,
    occurredAt: new Date('2026-03-01T12:00:00.123Z'),
    actorUserId: null,
    action: 'user.created',
    subjectType: 'user',
    subjectId: 'u1',
    requestId: 'r1',
    detail: { roles: ['iro'], changed: ['email', 'roles'] },
    prevHash: GENESIS_HASH,
  };

  it('does not depend on the order of keys', () => {
    const reordered = { ...event, detail: { changed: ['email', 'roles'], roles: ['iro'] } };
    expect(canonicalAuditForm(reordered)).toBe(canonicalAuditForm(event));
    expect(auditHash(reordered)).toBe(auditHash(event));
  });

  it('records the time as UTC epoch milliseconds', () => {
    expect(canonicalAuditForm(event)).toContain('"occurredAt":1772366400123');
  });

  it('changes when anything in the event changes', () => {
    expect(auditHash({ ...event, action: 'user.deleted' })).not.toBe(auditHash(event));
    expect(auditHash({ ...event, prevHash: 'f'.repeat(64) })).not.toBe(auditHash(event));
  });
});

describe('the audit trail', () => {
  it('chains each organisation’s events and verifies whole', async () => {
    await audit('test.first', { fields: ['name'] });
    await audit('test.second', { count: 2, nested: { b: 1, a: 2 } });
    const rows = await context.ownerDb.db
      .selectFrom('audit_events')
      .selectAll()
      .where('organisation_id', '=', council.id)
      .orderBy('seq')
      .execute();
    expect(rows.map((row) => row.seq)).toEqual([1, 2]);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    const result = await verifyAuditChain(context.ownerDb.db);
    expect(result.ok).toBe(true);
  });

  it('keeps one unbroken chain when many requests write at once', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, index) => audit('test.concurrent', { index })),
    );
    const result = await verifyAuditChain(context.ownerDb.db);
    expect(result).toMatchObject({ ok: true });
  });

  it('verifies in any session time zone', async () => {
    await context.ownerDb.db.connection().execute(async (connection) => {
      await sql`set time zone 'Pacific/Chatham'`.execute(connection);
      expect((await verifyAuditChain(connection)).ok).toBe(true);
      await sql`reset time zone`.execute(connection);
    });
  });

  it('refuses to change or delete an event, for the app role and for the owner', async () => {
    const update = inOrganisation(context.appDb.db, { organisationId: council.id }, (tx) =>
      sql`update audit_events set action = 'test.forged' where organisation_id = ${council.id}`.execute(
        tx,
      ),
    );
    await expect(update).rejects.toThrow(/permission denied/);
    const remove = inOrganisation(context.appDb.db, { organisationId: council.id }, (tx) =>
      sql`delete from audit_events where organisation_id = ${council.id}`.execute(tx),
    );
    await expect(remove).rejects.toThrow(/permission denied/);
    await expect(
      sql`update audit_events set action = 'test.forged' where organisation_id = ${council.id}`.execute(
        context.ownerDb.db,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_events`.execute(context.ownerDb.db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('finds the first broken link when an event has been tampered with', async () => {
    const tampered = context.ownerDb.db.transaction().execute(async (tx) => {
      // Only the table's owner can switch the guard off, and only inside this rolled-back test.
      await sql`alter table audit_events disable trigger audit_events_append_only`.execute(tx);
      await sql`update audit_events set detail = '{"fields":["forged"]}'
                where organisation_id = ${council.id} and seq = 1`.execute(tx);
      const result = await verifyAuditChain(tx);
      throw Object.assign(new Error('rollback'), { result });
    });
    const error = (await tampered.catch((caught: unknown) => caught)) as { result: unknown };
    expect(error.result).toMatchObject({
      ok: false,
      broken: { organisationId: council.id, seq: 1, reason: 'its contents do not match its hash' },
    });
    expect((await verifyAuditChain(context.ownerDb.db)).ok).toBe(true);
  });

  it('rolls back the change when its audit event cannot be written', async () => {
    const change = inOrganisation(context.appDb.db, { organisationId: council.id }, async (tx) => {
      await tx
        .insertInto('teams')
        .values({ organisation_id: council.id, name: 'Never saved' })
        .execute();
      await recordAudit(tx, {
        organisationId: council.id,
        actorUserId: null,
        action: 'Not A Valid Action',
      });
    });
    await expect(change).rejects.toThrow();
    const team = await context.ownerDb.db
      .selectFrom('teams')
      .select('id')
      .where('name', '=', 'Never saved')
      .executeTakeFirst();
    expect(team).toBeUndefined();
  });
});
