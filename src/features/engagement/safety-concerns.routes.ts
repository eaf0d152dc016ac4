import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, parseRecordId } from '../../platform/forms.ts';
import { sentValues } from '../discovery/discovery-request.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import {
  answerChange,
  answerOpenJourney,
  callerFrom,
  inPageOrder,
  type JourneyParams,
} from '../journeys/journey-request.ts';
import {
  childItems,
  concernRows,
  concernStatus,
  engagementNotice,
} from './engagement.view-model.ts';
import { CONCERN_FIELDS, concernSchema } from './safety-concerns.schemas.ts';
import type { SafetyConcernsService } from './safety-concerns.service.ts';

type ConcernParams = { Params: { journeyId: string; concernId: string } };
type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };

function renderConcernForm(
  reply: FastifyReply,
  found: JourneyCase,
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  return reply.viewAsync('features/engagement/views/concern-new.njk', {
    title: 'Record a safety concern',
    summary: caseSummary(found),
    children: childItems(found, values.childId),
    values,
    fieldErrors: problems.fieldErrors ?? {},
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

function ids(request: FastifyRequest<ConcernParams>) {
  return {
    journeyId: parseRecordId(request.params.journeyId),
    concernId: parseRecordId(request.params.concernId),
  };
}

export function safetyConcernRoutes(app: FastifyInstance, service: SafetyConcernsService) {
  const work = { access: 'journeys:work' } as const;
  const openPage = service.page.bind(service);
  const path = '/journeys/:journeyId/safety-concerns/new';
  app.get<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, (page) => renderConcernForm(reply, page.found, {})),
  );
  app.post<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, async (page, caller, journeyId) => {
      const values = sentValues(request.body);
      const form = parseForm(concernSchema, values);
      if (!form.ok) {
        return renderConcernForm(
          reply.status(400),
          page.found,
          values,
          inPageOrder(form, CONCERN_FIELDS),
        );
      }
      const result = await service.raise(caller, journeyId, form.data);
      if (result.outcome !== 'done') {
        return answerChange(reply, journeyId, result, '', (problems) =>
          renderConcernForm(reply, page.found, values, problems),
        );
      }
      const child = page.found.children.find((each) => each.id === form.data.childId);
      const notice = child?.social_worker_id ? 'concern-raised' : 'concern-raised-unsent';
      return reply.redirect(`/journeys/${journeyId}/engagement?notice=${notice}`, 303);
    }),
  );

  app.get<ConcernParams>(
    '/journeys/:journeyId/safety-concerns/:concernId',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const { journeyId, concernId } = ids(request);
      if (!journeyId || !concernId) return reply.callNotFound();
      const page = await service.concern(callerFrom(request), journeyId, concernId);
      if (page.outcome === 'not-found') return reply.callNotFound();
      const { notice } = (request.query ?? {}) as { notice?: unknown };
      return reply.viewAsync('features/engagement/views/concern.njk', {
        title: 'Safety concern',
        summary: caseSummary(page.found),
        notice: engagementNotice(notice),
        status: concernStatus(page.concern),
        rows: concernRows(page.found, page.concern),
        canAcknowledge: page.canAcknowledge,
        action: `/journeys/${journeyId}/safety-concerns/${concernId}/acknowledge`,
      });
    },
  );

  app.post<ConcernParams>(
    '/journeys/:journeyId/safety-concerns/:concernId/acknowledge',
    { config: { access: 'concerns:acknowledge' } },
    async (request, reply) => {
      const { journeyId, concernId } = ids(request);
      if (!journeyId || !concernId) return reply.callNotFound();
      const result = await service.acknowledge(callerFrom(request), journeyId, concernId);
      if (result.outcome === 'not-found') return reply.callNotFound();
      return reply.redirect(
        `/journeys/${journeyId}/safety-concerns/${concernId}?notice=acknowledged`,
        303,
      );
    },
  );
}
