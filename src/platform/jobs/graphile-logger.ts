import { Logger as GraphileLogger } from 'graphile-worker';
import type { Logger } from 'pino';

/** graphile-worker's words for a database that went away or is not back yet. */
const DATABASE_AWAY =
  /terminating connection|ECONNREFUSED|ECONNRESET|EPIPE|database system is|not yet accepting connections|Connection terminated|connection error|not queryable|server closed the connection|timeout exceeded when trying to connect|Connection refused/i;
const AWAY_NOTE_EVERY_MS = 60_000;

/**
 * graphile-worker's messages through Kindred's logger. Its "worker connected" chatter is debug.
 * While the database is away (the supervisor restarts it, ADR 0014) it reports every lost
 * connection and every try to listen again as an error: that is expected, so Kindred says it
 * once, plainly, as a warning. Its messages name jobs by id and task, never by payload, so they
 * carry no personal details.
 */
export function graphileLoggerFor(logger: Logger): GraphileLogger {
  let lastAwayNote = 0;
  return new GraphileLogger(() => (level, message) => {
    if ((level === 'error' || level === 'warning') && DATABASE_AWAY.test(message)) {
      const now = Date.now();
      if (now - lastAwayNote > AWAY_NOTE_EVERY_MS) {
        lastAwayNote = now;
        logger.warn('The jobs runner waits for the database; jobs resume when it is back');
      }
      logger.debug(`jobs: ${message}`);
      return;
    }
    if (level === 'error') logger.error(`jobs: ${message}`);
    else if (level === 'warning') logger.warn(`jobs: ${message}`);
    else logger.debug(`jobs: ${message}`);
  });
}

/** For installing the schema, where nothing it says needs showing. */
export const quietGraphileLogger = new GraphileLogger(() => () => {});
