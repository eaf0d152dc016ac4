import type { FastifyInstance } from 'fastify';
import { pageRequest } from '../../platform/pagination.ts';
import { journeyListQuerySchema } from './journey-lists.schemas.ts';
import { JOURNEYS_PAGE_SIZE, type JourneyListsService } from './journey-lists.service.ts';
import { journeyListModel } from './journey-lists.view-model.ts';
import { callerFrom } from './journey-request.ts';

export function journeyListRoutes(app: FastifyInstance, service: JourneyListsService) {
  app.get('/journeys', { config: { access: 'cases:read' } }, async (request, reply) => {
    const { user, requestId } = callerFrom(request);
    const { after, before, ...filter } = journeyListQuerySchema.parse(request.query ?? {});
    const page = pageRequest({ after, before }, 3, JOURNEYS_PAGE_SIZE);
    const listed = await service.list(user, filter, page, requestId);
    return reply.viewAsync(
      'features/journeys/views/journeys.njk',
      journeyListModel(user, listed, filter),
    );
  });
}
