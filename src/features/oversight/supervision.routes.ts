import type { FastifyInstance } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { childName } from '../../domain/person-name.ts';
import { parseForm, parseRecordId } from '../../platform/forms.ts';
import { pageLinks, pageRequest } from '../../platform/pagination.ts';
import { searchQuerySchema, userFrom } from './oversight-request.ts';
import { nameKey } from './supervision.repository.ts';
import { decisionSchema } from './supervision.schemas.ts';
import { SUPERVISION_PAGE_SIZE, type SupervisionService } from './supervision.service.ts';
import { decisionPageModel, supervisionListModel } from './supervision.view-model.ts';

type ChildParams = { Params: { childId: string } };
const DECISION_VIEW = 'features/oversight/views/supervision-decision.njk';

export function supervisionRoutes(app: FastifyInstance, service: SupervisionService) {
  app.get(
    '/oversight/supervision',
    { config: { access: 'oversight:read' } },
    async (request, reply) => {
      const user = userFrom(request);
      const query = searchQuerySchema.parse(request.query ?? {});
      const q = query.q || undefined;
      const listed = await service.list(
        { ...user, requestId: request.id },
        q,
        pageRequest(query, 3, SUPERVISION_PAGE_SIZE),
      );
      const recorded = typeof (request.query as Record<string, unknown>)?.recorded === 'string';
      return reply.viewAsync(
        'features/oversight/views/supervision.njk',
        supervisionListModel(
          user,
          listed,
          q,
          recorded ? 'The supervision decision was recorded.' : null,
        ),
      );
    },
  );

  const decide = { config: { access: 'oversight:supervise' } } as const;

  app.get<ChildParams>('/oversight/supervision/:childId', decide, async (request, reply) => {
    const childId = parseRecordId(request.params.childId);
    const child = childId
      ? await service.child({ ...userFrom(request), requestId: request.id }, childId)
      : undefined;
    if (!child) return reply.callNotFound();
    return reply.viewAsync(DECISION_VIEW, decisionPageModel(child, {}));
  });

  app.post<ChildParams>('/oversight/supervision/:childId', decide, async (request, reply) => {
    const viewer = { ...userFrom(request), requestId: request.id };
    const childId = parseRecordId(request.params.childId);
    const child = childId ? await service.child(viewer, childId) : undefined;
    if (!childId || !child) return reply.callNotFound();
    const values = (request.body ?? {}) as Record<string, unknown>;
    const form = parseForm(decisionSchema(todayInLondon()), values);
    if (!form.ok)
      return reply.status(400).viewAsync(DECISION_VIEW, decisionPageModel(child, values, form));
    const result = await service.recordDecision(viewer, childId, form.data);
    if (result.outcome === 'not-found') return reply.callNotFound();
    if (result.outcome === 'referred') {
      const text = `${childName(child)} already has a Lifelong Links referral: there is nothing to decide`;
      return reply
        .status(409)
        .viewAsync(
          DECISION_VIEW,
          decisionPageModel(child, values, { errors: [{ text }], fieldErrors: {} }),
        );
    }
    return reply.redirect('/oversight/supervision?recorded=1', 303);
  });

  app.get(
    '/oversight/unallocated',
    { config: { access: 'oversight:manage' } },
    async (request, reply) => {
      const query = searchQuerySchema.parse(request.query ?? {});
      const page = await service.unallocated(
        { ...userFrom(request), requestId: request.id },
        pageRequest(query, 3, SUPERVISION_PAGE_SIZE),
      );
      return reply.viewAsync('features/oversight/views/unallocated.njk', {
        title: 'Looked-after young people with no IRO or no social worker',
        rows: page.rows.map((row) => ({
          name: childName(row),
          href: `/children/${row.id}`,
          iro: row.iro_name ?? 'None recorded',
          socialWorker: row.social_worker_name ?? 'None recorded',
        })),
        pagination: pageLinks('/oversight/unallocated', {}, page, nameKey),
      });
    },
  );
}
