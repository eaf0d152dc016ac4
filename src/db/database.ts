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
  // listener Node would end the process. The request in flight fails; the next gets a new client
  // (the pool drops broken ones), so the pool reconnects by itself once the server is back.
  // Losing the server is expected (a restart, a failover): one plain line, not a stack trace.
  const lost = (error: Error) => logger.warn(`database connection lost: ${error.message}`);
  pool.on('error', lost);
  pool.on('connect', (client) => {
    client.on('error', lost);
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

// Connection-level failures: the server is down, restarting or unreachable. Anything else (a
// constraint, a syntax error) is a fault in Kindred and stays a 500.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '08000', // connection_exception
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
];

/** Whether an error means the database cannot be reached now (so: 503, try again later). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  if (UNAVAILABLE_MESSAGES.some((message) => error.message.includes(message))) return true;
  if (
    error instanceof AggregateError &&
    error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))
  ) {
    return true;
  }
  return isDatabaseUnavailable(error.cause, depth + 1);
}
