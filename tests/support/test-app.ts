import type { FastifyInstance } from 'fastify';
import pino, { type DestinationStream } from 'pino';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { connectDatabase, type DatabaseHandle } from '../../src/db/database.ts';

export interface TestContext {
  app: FastifyInstance;
  config: Config;
  /** The app role's connection: row-level security applies. */
  appDb: DatabaseHandle;
  /** The schema owner's connection: for arranging data and reading audit rows in tests. */
  ownerDb: DatabaseHandle;
  close(): Promise<void>;
}

export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    KINDRED_DEMO: 'false',
    SIGN_IN_RATE_LIMIT: '1000',
    ...overrides,
  });
}

const silent = pino({ level: 'silent' });

/** Builds Kindred on the run's migrated database, as `server.ts` would, without listening. */
export async function createTestContext(
  overrides: NodeJS.ProcessEnv = {},
  options: { logStream?: DestinationStream } = {},
): Promise<TestContext> {
  const config = testConfig(overrides);
  const appDb = connectDatabase(inject('appUrl'), silent, { max: 4 });
  const ownerDb = connectDatabase(inject('ownerUrl'), silent, { max: 2 });
  const app = await buildApp({
    config,
    db: appDb.db,
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
  await app.ready();
  return {
    app,
    config,
    appDb,
    ownerDb,
    async close() {
      await app.close();
      await appDb.close();
      await ownerDb.close();
    },
  };
}
