import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { parseRecordId, VIEWS, viewerFrom } from './children-request.ts';
import { findingsCsv, importHistory, importRun, RUNS_SHOWN } from './ssda903-history.service.ts';
import { historyRows, runPage } from './ssda903-history.view-model.ts';

const access = { access: 'children:import' } as const;
const runQuery = z.object({ imported: z.literal('yes').optional().catch(undefined) });

/** The import history, one run with its findings (the import's confirmation too), and its CSV. */
export function ssda903HistoryRoutes(app: FastifyInstance, db: Db) {
  app.get('/children/import/history', { config: access }, async (request, reply) => {
    const runs = await importHistory(db, viewerFrom(request));
    return reply.viewAsync(`${VIEWS}/import-history.njk`, {
      title: 'Import history',
      runs: historyRows(runs),
      runsShown: RUNS_SHOWN,
    });
  });

  app.get<{ Params: { runId: string } }>(
    '/children/import/runs/:runId',
    { config: access },
    async (request, reply) => {
      const runId = parseRecordId(request.params.runId);
      const run = runId ? await importRun(db, viewerFrom(request), runId) : undefined;
      if (!run) return reply.callNotFound();
      const { imported } = runQuery.parse(request.query ?? {});
      return reply.viewAsync(`${VIEWS}/import-run.njk`, {
        ...runPage(run),
        imported: imported === 'yes',
      });
    },
  );

  app.get<{ Params: { runId: string } }>(
    '/children/import/runs/:runId/findings.csv',
    { config: access },
    async (request, reply) => {
      const runId = parseRecordId(request.params.runId);
      const run = runId ? await importRun(db, viewerFrom(request), runId) : undefined;
      if (!run) return reply.callNotFound();
      const day = run.importedAt.toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="ssda903-findings-${day}.csv"`)
        .send(findingsCsv(run));
    },
  );
}
