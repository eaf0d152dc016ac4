import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseForm, parseRecordId, problemsFor } from '../../platform/forms.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import { GENOGRAM_BASE, genogramHref, genogramIds, renderEnded } from './genogram-request.ts';
import { relationshipChangeSchema, removeRelationshipSchema } from './relationship.schemas.ts';
import type { RelationshipChanges, RelationshipPage } from './relationship-changes.service.ts';
import { recordedValues, relationshipFormModel } from './relationship-form.view-model.ts';

type RelationshipParams = {
  Params: { journeyId: string; childId: string; relationshipId: string };
};
const work = { access: 'journeys:work' } as const;
const base = `${GENOGRAM_BASE}/relationships/:relationshipId`;

function ids(request: { params: RelationshipParams['Params'] }) {
  const found = genogramIds(request);
  const relationshipId = parseRecordId(request.params.relationshipId);
  return found && relationshipId ? { ...found, relationshipId } : null;
}

/** Change or remove a genogram relationship: a form, and an "are you sure" page. */
export function relationshipChangeRoutes(app: FastifyInstance, service: RelationshipChanges) {
  function render(
    reply: FastifyReply,
    view: 'relationship' | 'remove-relationship',
    page: RelationshipPage,
    values: Record<string, unknown>,
    problems = {},
  ) {
    const model = relationshipFormModel(page, values);
    return reply.viewAsync(`features/genogram/views/${view}.njk`, {
      title:
        view === 'relationship'
          ? 'Change a relationship'
          : 'Are you sure you want to remove this relationship?',
      summary: caseSummary(page.found),
      ...model,
      values,
      fieldErrors: {},
      ...problems,
    });
  }

  async function opened(
    request: Parameters<typeof callerFrom>[0] & { params: RelationshipParams['Params'] },
    reply: FastifyReply,
    page: 'genogram-relationship-change' | 'genogram-relationship-remove',
  ) {
    const found = ids(request);
    if (!found) return { sent: reply.callNotFound() };
    const result = await service.page(
      callerFrom(request),
      found.journeyId,
      found.childId,
      found.relationshipId,
      page,
    );
    if (result.outcome === 'not-found') return { sent: reply.callNotFound() };
    if (result.outcome === 'ended')
      return {
        sent: renderEnded(request.method === 'GET' ? reply : reply.status(409), result.found),
      };
    return { page: result, ids: found };
  }

  app.get<RelationshipParams>(`${base}/change`, { config: work }, async (request, reply) => {
    const open = await opened(request, reply, 'genogram-relationship-change');
    if (!open.page) return open.sent;
    return render(
      reply,
      'relationship',
      open.page,
      recordedValues(open.page.recorded.relationship),
    );
  });

  app.post<RelationshipParams>(`${base}/change`, { config: work }, async (request, reply) => {
    const open = await opened(request, reply, 'genogram-relationship-change');
    if (!open.page) return open.sent;
    const { page } = open;
    const values = (request.body ?? {}) as Record<string, unknown>;
    const form = parseForm(relationshipChangeSchema(page.recorded.relationship.kind), values);
    if (!form.ok) return render(reply.status(400), 'relationship', page, values, form);
    const { journeyId, childId, relationshipId } = open.ids;
    const caller = callerFrom(request);
    const result = await service.change(caller, journeyId, childId, relationshipId, form.data);
    if (result.outcome === 'not-found') return reply.callNotFound();
    if (result.outcome === 'ended') return renderEnded(reply.status(409), result.found);
    if (result.outcome === 'refused')
      return render(
        reply.status(400),
        'relationship',
        page,
        values,
        problemsFor(result.reason, result.field),
      );
    return reply.redirect(`${genogramHref(open.ids)}?notice=relationship-changed`, 303);
  });

  app.get<RelationshipParams>(`${base}/remove`, { config: work }, async (request, reply) => {
    const open = await opened(request, reply, 'genogram-relationship-remove');
    if (!open.page) return open.sent;
    return render(reply, 'remove-relationship', open.page, {});
  });

  app.post<RelationshipParams>(`${base}/remove`, { config: work }, async (request, reply) => {
    const open = await opened(request, reply, 'genogram-relationship-remove');
    if (!open.page) return open.sent;
    const values = (request.body ?? {}) as Record<string, unknown>;
    const form = parseForm(removeRelationshipSchema, values);
    if (!form.ok) return render(reply.status(400), 'remove-relationship', open.page, values, form);
    if (!form.data.remove) return reply.redirect(genogramHref(open.ids), 303);
    const { journeyId, childId, relationshipId } = open.ids;
    const result = await service.remove(callerFrom(request), journeyId, childId, relationshipId);
    if (result.outcome === 'not-found') return reply.callNotFound();
    if (result.outcome === 'ended') return renderEnded(reply.status(409), result.found);
    return reply.redirect(`${genogramHref(open.ids)}?notice=relationship-removed`, 303);
  });
}
