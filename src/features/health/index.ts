import type { FastifyInstance, LogLevel } from 'fastify';
import { type Db, isDatabaseReady } from '../../db/database.ts';

/**
 * Liveness says the process answers (it never touches the database, so a database outage does
 * not get Kindred restarted); readiness says it can reach its database.
 *
 * Probes call these every few seconds: their request logs would bury everything else, so they
 * are logged only when Kindred logs at debug (or trace) level.
 */
export async function healthFeature(app: FastifyInstance, options: { db: Db }) {
  const logLevel: LogLevel = ['debug', 'trace'].includes(app.log.level) ? 'debug' : 'warn';
  app.get('/health/live', { logLevel, config: { access: 'public' } }, async () => ({
    status: 'ok',
  }));
  app.get('/health/ready', { logLevel, config: { access: 'public' } }, async (_request, reply) => {
    const ready = await isDatabaseReady(options.db);
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable' });
  });
}
