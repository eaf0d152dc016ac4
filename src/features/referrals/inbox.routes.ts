import type { FastifyInstance } from 'fastify';
import { inboxRows, kindFilterItems, statusFilterItems } from './list.view-model.ts';
import { actorFrom } from './referral-request.ts';
import { inboxFilterSchema } from './triage.schemas.ts';
import type { TriageService } from './triage.service.ts';

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
    const rows = await triage.inbox(actorFrom(request), filter);
    return reply.viewAsync('features/referrals/views/inbox.njk', {
      title: 'Team inbox',
      heading: HEADINGS[filter.status],
      status: filter.status,
      columns: {
        waiting: ['to-do', 'waiting', 'to-match'].includes(filter.status),
        decided: ['to-match', 'accepted', 'declined'].includes(filter.status),
        status: filter.status !== 'waiting',
      },
      rows: inboxRows(rows),
      kindItems: kindFilterItems(filter.kind),
      statusItems: statusFilterItems(filter.status),
    });
  });
}
