import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageQuerySchema, pageRequest } from '../../platform/pagination.ts';
import { actorFrom } from './admin-request.ts';
import { FAILED_PER_PAGE, type ServiceStatusService } from './service-status.service.ts';
import {
  emailStatusView,
  failedEmailLinks,
  failedEmailRows,
  jobRunLinks,
  jobRunRows,
} from './service-status.view-model.ts';

const access = { access: 'service:monitor' } as const;
const VIEWS = 'features/admin/views';
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const jobsQuerySchema = z.object({
  failed: z.preprocess(single, z.enum(['yes']).optional().catch(undefined)),
  before: z.preprocess(single, z.coerce.number().int().positive().optional().catch(undefined)),
});

export function serviceStatusRoutes(app: FastifyInstance, status: ServiceStatusService) {
  app.get('/email', { config: access }, async (request, reply) => {
    const query = z.object(pageQuerySchema).parse(request.query ?? {});
    const page = pageRequest(query, 2, FAILED_PER_PAGE);
    const result = await status.emailStatus(actorFrom(request), page);
    return reply.viewAsync(`${VIEWS}/email.njk`, {
      title: 'Email',
      status: emailStatusView(result.delivery),
      unreachable: result.unreachable,
      failedRows: failedEmailRows(result.failed),
      links: failedEmailLinks(result.failed),
    });
  });

  app.get('/jobs', { config: access }, async (request, reply) => {
    const query = jobsQuerySchema.parse(request.query ?? {});
    const filter = { onlyFailed: query.failed === 'yes', beforeId: query.before ?? null };
    const { rows, hasMore } = await status.jobRuns(actorFrom(request), filter);
    return reply.viewAsync(`${VIEWS}/jobs.njk`, {
      title: 'Jobs log',
      onlyFailed: filter.onlyFailed,
      runs: jobRunRows(rows),
      links: jobRunLinks(rows, hasMore, filter),
    });
  });
}
