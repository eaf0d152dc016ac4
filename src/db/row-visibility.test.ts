import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEveryTable } from '../../tests/support/every-table-seed.ts';
import { createTestContext, type TestContext } from '../../tests/support/test-app.ts';
import { type Cast, createCast } from '../features/journeys/journeys-test-support.ts';

/**
 * Row visibility, generated from the catalogue: for every table with an `organisation_id`, the
 * app role sees only the rows of the organisation its transaction acts for, and nothing at all
 * when none is set. A new table joins by itself; if the seed (tests/support/every-table-seed.ts)
 * puts no row in it, the test says so, and the seed must learn to fill it.
 */
let context: TestContext;
let councils: Cast[];
let tables: string[];
let client: pg.PoolClient;

/** The app role, in a transaction acting for `organisationId` (or none), undone afterwards. */
async function asAppRole(organisationId: string | null, text: string) {
  await client.query('begin');
  try {
    if (organisationId) {
      await client.query("select set_config('kindred.organisation_id', $1, true)", [
        organisationId,
      ]);
    }
    return await client.query<{ organisation_id: string }>(text);
  } finally {
    await client.query('rollback');
  }
}

function columnOf(table: string): string {
  return table === 'organisations' ? 'id' : 'organisation_id';
}

beforeAll(async () => {
  context = await createTestContext();
  councils = [await createCast(context.ownerDb.db), await createCast(context.ownerDb.db)];
  for (const cast of councils) await seedEveryTable(context.ownerDb.db, cast);
  const catalogue = await context.ownerDb.pool.query<{ table_name: string }>(
    `select c.table_name from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and c.column_name = 'organisation_id'
        and t.table_type = 'BASE TABLE'
      order by c.table_name`,
  );
  tables = ['organisations', ...catalogue.rows.map((row) => row.table_name)];
  client = await context.appDb.pool.connect();
});
afterAll(async () => {
  client.release();
  await context.close();
});

describe('rows of another organisation, for every table with an organisation', () => {
  it('finds the tables in the catalogue', () => {
    expect(tables).toEqual(
      expect.arrayContaining(['children', 'referrals', 'journeys', 'case_notes', 'sessions']),
    );
  });

  it('are seeded in both organisations, so the checks below prove something', async () => {
    const [a, b] = councils.map((cast) => cast.organisation.id);
    const empty: string[] = [];
    for (const table of tables) {
      const column = columnOf(table);
      const rows = await context.ownerDb.pool.query<{ n: number }>(
        `select count(distinct ${column})::int as n from ${table} where ${column} in ($1, $2)`,
        [a, b],
      );
      if (rows.rows[0]?.n !== 2) empty.push(table);
    }
    expect(empty, 'add a row of these tables to seedEveryTable()').toEqual([]);
  });

  it('are invisible to the app role, and with no organisation set it sees nothing', async () => {
    const wrong: string[] = [];
    for (const table of tables) {
      const column = columnOf(table);
      for (const cast of councils) {
        const own = cast.organisation.id;
        let seen: string[];
        try {
          const rows = await asAppRole(own, `select ${column} as organisation_id from ${table}`);
          seen = rows.rows.map((row) => row.organisation_id);
          if (!seen.includes(own)) wrong.push(`${table}: cannot see its own rows`);
        } catch (error) {
          // Closed to the app role altogether (sessions, sign-in failures): invisible too.
          if (!/permission denied/.test(String(error))) throw error;
          continue;
        }
        if (seen.some((id) => id !== own)) wrong.push(`${table}: shows another organisation`);
      }
      try {
        const none = await asAppRole(null, `select 1 from ${table}`);
        if (none.rowCount !== 0) wrong.push(`${table}: shows rows with no organisation set`);
      } catch (error) {
        if (!/permission denied/.test(String(error))) throw error;
      }
    }
    expect(wrong).toEqual([]);
  });
});
