import type { FastifyInstance } from 'fastify';
import { pageLinks, pageRequest } from '../../platform/pagination.ts';
import { inboxRows, kindFilterItems, statusFilterItems } from './list.view-model.ts';
import { actorFrom } from './referral-request.ts';
import { inboxFilterSchema } from './triage.schemas.ts';
import type { TriageService } from './triage.service.ts';

const PAGE_SIZE = 50;

const HEADINGS = {
  'to-do': 'Waiting for you',
  waiting: 'Waiting for a decision',
  'to-match': 'Accepted, to match with a coordinator',
  accepted: 'Accepted',
  declined: 'Declined',
} as const;

/** The team inbox: submitted referrals, oldest first, filtered by kind and status (a GET form). */
export function inboxRoutes(app: FastifyInstance, triage: TriageService) {
  app.get('/inbox', { config: { access: 'referrals:triage' } }, async (request, reply) => {
    const filter = inboxFilterSchema.parse(request.query ?? {});
    const page = await triage.inbox(actorFrom(request), filter, pageRequest(filter, 2, PAGE_SIZE));
    return reply.viewAsync('features/referrals/views/inbox.njk', {
      title: 'Team inbox',
      heading: HEADINGS[filter.status],
      status: filter.status,
      columns: {
        waiting: ['to-do', 'waiting', 'to-match'].includes(filter.status),
        decided: ['to-match', 'accepted', 'declined'].includes(filter.status),
        status: filter.status !== 'waiting',
      },
      rows: inboxRows(page.rows),
      pagination: pageLinks('/inbox', { status: filter.status, kind: filter.kind }, page, page.key),
      kindItems: kindFilterItems(filter.kind),
      statusItems: statusFilterItems(filter.status),
    });
  });
}
