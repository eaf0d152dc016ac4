import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, type TestOrganisation } from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { inOrganisation } from '../../db/database.ts';
import { streamSealedEvents } from './audit.repository.ts';
import { recordAudit } from './audit.ts';
import { auditHash, canonicalAuditForm, GENESIS_HASH, sealedAuditHash } from './audit-hash.ts';
import { sealAuditEvents } from './audit-sealer.ts';

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

/** Runs SQL as the app role, acting for the council, in a transaction that is rolled back. */
async function asApp(query: string) {
  const client = await context.appDb.pool.connect();
  try {
    await client.query('begin');
    await client.query("select set_config('kindred.organisation_id', $1, true)", [council.id]);
    return await client.query(query);
  } finally {
    await client.query('rollback');
    client.release();
  }
}

function councilEvents() {
  return context.ownerDb.db
    .selectFrom('audit_events')
    .selectAll()
    .where('organisation_id', '=', council.id)
    .orderBy('seq')
    .execute();
}

beforeAll(async () => {
  context = await createTestContext();
  council = await createOrganisation(context.ownerDb.db);
});
afterAll(() => context.close());

describe('the canonical form of events hashed before migration 008', () => {
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

describe('recording an event', () => {
  it('appends it unsealed: the database numbers it, and the sealer links it later', async () => {
    await audit('test.first', { fields: ['name'] });
    const [event] = await councilEvents();
    expect(event).toMatchObject({ action: 'test.first', chain_seq: null, hash: null });
    expect(event?.seq).toBeGreaterThan(0);
    expect(event?.occurred_at).toBeInstanceOf(Date);
  });

  it('is sealed with a hash that Kindred recomputes the same way, whatever the detail holds', async () => {
    const details = [
      { count: 2, nested: { b: 1, a: 2 }, list: [3, 1, 2] },
      { text: 'Zoë’s “quoted” \\ back\nslash\t😀', empty: '', none: null, yes: true },
      { number: 1.5, big: 12345678901234, negative: -0.25, tiny: 1e-7 },
      { 'key with spaces': { é: ['ü', { z: 1, aa: 2 }] } },
    ];
    for (const detail of details) await audit('test.detail', detail);
    await sealAuditEvents(context.appDb.db);
    let checked = 0;
    for await (const row of streamSealedEvents(context.ownerDb.db)) {
      if (row.organisation_id !== council.id) continue;
      const recomputed = sealedAuditHash({
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
      expect(recomputed).toBe(row.hash);
      checked += 1;
    }
    expect(checked).toBe(details.length + 1);
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

  it('rolls back its event with a change that fails', async () => {
    const before = (await councilEvents()).length;
    const change = inOrganisation(context.appDb.db, { organisationId: council.id }, async (tx) => {
      await recordAudit(tx, { organisationId: council.id, actorUserId: null, action: 'test.lost' });
      throw new Error('the change failed');
    });
    await expect(change).rejects.toThrow('the change failed');
    expect(await councilEvents()).toHaveLength(before);
  });
});

describe('what the app role cannot do to the audit trail', () => {
  it('cannot change or delete an event, sealed or not, nor set its hash', async () => {
    await audit('test.unsealed');
    for (const statement of [
      "update audit_events set action = 'test.forged'",
      "update audit_events set hash = repeat('f', 64), prev_hash = repeat('0', 64), chain_seq = 1 where chain_seq is null",
      'delete from audit_events',
      'truncate audit_events',
    ]) {
      await expect(asApp(statement), statement).rejects.toThrow(/permission denied/);
    }
  });

  it('cannot choose an event’s numbers, time, hashes or form: the database assigns them', async () => {
    for (const column of [
      'seq',
      'chain_seq',
      'prev_hash',
      'hash',
      'occurred_at',
      'canonical_form',
    ]) {
      const value = {
        seq: '999999',
        chain_seq: '999999',
        prev_hash: "repeat('0', 64)",
        hash: "repeat('f', 64)",
        occurred_at: "'2020-01-01'",
        canonical_form: '1',
      }[column];
      await expect(
        asApp(
          `insert into audit_events (organisation_id, action, ${column}) values ('${council.id}', 'test.forged', ${value})`,
        ),
        column,
        // seq is an identity column: PostgreSQL refuses a value for it before it checks privileges.
      ).rejects.toThrow(/permission denied|cannot insert a non-DEFAULT value/);
    }
  });

  it('cannot write the chain heads, nor call the sealer’s inner function', async () => {
    for (const statement of [
      `insert into audit_chain_heads values ('${council.id}', 99, repeat('0', 64))`,
      'update audit_chain_heads set last_seq = last_seq + 1',
      'delete from audit_chain_heads',
      `select kindred_seal_audit_chain('${council.id}', 10)`,
    ]) {
      await expect(asApp(statement), statement).rejects.toThrow(/permission denied/);
    }
  });

  it('can append any event its columns allow, and the council’s next action still works', async () => {
    const client = await context.appDb.pool.connect();
    try {
      await client.query('begin');
      await client.query("select set_config('kindred.organisation_id', $1, true)", [council.id]);
      await client.query(
        `insert into audit_events (organisation_id, action, detail) values ($1, 'test.planted', $2)`,
        [council.id, JSON.stringify({ deep: { deeper: ['x'.repeat(10_000)] } })],
      );
      await client.query('commit');
    } finally {
      client.release();
    }
    await audit('test.after-planted');
    const sealedBefore = (await councilEvents()).filter((row) => row.chain_seq !== null).length;
    await sealAuditEvents(context.appDb.db);
    const events = await councilEvents();
    expect(events.every((row) => row.chain_seq !== null)).toBe(true);
    expect(events.map((row) => row.action).slice(-2)).toEqual([
      'test.planted',
      'test.after-planted',
    ]);
    expect(events.length).toBeGreaterThan(sealedBefore);
  });
});

describe('what even the schema owner cannot do without switching the guard off', () => {
  it('cannot change a sealed event, delete one or truncate the table', async () => {
    await audit('test.owner');
    await sealAuditEvents(context.appDb.db);
    for (const statement of [
      sql`update audit_events set action = 'test.forged' where organisation_id = ${council.id}`,
      sql`delete from audit_events where organisation_id = ${council.id}`,
      sql`truncate audit_events`,
    ]) {
      await expect(statement.execute(context.ownerDb.db)).rejects.toThrow(/append-only/);
    }
  });

  it('cannot supply a hash: sealing by hand gets the hash the database computes', async () => {
    await audit('test.by-hand');
    const forged = context.ownerDb.db.transaction().execute(async (tx) => {
      const head = await tx
        .selectFrom('audit_chain_heads')
        .selectAll()
        .where('organisation_id', '=', council.id)
        .executeTakeFirstOrThrow();
      const { rows } = await sql<{ hash: string }>`
        update audit_events set chain_seq = ${head.last_seq + 1}, prev_hash = ${head.last_hash},
               hash = ${'f'.repeat(64)}
         where organisation_id = ${council.id} and chain_seq is null
        returning hash`.execute(tx);
      throw Object.assign(new Error('rollback'), { hashes: rows.map((row) => row.hash) });
    });
    const error = (await forged.catch((caught: unknown) => caught)) as { hashes: string[] };
    expect(error.hashes).toHaveLength(1);
    expect(error.hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(error.hashes[0]).not.toBe('f'.repeat(64));
  });
});
