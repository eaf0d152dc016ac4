import type pg from 'pg';

/**
 * Counts the statements sent to PostgreSQL, for the benchmark only (`npm run bench` sets
 * BENCH=1): the harness reads the count per page view from a response header. Without BENCH
 * nothing is wrapped, so the production path is untouched.
 */
export const benchCounting = process.env.BENCH === '1';

let statements = 0;

export function statementsSoFar(): number {
  return statements;
}

export function countStatementsOf(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    statements += 1;
    return query(...args);
  };
}
