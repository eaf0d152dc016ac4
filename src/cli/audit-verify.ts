import pino from 'pino';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/database.ts';
import { resolveDatabase } from '../db/resolve-database.ts';
import { verifyAuditChain } from '../platform/audit/audit-verify.ts';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * `npm run audit:verify`: walks every organisation's audit chain as the schema owner and
 * reports the first broken link. Exit status 0 when the chain is whole, 1 when it is broken.
 */
export async function auditVerifyCommand(): Promise<number> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const database = await resolveDatabase(config, logger, { joinRunning: true });
  const owner = connectDatabase(database.ownerUrl, logger, { max: 1 });
  try {
    const result = await verifyAuditChain(owner.db);
    if (result.ok) {
      process.stdout.write(
        `Audit chain verified: ${plural(result.events, 'event')} in ${plural(result.organisations, 'organisation')}, no broken link.\n`,
      );
      return 0;
    }
    const { organisationId, seq, reason } = result.broken;
    process.stderr.write(
      `Audit chain broken at organisation ${organisationId}, event ${seq}: ${reason}.\n` +
        `${plural(result.events, 'event')} before it ${result.events === 1 ? 'was' : 'were'} verified.\n`,
    );
    return 1;
  } finally {
    await owner.close();
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  auditVerifyCommand().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    },
  );
}
