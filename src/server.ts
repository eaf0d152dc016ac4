import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { connectDatabase } from './db/database.ts';
import { FolderLockedError } from './db/folder-lock.ts';
import { prepareDatabase } from './db/prepare-database.ts';
import { DEMO_PASSWORD } from './db/seed/demo.ts';
import { sendTodaysReminders } from './features/deadlines/reminders.job.ts';
import { startAuditSealer } from './platform/audit/audit-sealer.ts';
import { startJobRunner } from './platform/jobs/runner.ts';
import { createLogger } from './platform/logging.ts';
import { deleteExpiredSessions } from './platform/session.repository.ts';

const SESSION_SWEEP_MS = 15 * 60_000;
const STOP_LIMIT_MS = 15_000;

/** Until the configuration is read, a failure can only be written plainly to standard error. */
let logger: Logger | undefined;

/** The address a person types: the host Kindred listens on, and the port it really has. */
function addressOf(app: FastifyInstance, config: Config): string {
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : config.port;
  const anywhere = ['0.0.0.0', '::', ''].includes(config.host);
  const host = anywhere ? 'localhost' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function demoAccountLines(accounts: Array<{ role: string; email: string }>): string {
  const width = Math.max(...accounts.map((account) => account.email.length));
  const lines = accounts.map((account) => `  ${account.email.padEnd(width)}  ${account.role}`);
  return `Demo accounts (demo mode only), all with the password ${DEMO_PASSWORD}:\n${lines.join('\n')}`;
}

async function main() {
  const config = loadConfig();
  const log = createLogger(config);
  logger = log;
  const database = await prepareDatabase(config, log, { ownDatabase: 'migrate' });
  const { appUrl } = database;
  const demoAccounts = database.demoAccounts ?? [];

  const pool = connectDatabase(appUrl, log);
  const app = await buildApp({ config, db: pool.db, logger: log });
  const sessionSweep = setInterval(() => {
    deleteExpiredSessions(pool.db, config.sessionIdleMinutes).catch((error: unknown) =>
      log.warn(`Could not remove expired sessions: ${(error as Error).message}`),
    );
  }, SESSION_SWEEP_MS);
  sessionSweep.unref();
  // Links committed audit events into each organisation's hash chain (ADR 0016).
  const auditSealer = startAuditSealer(pool.db, log);
  // Queued and scheduled jobs, on the same database as the app role (ADR 0025). Every Kindred
  // process runs one; each job still runs once.
  const jobRunner = await startJobRunner({ appUrl, db: pool.db, logger: log, config });
  // graphile-worker makes up the missed runs of a schedule it knew, never of one it has never
  // seen: in demo mode the reminders job's work is done at each start, before Kindred listens
  // (each reminder still goes once), so a first start shows them without waiting for 07:30.
  if (config.demo) {
    await sendTodaysReminders(pool.db).catch((error: unknown) =>
      log.warn(`The demo's reminders were not sent at start: ${reasonOf(error)}`),
    );
  }
  if (config.email.delivery.provider === 'none' && config.email.delivery.offReason) {
    log.warn(`Email is off, notices stay in Kindred: ${config.email.delivery.offReason}`);
  }

  let stopping = false;
  // Order matters: the app stops taking requests and finishes those in flight, then the pool
  // closes its connections, then the embedded server stops. A server stopped first would cut
  // connections still in use, and every one would log an error.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`Kindred is stopping (${signal})`);
    const timer = setTimeout(() => {
      log.error(`Kindred did not stop within ${STOP_LIMIT_MS / 1000} s; leaving at once`);
      process.exit(1);
    }, STOP_LIMIT_MS);
    timer.unref();
    clearInterval(sessionSweep);
    try {
      await app.close();
      await jobRunner.stop();
      await auditSealer.stop();
      await pool.close();
      await database.stop();
      log.info('Kindred has stopped');
      process.exit(0);
    } catch (error) {
      log.error(`Kindred could not stop cleanly: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  // Fastify logs one line per address it binds ("localhost" binds 127.0.0.1 and ::1); we say
  // once where a person can reach Kindred instead.
  const level = app.log.level;
  app.log.level = 'warn';
  try {
    await app.listen({ port: config.port, host: config.host });
  } finally {
    app.log.level = level;
  }
  const running = `Kindred is running at ${addressOf(app, config)}`;
  log.info(demoAccounts.length ? `${running}\n${demoAccountLines(demoAccounts)}` : running);
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(reasonOf).join('; ');
  }
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

main().catch((error) => {
  const plain =
    error instanceof ConfigError || error instanceof FolderLockedError
      ? error.message
      : `Kindred could not start: ${reasonOf(error)}`;
  if (logger) {
    logger.error(plain);
    logger.debug({ err: error }, 'the start-up failure in full');
  } else {
    process.stderr.write(`${plain}\n`);
  }
  process.exit(1);
});
