import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { connectDatabase } from './database.ts';
import { migrate, pendingMigrations, roleOf } from './migrate.ts';
import { type ResolvedDatabase, resolveDatabase } from './resolve-database.ts';
import { seedDemo } from './seed/demo.ts';

/**
 * Everything `npm start` does to the database before it serves anyone: find it (the configured
 * one, or the embedded one in the data folder), run the migrations, and add the demo
 * organisation in demo mode. The command line runs the same steps, so a data folder that Kindred
 * has never opened works with either.
 */

export class DatabaseNotReadyError extends Error {
  override name = 'DatabaseNotReadyError';
}

export interface PreparedDatabase extends ResolvedDatabase {
  /** The demo accounts, in demo mode, for the start-up message. */
  demoAccounts: Array<{ role: string; email: string }> | null;
}

export async function prepareDatabase(
  config: Config,
  logger: Logger,
  options: {
    /** Join the embedded database of a Kindred that is running on the same data folder. */
    joinRunning?: boolean;
    /**
     * What to do with a database Kindred does not run itself (DATABASE_URL): migrate it, as
     * `npm start` does, or only check it is migrated, as a command-line tool should.
     */
    ownDatabase: 'migrate' | 'check';
  },
): Promise<PreparedDatabase> {
  const database = await resolveDatabase(config, logger, {
    ...(options.joinRunning ? { joinRunning: true } : {}),
  });
  const configured = Boolean(config.databaseUrl && config.migrationDatabaseUrl);
  try {
    if (configured && options.ownDatabase === 'check') {
      const pending = await pendingMigrations(database.ownerUrl);
      if (pending.length > 0) {
        throw new DatabaseNotReadyError(
          'The database at DATABASE_URL has not been set up for this version of Kindred: start Kindred once with npm start, which runs the migrations, then run this command again.',
        );
      }
      return { ...database, demoAccounts: null };
    }
    const applied = await migrate(database.ownerUrl, roleOf(database.appUrl));
    if (applied.length) logger.info(`Database migrated: ${applied.join(', ')}`);
    if (!config.demo) return { ...database, demoAccounts: null };
    const owner = connectDatabase(database.ownerUrl, logger, { max: 2 });
    try {
      return { ...database, demoAccounts: await seedDemo(owner.db) };
    } finally {
      await owner.close();
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
}
