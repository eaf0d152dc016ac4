import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
} from '../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../tests/support/test-app.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { sealAuditEvents } from '../platform/audit/audit-sealer.ts';
import { inOrganisation } from './database.ts';

let context: TestContext;
let councilA: TestOrganisation;
let councilB: TestOrganisation;
let client: pg.PoolClient;

/** Runs raw SQL on the app role inside a transaction acting for `organisationId`. */
async function asOrganisation<T extends pg.QueryResultRow>(
  organisationId: string | null,
  text: string,
  values: unknown[] = [],
) {
  await client.query('begin');
  try {
    if (organisationId) {
      await client.query("select set_config('kindred.organisation_id', $1, true)", [
        organisationId,
      ]);
    }
    return await client.query<T>(text, values);
  } finally {
    await client.query('rollback');
  }
}

beforeAll(async () => {
  context = await createTestContext();
  councilA = await createOrganisation(context.ownerDb.db, 'Council A');
  councilB = await createOrganisation(context.ownerDb.db, 'Council B');
  await createUser(context.ownerDb.db, councilA, ['coordinator'], { email: 'same@example.org' });
  await createUser(context.ownerDb.db, councilB, ['coordinator'], { email: 'same@example.org' });
  for (const council of [councilA, councilB]) {
    await inOrganisation(context.appDb.db, { organisationId: council.id }, (tx) =>
      recordAudit(tx, { organisationId: council.id, actorUserId: null, action: 'test.seeded' }),
    );
  }
  // Chain heads are written by the sealer.
  await sealAuditEvents(context.appDb.db);
  client = await context.appDb.pool.connect();
});
afterAll(async () => {
  client.release();
  await context.close();
});

describe('row-level security on the app role', () => {
  it.each(['organisations', 'teams', 'users', 'audit_events', 'audit_chain_heads'])(
    'shows only the current organisation’s rows of %s',
    async (table) => {
      const column = table === 'organisations' ? 'id' : 'organisation_id';
      const rows = await asOrganisation<{ org: string }>(
        councilA.id,
        `select ${column} as org from ${table} where ${column} in ($1, $2)`,
        [councilA.id, councilB.id],
      );
      expect(rows.rowCount).toBeGreaterThan(0);
      expect(rows.rows.every((row) => row.org === councilA.id)).toBe(true);
    },
  );

  it('is forced on every table that holds an organisation’s data', async () => {
    const tables = await context.ownerDb.pool.query<{
      table: string;
      forced: boolean;
      policies: number;
    }>(
      `select c.relname as table, c.relrowsecurity and c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid and p.polname = 'organisation_isolation') as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organisation_id' and not a.attisdropped)`,
    );
    // Sessions are found by token before the organisation is known; they hold no case data.
    const caseTables = tables.rows.filter((row) => row.table !== 'sessions');
    expect(caseTables.map((row) => row.table)).toEqual(
      expect.arrayContaining([
        'users',
        'teams',
        'children',
        'referrals',
        'consents',
        'journeys',
        'case_notes',
      ]),
    );
    expect(caseTables.filter((row) => !row.forced || row.policies !== 1)).toEqual([]);
  });

  it('names the organisation once per query, not once per row, on every isolated table', async () => {
    const policies = await context.ownerDb.pool.query<{ table: string; qual: string }>(
      `select tablename as table, qual from pg_policies
        where schemaname = 'public' and policyname = 'organisation_isolation'`,
    );
    expect(policies.rowCount).toBeGreaterThan(10);
    // `(select kindred_current_organisation())` is an initplan: computed once, usable by an index.
    const perRow = policies.rows.filter(
      (row) =>
        !/= \( SELECT kindred_current_organisation\(\) AS kindred_current_organisation\)/.test(
          row.qual,
        ),
    );
    expect(perRow).toEqual([]);
  });

  it('shows nothing when no organisation is set', async () => {
    const users = await asOrganisation(null, 'select id from users');
    expect(users.rowCount).toBe(0);
  });

  it('cannot change another organisation’s rows, even by id', async () => {
    const result = await asOrganisation(
      councilA.id,
      "update users set display_name = 'Taken over' where organisation_id = $1",
      [councilB.id],
    );
    expect(result.rowCount).toBe(0);
    const deleted = await asOrganisation(councilA.id, 'delete from teams where id = $1', [
      councilB.teamId,
    ]);
    expect(deleted.rowCount).toBe(0);
    const stillThere = await context.ownerDb.db
      .selectFrom('teams')
      .select('id')
      .where('id', '=', councilB.teamId)
      .executeTakeFirst();
    expect(stillThere?.id).toBe(councilB.teamId);
  });

  it('refuses to write a row into another organisation', async () => {
    await expect(
      asOrganisation(
        councilA.id,
        "insert into teams (organisation_id, name) values ($1, 'Planted')",
        [councilB.id],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('does not let the app role switch the policy off', async () => {
    await expect(
      asOrganisation(councilA.id, 'alter table users disable row level security'),
    ).rejects.toThrow(/must be owner/);
    await expect(
      asOrganisation(councilA.id, 'set row_security = off; select id from users'),
    ).rejects.toThrow();
  });

  it('keeps the organisation out of the next transaction on the same connection', async () => {
    await client.query('begin');
    await client.query("select set_config('kindred.organisation_id', $1, true)", [councilA.id]);
    await client.query('commit');
    const after = await client.query('select id from users');
    expect(after.rowCount).toBe(0);
  });

  it('lets two organisations use the same email address, as unique keys include the organisation', async () => {
    const rows = await context.ownerDb.db
      .selectFrom('users')
      .select('organisation_id')
      .where('email', '=', 'same@example.org')
      .execute();
    expect(rows.map((row) => row.organisation_id).sort()).toEqual(
      [councilA.id, councilB.id].sort(),
    );
  });
});
