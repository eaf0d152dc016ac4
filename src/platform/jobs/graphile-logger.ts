import { Logger as GraphileLogger } from 'graphile-worker';
import type { Logger } from 'pino';

/**
 * graphile-worker's messages through Kindred's logger. Its "worker connected" chatter is debug;
 * its warnings and errors stay what they are. Its messages name jobs by id and task, never by
 * payload, so they carry no personal details.
 */
export function graphileLoggerFor(logger: Logger): GraphileLogger {
  return new GraphileLogger(() => (level, message) => {
    if (level === 'error') logger.error(`jobs: ${message}`);
    else if (level === 'warning') logger.warn(`jobs: ${message}`);
    else logger.debug(`jobs: ${message}`);
  });
}

/** For installing the schema, where nothing it says needs showing. */
export const quietGraphileLogger = new GraphileLogger(() => () => {});
