import type { Logger } from 'pino';
import { type Db, isDatabaseUnavailable } from '../../db/database.ts';
import { sealUnsealedEvents } from './audit.repository.ts';

/** How often the sealer runs: the unsealed tail is about this long. */
export const SEAL_INTERVAL_MS = 1000;
/** Events sealed per organisation in one transaction; a busier organisation takes more rounds. */
const MAX_PER_ORGANISATION = 5000;

/**
 * Links every committed, unsealed event into its organisation's hash chain, round after round
 * until none is left. Safe to call at any time, from any number of Kindred processes: the
 * database seals each event once, in order, and skips an organisation another sealer holds.
 * Returns how many events were sealed; a problem in one organisation is logged, not thrown.
 */
export async function sealAuditEvents(db: Db, logger?: Logger): Promise<number> {
  let total = 0;
  for (;;) {
    const rounds = await sealUnsealedEvents(db, MAX_PER_ORGANISATION);
    for (const round of rounds) {
      if (round.problem) {
        logger?.error(
          { organisationId: round.organisationId, problem: round.problem },
          'could not seal the audit chain of an organisation',
        );
      }
      total += round.sealed;
    }
    if (!rounds.some((round) => round.sealed === MAX_PER_ORGANISATION)) return total;
  }
}

export interface AuditSealer {
  /** Stops the timer and seals what is left, so a clean shutdown leaves no unsealed tail. */
  stop(): Promise<void>;
}

/**
 * The sealer as a timer inside the Kindred process (until Kindred has a jobs runner). Each
 * round starts a second after the last one ended, so rounds never overlap.
 */
export function startAuditSealer(
  db: Db,
  logger: Logger,
  intervalMs = SEAL_INTERVAL_MS,
): AuditSealer {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const round = async () => {
    try {
      await sealAuditEvents(db, logger);
    } catch (error) {
      // While the database is down (the supervisor restarts it) this is expected: one plain
      // line, not the driver's error object.
      if (isDatabaseUnavailable(error)) {
        logger.warn('The audit chain waits for the database; sealing resumes when it is back');
      } else {
        logger.warn({ err: error }, 'could not seal the audit chain; trying again shortly');
      }
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().then(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await round();
    },
  };
}
