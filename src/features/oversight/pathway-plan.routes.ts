import type { FastifyInstance } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { PATHWAY_PLAN_QUESTION } from '../../domain/pathway-plan.ts';
import { userFrom } from './oversight-request.ts';
import type { PathwayPlanService } from './pathway-plan.service.ts';

const access = { config: { access: 'oversight:manage' } } as const;

export function pathwayPlanRoutes(app: FastifyInstance, service: PathwayPlanService) {
  app.get('/oversight/pathway-plan', access, async (request, reply) => {
    const summary = await service.summary(userFrom(request));
    return reply.viewAsync('features/oversight/views/pathway-plan.njk', {
      title: 'Pathway plan answers',
      question: PATHWAY_PLAN_QUESTION,
      withoutRecordId: summary.withoutRecordId,
    });
  });

  app.get('/oversight/pathway-plan.csv', access, async (request, reply) => {
    const csv = await service.csv(userFrom(request), request.id);
    return reply
      .type('text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="pathway-plan-lifelong-links-${todayInLondon()}.csv"`,
      )
      .send(csv);
  });
}
