import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { type Config, ConfigError } from '../config.ts';
import { startEmbeddedDatabase } from './embedded.ts';
import { FolderLockedError } from './folder-lock.ts';

export interface ResolvedDatabase {
  appUrl: string;
  ownerUrl: string;
  /** Stops the embedded server if this process started it. */
  stop(): Promise<void>;
}

const RUNNING_FILE = 'running.json';

/**
 * Where Kindred's database is: the configured PostgreSQL, or the embedded one in the data
 * folder. A command-line tool may join an embedded server that a running Kindred owns.
 */
export async function resolveDatabase(
  config: Config,
  logger: Logger,
  options: { joinRunning?: boolean } = {},
): Promise<ResolvedDatabase> {
  if (config.databaseUrl && config.migrationDatabaseUrl) {
    return {
      appUrl: config.databaseUrl,
      ownerUrl: config.migrationDatabaseUrl,
      stop: async () => {},
    };
  }
  try {
    const embedded = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      port: config.embeddedDatabasePort,
      logger,
    });
    const runningFile = path.join(config.dataDir, RUNNING_FILE);
    await writeFile(
      runningFile,
      JSON.stringify({ appUrl: embedded.appUrl, ownerUrl: embedded.ownerUrl }),
      { mode: 0o600 },
    );
    return {
      appUrl: embedded.appUrl,
      ownerUrl: embedded.ownerUrl,
      // running.json holds the database passwords: it lives only as long as the server.
      async stop() {
        await rm(runningFile, { force: true });
        await embedded.stop();
      },
    };
  } catch (error) {
    if (!(error instanceof FolderLockedError) || !options.joinRunning) throw error;
    const running = JSON.parse(await readFile(path.join(config.dataDir, RUNNING_FILE), 'utf8'));
    if (typeof running.appUrl !== 'string' || typeof running.ownerUrl !== 'string') {
      throw new ConfigError('The running Kindred did not leave its database address');
    }
    return { appUrl: running.appUrl, ownerUrl: running.ownerUrl, stop: async () => {} };
  }
}
