import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../../tests/support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import {
  connectDatabase,
  type DatabaseHandle,
  inOrganisation,
  type Tx,
} from '../../db/database.ts';
import { recordAudit } from './audit.ts';
import { GENESIS_HASH } from './audit-hash.ts';
import { sealAuditEvents, startAuditSealer } from './audit-sealer.ts';
import { verifyAuditChain } from './audit-verify.ts';

// A database of its own: these tests break chains on purpose and check every organisation's.
const silent = pino({ level: 'silent' });
let database: TestDatabase;
let owner: DatabaseHandle;
let app: DatabaseHandle;

function record(tx: Tx, organisationId: string, action: string) {
  return recordAudit(tx, { organisationId, actorUserId: null, action });
}

async function audit(organisationId: string, action: string) {
  await inOrganisation(app.db, { organisationId }, (tx) => record(tx, organisationId, action));
}

function chain(organisationId: string) {
  return owner.db
    .selectFrom('audit_events')
    .select(['seq', 'chain_seq', 'action', 'prev_hash', 'hash'])
    .where('organisation_id', '=', organisationId)
    .orderBy('chain_seq')
    .orderBy('seq')
    .execute();
}

async function newCouncil() {
  return (await createOrganisation(owner.db)).id;
}

/** Runs `change` as the owner in a transaction that is always rolled back, and returns the
 * verifier's answer from inside it. */
async function verifyAfter(change: (tx: Tx) => Promise<unknown>) {
  const attempt = owner.db.transaction().execute(async (tx) => {
    // Only the table's owner can switch the guard off, and only inside this rolled-back test.
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(tx);
    await change(tx);
    throw Object.assign(new Error('rollback'), { result: await verifyAuditChain(tx) });
  });
  return ((await attempt.catch((error: unknown) => error)) as { result: unknown }).result;
}

beforeAll(async () => {
  database = await createTestDatabase('sealer');
  owner = connectDatabase(database.ownerUrl, silent, { max: 2 });
  app = connectDatabase(database.appUrl, silent, { max: 24 });
});
afterAll(async () => {
  await app.close();
  await owner.close();
  await database.teardown();
});

describe('sealing the audit chain', () => {
  it('seals an unsealed tail in append order, and the chain verifies', async () => {
    const council = await newCouncil();
    for (const action of ['test.first', 'test.second', 'test.third']) await audit(council, action);
    expect(await verifyAuditChain(owner.db)).toMatchObject({ ok: true, unsealed: { count: 3 } });

    expect(await sealAuditEvents(app.db)).toBe(3);
    const events = await chain(council);
    expect(events.map((event) => [event.chain_seq, event.action])).toEqual([
      [1, 'test.first'],
      [2, 'test.second'],
      [3, 'test.third'],
    ]);
    expect(events[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(events[1]?.prev_hash).toBe(events[0]?.hash);
    expect(events[2]?.prev_hash).toBe(events[1]?.hash);
    expect(await verifyAuditChain(owner.db)).toMatchObject({ ok: true, unsealed: { count: 0 } });
    expect(await sealAuditEvents(app.db)).toBe(0);
  });

  it('never seals an uncommitted event; one that commits late joins the chain later', async () => {
    const council = await newCouncil();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let appended = () => {};
    const isAppended = new Promise<void>((resolve) => {
      appended = resolve;
    });
    // The slow transaction takes its append number first, and commits last.
    const slow = inOrganisation(app.db, { organisationId: council }, async (tx) => {
      await record(tx, council, 'test.slow');
      appended();
      await held;
    });
    await isAppended;
    try {
      await audit(council, 'test.quick');
      await sealAuditEvents(app.db);
      // Nobody else sees the slow event before it commits; the sealer did not wait for it.
      expect((await chain(council)).map((event) => [event.chain_seq, event.action])).toEqual([
        [1, 'test.quick'],
      ]);
    } finally {
      release();
      await slow;
    }
    expect((await chain(council)).map((event) => [event.chain_seq, event.action])).toEqual([
      [1, 'test.quick'],
      [null, 'test.slow'],
    ]);
    await sealAuditEvents(app.db);
    const events = await chain(council);
    expect(events.map((event) => [event.chain_seq, event.action])).toEqual([
      [1, 'test.quick'],
      [2, 'test.slow'],
    ]);
    expect(events[1]?.seq).toBeLessThan(events[0]?.seq ?? 0);
    expect(await verifyAuditChain(owner.db)).toMatchObject({ ok: true });
  });

  it('lets 20 writers in one organisation hold their transactions open together', async () => {
    const council = await newCouncil();
    const writers = 20;
    let inserted = 0;
    let allInserted = () => {};
    const barrier = new Promise<void>((resolve) => {
      allInserted = resolve;
    });
    // Each writer appends, then waits for every other writer to have appended before it
    // commits. Had any writer to wait for another's commit (as with a locked chain head), none
    // could pass the barrier and the test would time out.
    await Promise.all(
      Array.from({ length: writers }, (_, index) =>
        inOrganisation(app.db, { organisationId: council }, async (tx) => {
          await record(tx, council, `test.writer-${index}`);
          inserted += 1;
          if (inserted === writers) allInserted();
          await barrier;
        }),
      ),
    );
    await sealAuditEvents(app.db);
    const events = await chain(council);
    expect(events.map((event) => event.chain_seq)).toEqual(
      Array.from({ length: writers }, (_, index) => index + 1),
    );
    expect(new Set(events.map((event) => event.action)).size).toBe(writers);
    expect(await verifyAuditChain(owner.db)).toMatchObject({ ok: true });
  });

  it('seals each event once when several sealers run at the same time', async () => {
    const councils = [await newCouncil(), await newCouncil()];
    for (let index = 0; index < 60; index += 1) {
      await audit(councils[index % 2] ?? '', `test.event-${index}`);
    }
    const sealed = await Promise.all(Array.from({ length: 4 }, () => sealAuditEvents(app.db)));
    expect(sealed.reduce((sum, count) => sum + count, 0)).toBe(60);
    for (const council of councils) {
      expect((await chain(council)).map((event) => event.chain_seq)).toEqual(
        Array.from({ length: 30 }, (_, index) => index + 1),
      );
    }
    expect(await verifyAuditChain(owner.db)).toMatchObject({ ok: true });
  });
});

describe('after a crash between append and seal', () => {
  it('seals the committed events when Kindred starts again, and loses no chain link', async () => {
    const council = await newCouncil();
    // The first Kindred: three events committed, one transaction cut off before its commit,
    // and no sealer ever ran.
    const first = connectDatabase(database.appUrl, silent, { max: 2 });
    for (const action of ['test.one', 'test.two', 'test.three']) {
      await inOrganisation(first.db, { organisationId: council }, (tx) =>
        record(tx, council, action),
      );
    }
    const cutOff = inOrganisation(first.db, { organisationId: council }, async (tx) => {
      await record(tx, council, 'test.never-committed');
      await sql`select pg_terminate_backend(pg_backend_pid())`.execute(tx);
    });
    await expect(cutOff).rejects.toThrow();
    await first.close();
    expect(await verifyAuditChain(owner.db)).toMatchObject({ ok: true, unsealed: { count: 3 } });

    // The next Kindred: its sealer seals the tail, at the latest when it stops.
    const next = connectDatabase(database.appUrl, silent, { max: 2 });
    const sealer = startAuditSealer(next.db, silent, 60_000);
    await sealer.stop();
    await next.close();
    expect((await chain(council)).map((event) => [event.chain_seq, event.action])).toEqual([
      [1, 'test.one'],
      [2, 'test.two'],
      [3, 'test.three'],
    ]);
    expect(await verifyAuditChain(owner.db)).toMatchObject({ ok: true, unsealed: { count: 0 } });
  });
});

describe('verifying the sealed chain', () => {
  let council: string;
  beforeAll(async () => {
    council = await newCouncil();
    for (const action of ['test.a', 'test.b', 'test.c']) await audit(council, action);
    await sealAuditEvents(app.db);
  });

  it('names an edited event', async () => {
    const result = await verifyAfter((tx) =>
      sql`update audit_events set action = 'test.forged'
          where organisation_id = ${council} and chain_seq = 2`.execute(tx),
    );
    expect(result).toMatchObject({
      ok: false,
      broken: { organisationId: council, seq: 2, reason: 'its contents do not match its hash' },
    });
  });

  it('names a deleted event in the middle of the chain', async () => {
    const result = await verifyAfter((tx) =>
      sql`delete from audit_events where organisation_id = ${council} and chain_seq = 2`.execute(
        tx,
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      broken: {
        organisationId: council,
        seq: 2,
        reason: 'it is missing (the next event found is 3)',
      },
    });
  });

  it('names a deleted last event, from the chain head', async () => {
    const result = await verifyAfter((tx) =>
      sql`delete from audit_events where organisation_id = ${council} and chain_seq = 3`.execute(
        tx,
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      broken: {
        organisationId: council,
        seq: 3,
        reason: 'it is missing (the chain head records 3 events)',
      },
    });
  });

  it('is whole again once nothing was changed, in any session time zone', async () => {
    await owner.db.connection().execute(async (connection) => {
      await sql`set time zone 'Pacific/Chatham'`.execute(connection);
      expect(await verifyAuditChain(connection)).toMatchObject({ ok: true });
      await sql`reset time zone`.execute(connection);
    });
  });
});

describe('one organisation’s broken chain', () => {
  it('stops neither its own requests nor another organisation’s sealing', async () => {
    const broken = await newCouncil();
    const other = await newCouncil();
    await audit(broken, 'test.sealed');
    await sealAuditEvents(app.db);
    // Corrupt the head as only the owner could: the next seal for this council cannot fit.
    await sql`update audit_chain_heads set last_seq = 0 where organisation_id = ${broken}`.execute(
      owner.db,
    );
    try {
      await audit(broken, 'test.still-works');
      await audit(other, 'test.other');
      const problems: unknown[] = [];
      const logger = pino({ level: 'error' }, { write: (line: string) => problems.push(line) });
      await sealAuditEvents(app.db, logger);
      expect((await chain(other)).map((event) => event.chain_seq)).toEqual([1]);
      expect((await chain(broken)).map((event) => event.chain_seq)).toEqual([1, null]);
      expect(problems.join('')).toContain(broken);
    } finally {
      await sql`update audit_chain_heads set last_seq = 1 where organisation_id = ${broken}`.execute(
        owner.db,
      );
      await sealAuditEvents(app.db);
    }
    expect(await verifyAuditChain(owner.db)).toMatchObject({ ok: true });
  });
});
