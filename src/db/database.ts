import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import { benchCounting, countStatementsOf } from './query-counter.ts';
import type { KindredDatabase } from './schema.ts';

// int8 as a number (counts and sequence numbers stay far below 2^53); date as its ISO text,
// not local midnight.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(1082, (value) => value);

export type Db = Kysely<KindredDatabase>;
export type Tx = Transaction<KindredDatabase>;

export interface DatabaseHandle {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

export function connectDatabase(url: string, logger: Logger, options: { max?: number } = {}) {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
  });
  // A server that goes away emits 'error' on idle and checked-out clients alike; without a
  // listener Node would end the process. The request in flight fails; the next gets a new client.
  pool.on('error', (error) => logger.error({ err: error }, 'database connection lost (idle)'));
  pool.on('connect', (client) => {
    client.on('error', (error) => logger.error({ err: error }, 'database connection lost'));
    if (benchCounting) countStatementsOf(client);
  });
  const db = new Kysely<KindredDatabase>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    async close() {
      await db.destroy();
    },
  } satisfies DatabaseHandle;
}

export interface OrganisationScope {
  organisationId: string;
  userId?: string | undefined;
}

/**
 * Runs work in one transaction acting for one organisation. Row-level security reads the
 * organisation from a transaction-local setting, so nothing leaks into the next pooled request.
 */
export async function inOrganisation<T>(
  db: Db,
  scope: OrganisationScope,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('kindred.organisation_id', ${scope.organisationId}, true),
                     set_config('kindred.user_id', ${scope.userId ?? ''}, true)`.execute(tx);
    return work(tx);
  });
}

export async function isDatabaseReady(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
