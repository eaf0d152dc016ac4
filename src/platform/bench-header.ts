import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { statementsSoFar } from '../db/query-counter.ts';

/**
 * Benchmark only (BENCH=1): each response says how many statements were sent to PostgreSQL
 * while it was made. The harness reads it from one request at a time, so the count is the
 * page's own round trips.
 */
export const benchHeader = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => {
    (request as unknown as { statementsAtStart: number }).statementsAtStart = statementsSoFar();
  });
  app.addHook('onSend', async (request, reply) => {
    const start = (request as unknown as { statementsAtStart?: number }).statementsAtStart ?? 0;
    reply.header('x-kindred-statements', String(statementsSoFar() - start));
  });
});
