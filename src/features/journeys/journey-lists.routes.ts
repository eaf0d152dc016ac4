import type { FastifyInstance } from 'fastify';
import { journeyFilterSchema } from './journey-lists.schemas.ts';
import type { JourneyListsService } from './journey-lists.service.ts';
import { journeyListModel } from './journey-lists.view-model.ts';
import { callerFrom } from './journey-request.ts';

export function journeyListRoutes(app: FastifyInstance, service: JourneyListsService) {
  app.get('/journeys', { config: { access: 'cases:read' } }, async (request, reply) => {
    const { user, requestId } = callerFrom(request);
    const filter = journeyFilterSchema.parse(request.query ?? {});
    const listed = await service.list(user, filter, requestId);
    return reply.viewAsync(
      'features/journeys/views/journeys.njk',
      journeyListModel(user, listed, filter),
    );
  });
}
