import type { FastifyInstance } from 'fastify';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom, type HandoverParams, idsFrom, VIEWS } from './handover-request.ts';
import { noticeText, planViews } from './plan-handover.view-model.ts';
import type { SummaryService } from './summary.service.ts';

/** The handover page: each plan, whether it went out on time, and where the handover stands. */
export function summaryRoutes(app: FastifyInstance, service: SummaryService) {
  app.get<HandoverParams & { Querystring: { notice?: string } }>(
    '/journeys/:journeyId/plan-handover',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const ids = idsFrom(request);
      if (!ids) return reply.callNotFound();
      const page = await service.summary(callerFrom(request), ids.journeyId);
      if (page.outcome !== 'found') return reply.callNotFound();
      const ended = page.found.journey.status === 'ended';
      return reply.viewAsync(`${VIEWS}/summary.njk`, {
        title: 'The plan after the conference',
        summary: caseSummary(page.found),
        notice: noticeText(request.query.notice),
        plans: planViews(page, page.plans),
        canWork: page.canWork && !ended,
        canRecordIroCopy: page.canRecordIroCopy && !ended,
        canConfirm: page.canConfirm && !ended,
        seesNames: page.seesNames,
      });
    },
  );
}
