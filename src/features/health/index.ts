import type { FastifyInstance } from 'fastify';
import { type Db, isDatabaseReady } from '../../db/database.ts';

/** Liveness says the process answers; readiness says it can reach its database. */
export async function healthFeature(app: FastifyInstance, options: { db: Db }) {
  app.get('/health/live', { config: { access: 'public' } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { config: { access: 'public' } }, async (_request, reply) => {
    const ready = await isDatabaseReady(options.db);
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable' });
  });
}
