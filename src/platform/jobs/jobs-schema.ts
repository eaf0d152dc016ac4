import { runMigrations } from 'graphile-worker';
import pg from 'pg';
import { quietGraphileLogger } from './graphile-logger.ts';

/**
 * Installs or upgrades graphile-worker's own tables and functions, as the schema owner. Run by
 * `migrate()` after Kindred's migrations: migration 015 has made the schema and its default
 * grants, so what is created here is usable by the app role that runs the jobs (ADR 0025).
 *
 * graphile-worker turns row-level security on for its tables (so that nothing but its owner
 * reads them by accident), which would hide every job from the app role. The app role gets one
 * policy on each of those tables: it may use the whole queue, which holds ids only. Done here,
 * not in a Kindred migration, because a later graphile-worker may add tables.
 */
export async function installJobsSchema(ownerUrl: string, appRole: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: quietGraphileLogger });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'graphile_worker' and c.relkind = 'r' and c.relrowsecurity
          and not exists (select 1 from pg_policy p
                           where p.polrelid = c.oid and p.polname = 'kindred_jobs_runner')`,
    );
    for (const { name } of tables.rows) {
      await client.query(
        `create policy kindred_jobs_runner on graphile_worker.${client.escapeIdentifier(name)}
           to ${client.escapeIdentifier(appRole)} using (true) with check (true)`,
      );
    }
  } finally {
    await client.end();
  }
}
