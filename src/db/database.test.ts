import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import pino from 'pino';
import { describe, expect, inject, it } from 'vitest';
import { connectDatabase, isDatabaseReady, isDatabaseUnavailable } from './database.ts';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded.ts';

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

  it('tells a database that cannot be reached from a query that is wrong', async () => {
    const database = connectDatabase(inject('appUrl'), pino({ level: 'silent' }));
    try {
      const wrong = await sql`select 1 / 0`.execute(database.db).catch((error: unknown) => error);
      expect(wrong).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(wrong)).toBe(false);
    } finally {
      await database.close();
    }
    const nowhere = connectDatabase(
      'postgres://nobody@127.0.0.1:1/none',
      pino({ level: 'silent' }),
    );
    try {
      const refused = await sql`select 1`.execute(nowhere.db).catch((error: unknown) => error);
      expect(isDatabaseUnavailable(refused)).toBe(true);
    } finally {
      await nowhere.close();
    }
  });

  it('reconnects by itself when its server goes away and comes back', {
    timeout: 120_000,
  }, async () => {
    // Another server of its own, for it is stopped: a PostgreSQL that Kindred does not run,
    // taken down for maintenance under a pool that stays open.
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kindred-reconnect-'));
    await chmod(dataDir, 0o755);
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const silent = pino({ level: 'silent' });
    let server: EmbeddedDatabase | undefined = await startEmbeddedDatabase({
      dataDir,
      port,
      logger: silent,
    });
    const { logger, lines } = captureLogger();
    const database = connectDatabase(server.appUrl, logger, { max: 2 });
    try {
      expect(await isDatabaseReady(database.db)).toBe(true);
      await server.stop();
      server = undefined;
      const down = await sql`select 1`.execute(database.db).catch((error: unknown) => error);
      expect(isDatabaseUnavailable(down)).toBe(true);
      expect(await isDatabaseReady(database.db)).toBe(false);
      expect(lines.join('')).toContain('database connection lost');

      server = await startEmbeddedDatabase({ dataDir, port, logger: silent });
      expect(await isDatabaseReady(database.db)).toBe(true);
    } finally {
      await database.close();
      await server?.stop();
      await rm(dataDir, { recursive: true, force: true });
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
