import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/database.ts';
import { resolveDatabase } from '../db/resolve-database.ts';
import { type UnsealedTail, verifyAuditChain } from '../platform/audit/audit-verify.ts';

/** A running Kindred seals every second; an event left unsealed for five minutes is not normal. */
const DEFAULT_MAX_UNSEALED_AGE_SECONDS = 300;

export const EXIT = { whole: 0, broken: 1, cannotRun: 2, unsealedTooOld: 3 } as const;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function describeTail(tail: UnsealedTail): string {
  if (tail.count === 0) return 'No event is waiting to be sealed.';
  const age = Math.floor(tail.oldestAgeSeconds ?? 0);
  return `${plural(tail.count, 'event')} not sealed yet; the oldest was written ${plural(age, 'second')} ago.`;
}

function maxUnsealedAge(args: string[]): number {
  const { values } = parseArgs({ args, options: { 'max-unsealed-age': { type: 'string' } } });
  const text = values['max-unsealed-age'];
  if (text === undefined) return DEFAULT_MAX_UNSEALED_AGE_SECONDS;
  if (!/^\d+$/.test(text)) throw new Error('--max-unsealed-age must be a whole number of seconds');
  return Number(text);
}

/**
 * `npm run audit:verify [-- --max-unsealed-age SECONDS]`: walks every organisation's sealed
 * audit chain as the schema owner, reports the first broken link, and reports the events not
 * sealed yet. Exit status: 0 when the chain is whole (a short unsealed tail is normal); 1 when
 * it is broken; 2 when the command cannot run; 3 when the chain is whole but an event has
 * waited longer than the limit (default 300 seconds) to be sealed: no sealer is running.
 */
export async function auditVerifyCommand(args: string[]): Promise<number> {
  const maxAge = maxUnsealedAge(args);
  const config = loadConfig();
  const logger = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const database = await resolveDatabase(config, logger, { joinRunning: true });
  const owner = connectDatabase(database.ownerUrl, logger, { max: 1 });
  try {
    const result = await verifyAuditChain(owner.db);
    if (!result.ok) {
      const { organisationId, seq, reason } = result.broken;
      process.stderr.write(
        `Audit chain broken at organisation ${organisationId}, event ${seq}: ${reason}.\n` +
          `${plural(result.events, 'event')} before it ${result.events === 1 ? 'was' : 'were'} verified.\n` +
          `${describeTail(result.unsealed)}\n`,
      );
      return EXIT.broken;
    }
    process.stdout.write(
      `Audit chain verified: ${plural(result.events, 'sealed event')} in ${plural(result.organisations, 'organisation')}, no broken link.\n` +
        `${describeTail(result.unsealed)}\n`,
    );
    if ((result.unsealed.oldestAgeSeconds ?? 0) > maxAge) {
      process.stderr.write(
        `Events have waited more than ${plural(maxAge, 'second')} to be sealed: is Kindred running? It seals them every second, and when it stops.\n`,
      );
      return EXIT.unsealedTooOld;
    }
    return EXIT.whole;
  } finally {
    await owner.close();
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  auditVerifyCommand(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(EXIT.cannotRun);
    },
  );
}
