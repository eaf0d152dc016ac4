import type { FastifyInstance } from 'fastify';
import type { CasePageService } from './case-page.service.ts';
import { casePageModel } from './case-page.view-model.ts';
import { callerFrom, type JourneyParams, journeyIdFrom } from './journey-request.ts';

export function casePageRoutes(app: FastifyInstance, service: CasePageService) {
  app.get<JourneyParams>(
    '/journeys/:journeyId',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const page = await service.casePage(callerFrom(request), journeyId);
      if (page.outcome === 'not-found') return reply.callNotFound();
      const { notice } = (request.query ?? {}) as { notice?: unknown };
      return reply.viewAsync('features/journeys/views/case.njk', casePageModel(page, notice));
    },
  );
}
