import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, inject, it } from 'vitest';
import { connectDatabase, isDatabaseReady } from './database.ts';

function captureLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'warn' }, stream), lines };
}

describe('the connection pool', () => {
  it('survives the server ending a checked-out connection, and carries on', async () => {
    const { logger, lines } = captureLogger();
    const database = connectDatabase(inject('appUrl'), logger, { max: 2 });
    try {
      const victim = await database.pool.connect();
      const victimPid = (await victim.query<{ pid: number }>('select pg_backend_pid() as pid'))
        .rows[0]?.pid;
      const killer = await database.pool.connect();
      // A role may end its own other sessions: this stands in for a server crash or restart.
      await killer.query('select pg_terminate_backend($1)', [victimPid]);
      killer.release();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(victim.query('select 1')).rejects.toThrow();
      victim.release(true);
      expect(lines.join('')).toContain('database connection lost');
      expect(await isDatabaseReady(database.db)).toBe(true);
    } finally {
      await database.close();
    }
  });

  it('reads dates as plain dates and big integers as numbers', async () => {
    const database = connectDatabase(inject('appUrl'), pino({ level: 'silent' }));
    try {
      const row = (await database.pool.query("select date '2010-04-05' as born, 42::int8 as count"))
        .rows[0];
      expect(row).toEqual({ born: '2010-04-05', count: 42 });
    } finally {
      await database.close();
    }
  });
});
