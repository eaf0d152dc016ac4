import type { FastifyInstance } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { monthOf } from '../../domain/turning-fifteen.ts';
import { pageRequest } from '../../platform/pagination.ts';
import { monthQuerySchema, userFrom } from './oversight-request.ts';
import {
  TURNING_FIFTEEN_PAGE_SIZE,
  type TurningFifteenService,
} from './turning-fifteen.service.ts';
import { turningFifteenModel } from './turning-fifteen.view-model.ts';

export function turningFifteenRoutes(app: FastifyInstance, service: TurningFifteenService) {
  app.get(
    '/oversight/turning-15',
    { config: { access: 'oversight:read' } },
    async (request, reply) => {
      const user = userFrom(request);
      const query = monthQuerySchema.parse(request.query ?? {});
      const month = query.month ?? monthOf(todayInLondon());
      const page = pageRequest(query, 2, TURNING_FIFTEEN_PAGE_SIZE);
      const listed = await service.page(user, month, page, request.id);
      return reply.viewAsync(
        'features/oversight/views/turning-fifteen.njk',
        turningFifteenModel(user, month, listed),
      );
    },
  );
}
