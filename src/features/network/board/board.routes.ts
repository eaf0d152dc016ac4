import type { FastifyInstance } from 'fastify';
import { callerFrom } from '../../journeys/journey-request.ts';
import { noticeText } from '../network-notices.ts';
import {
  answerClosed,
  childFrom,
  idsFrom,
  isClosed,
  type NetworkParams,
} from '../network-request.ts';
import type { BoardService } from './board.service.ts';
import { boardModel } from './board.view-model.ts';

export function boardRoutes(app: FastifyInstance, service: BoardService) {
  app.get<NetworkParams>(
    '/journeys/:journeyId/network',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const ids = idsFrom(request);
      if (!ids) return reply.callNotFound();
      const query = (request.query ?? {}) as Record<string, unknown>;
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      const board = await service.board(callerFrom(request), ids.journeyId, {
        child: childFrom(query.child),
        status: text(query.status),
        after: text(query.after),
        before: text(query.before),
      });
      if (isClosed(board)) return answerClosed(request, reply, board);
      return reply.viewAsync(
        'features/network/board/views/board.njk',
        boardModel(board, noticeText(query.notice)),
      );
    },
  );
}
