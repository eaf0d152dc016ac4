import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../../src/db/embedded.ts';
import { migrate } from '../../src/db/migrate.ts';
import { type DatabaseUrls, dropDatabase, provisionDatabase } from '../../src/db/provision.ts';

export interface TestDatabase extends DatabaseUrls {
  appRole: string;
  /** A superuser connection on the same server, for tests that need one (never the app). */
  superuserUrl: string | undefined;
  teardown(): Promise<void>;
}

/**
 * A fresh, migrated database for one test run: on the PostgreSQL at TEST_DATABASE_URL (a
 * superuser connection, as in CI) when it is set, otherwise on an embedded server of its own.
 * `migrateBefore` leaves the named migration and those after it unapplied.
 */
export async function createTestDatabase(
  label: string,
  options: { migrateBefore?: string } = {},
): Promise<TestDatabase> {
  const migrateOptions =
    options.migrateBefore === undefined ? {} : { before: options.migrateBefore };
  const superuserUrl = process.env.TEST_DATABASE_URL;
  if (superuserUrl) {
    const database = `kindred_${label}_${Date.now()}_${process.pid}`;
    const urls = await provisionDatabase(superuserUrl, {
      database,
      ownerRole: 'kindred_test_owner',
      ownerPassword: 'kindred-test-owner',
      appRole: 'kindred_test_app',
      appPassword: 'kindred-test-app',
    });
    await migrate(urls.ownerUrl, 'kindred_test_app', migrateOptions);
    return {
      ...urls,
      appRole: 'kindred_test_app',
      superuserUrl,
      teardown: () => dropDatabase(superuserUrl, database),
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `kindred-${label}-`));
  let embedded: EmbeddedDatabase;
  try {
    embedded = await startEmbeddedDatabase({
      dataDir,
      port: 0,
      logger: pino({ level: 'warn' }),
    });
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL for the tests (set TEST_DATABASE_URL to use another server): ${(error as Error).message}`,
      { cause: error },
    );
  }
  await migrate(embedded.ownerUrl, 'kindred_app', migrateOptions);
  return {
    ownerUrl: embedded.ownerUrl,
    appUrl: embedded.appUrl,
    appRole: 'kindred_app',
    superuserUrl: undefined,
    async teardown() {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
