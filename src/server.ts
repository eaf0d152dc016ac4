import pino from 'pino';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { connectDatabase } from './db/database.ts';
import { FolderLockedError } from './db/folder-lock.ts';
import { prepareDatabase } from './db/prepare-database.ts';
import { DEMO_PASSWORD } from './db/seed/demo.ts';
import { startAuditSealer } from './platform/audit/audit-sealer.ts';
import { deleteExpiredSessions } from './platform/session.repository.ts';

const SESSION_SWEEP_MS = 15 * 60_000;

let logger = pino({ level: 'info' });

async function main() {
  const config = loadConfig();
  logger = pino({ level: config.logLevel });
  const embedded = await prepareDatabase(config, logger, { ownDatabase: 'migrate' });
  const { appUrl } = embedded;
  if (embedded.demoAccounts) printDemoAccounts(embedded.demoAccounts);

  const database = connectDatabase(appUrl, logger);
  const app = await buildApp({ config, db: database.db });
  const sessionSweep = setInterval(() => {
    deleteExpiredSessions(database.db, config.sessionIdleMinutes).catch((error: unknown) =>
      logger.warn({ err: error }, 'could not remove expired sessions'),
    );
  }, SESSION_SWEEP_MS);
  sessionSweep.unref();
  // Links committed audit events into each organisation's hash chain (ADR 0016).
  const auditSealer = startAuditSealer(database.db, logger);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Kindred is stopping');
    const timer = setTimeout(() => process.exit(1), 15_000);
    timer.unref();
    clearInterval(sessionSweep);
    try {
      await app.close();
      await auditSealer.stop();
      await database.close();
      await embedded.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  logger.info(`Kindred is running on http://${config.host}:${config.port}`);
}

function printDemoAccounts(accounts: Array<{ role: string; email: string }>) {
  const width = Math.max(...accounts.map((account) => account.email.length));
  const lines = accounts.map((account) => `  ${account.email.padEnd(width)}  ${account.role}`);
  process.stdout.write(
    `\nDemo accounts (demo mode only), all with the password ${DEMO_PASSWORD}\n${lines.join('\n')}\n\n`,
  );
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof FolderLockedError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    logger.fatal({ err: error }, 'Kindred could not start');
  }
  process.exit(1);
});
