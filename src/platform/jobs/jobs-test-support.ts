import pino from 'pino';
import { inject } from 'vitest';
import { testConfig } from '../../../tests/support/test-app.ts';
import { connectDatabase, type DatabaseHandle } from '../../db/database.ts';
import { type JobRunner, startJobRunner } from './runner.ts';

const silent = pino({ level: 'silent' });

/** A jobs runner on the run's test database, as a Kindred process would start one. */
export async function startTestRunner(
  overrides: NodeJS.ProcessEnv = {},
): Promise<{ runner: JobRunner; db: DatabaseHandle; stop(): Promise<void> }> {
  const db = connectDatabase(inject('appUrl'), silent, { max: 4 });
  const runner = await startJobRunner({
    appUrl: inject('appUrl'),
    db: db.db,
    logger: silent,
    config: testConfig(overrides),
    pollIntervalMs: 200,
  });
  return {
    runner,
    db,
    async stop() {
      await runner.stop();
      await db.close();
    },
  };
}

/** Waits until `check` holds, for up to `limitMs`; then fails with what it last saw. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  limitMs = 20_000,
): Promise<T> {
  const until = Date.now() + limitMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until) {
      throw new Error(`Still waiting after ${limitMs} ms; last saw ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
