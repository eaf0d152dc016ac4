import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { installJobsSchema } from '../platform/jobs/jobs-schema.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Applies the SQL migrations in order, each in its own transaction, as the schema owner.
 * An advisory lock lets several Kindred processes start at once safely. `before` stops short of
 * the named migration, for tests of a migration on the data of the ones before it.
 */
export async function migrate(
  ownerUrl: string,
  appRole: string,
  options: { before?: string } = {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("select pg_advisory_lock(hashtext('kindred.migrations'))");
    await client.query(`create table if not exists kindred_migrations (
      name text primary key, applied_at timestamptz not null default now())`);
    const done = new Set(
      (await client.query<{ name: string }>('select name from kindred_migrations')).rows.map(
        (row) => row.name,
      ),
    );
    const files = (await readdir(migrationsDir))
      .filter((file) => file.endsWith('.sql'))
      .filter((file) => options.before === undefined || file < options.before)
      .sort();
    for (const file of files) {
      if (done.has(file)) continue;
      const text = await readFile(path.join(migrationsDir, file), 'utf8');
      await client.query('begin');
      try {
        await client.query("select set_config('kindred.app_role', $1, true)", [appRole]);
        await client.query(text);
        await client.query('insert into kindred_migrations (name) values ($1)', [file]);
        await client.query('commit');
        applied.push(file);
      } catch (error) {
        await client.query('rollback');
        throw new Error(`Migration ${file} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    // The jobs runner's own tables, as the owner, once migration 015 has made its schema usable
    // by the app role (ADR 0025). Still under the lock, so two Kindreds starting do it once.
    if (options.before === undefined || options.before > '016') {
      await installJobsSchema(ownerUrl, appRole);
    }
  } finally {
    await client.query("select pg_advisory_unlock(hashtext('kindred.migrations'))").catch(() => {});
    await client.end();
  }
  return applied;
}

/**
 * The migrations a database still needs, without applying any: for tools that must not change a
 * database they did not start (the command line on a council's own PostgreSQL).
 */
export async function pendingMigrations(ownerUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const table = await client.query<{ found: string | null }>(
      "select to_regclass('kindred_migrations')::text as found",
    );
    const done = new Set<string>();
    if (table.rows[0]?.found) {
      const rows = await client.query<{ name: string }>('select name from kindred_migrations');
      for (const row of rows.rows) done.add(row.name);
    }
    const files = (await readdir(migrationsDir)).filter((file) => file.endsWith('.sql')).sort();
    return files.filter((file) => !done.has(file));
  } finally {
    await client.end();
  }
}

export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
