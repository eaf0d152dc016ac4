import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { parseForm } from '../../platform/forms.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { childName } from '../journeys/journey-labels.ts';
import {
  answerOpenJourney,
  callerFrom,
  inPageOrder,
  type JourneyParams,
  journeyIdFrom,
} from '../journeys/journey-request.ts';
import { discoveryNotice } from './discovery.view-model.ts';
import { answerNetworkChange, sentValues } from './discovery-request.ts';
import { TIMELINE_FIELDS, timelineSchema } from './timeline.schemas.ts';
import type { TimelineService } from './timeline.service.ts';

type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };

function renderEntry(
  reply: FastifyReply,
  page: { found: JourneyCase; blockedReason: string | null },
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  const only = page.found.children.length === 1;
  return reply.viewAsync('features/discovery/views/timeline-new.njk', {
    title: 'Add to the young person’s timeline',
    summary: caseSummary(page.found),
    blockedReason: page.blockedReason,
    children: page.found.children.map((child) => ({
      value: child.id,
      text: childName(child),
      checked: values.childId === child.id || (only && !values.childId),
    })),
    values,
    fieldErrors: problems.fieldErrors ?? {},
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

export function timelineRoutes(app: FastifyInstance, service: TimelineService) {
  app.get<JourneyParams>(
    '/journeys/:journeyId/discovery/timeline',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const page = await service.overview(callerFrom(request), journeyId);
      if (page.outcome === 'not-found') return reply.callNotFound();
      const { notice } = (request.query ?? {}) as { notice?: unknown };
      return reply.viewAsync('features/discovery/views/timeline.njk', {
        title: 'Timeline',
        summary: caseSummary(page.found),
        notice: discoveryNotice(notice),
        timelines: page.found.children.map((child) => ({
          name: childName(child),
          shortName: child.preferred_name ?? child.first_name,
          entries: page.rows.filter((row) => row.child_id === child.id),
        })),
        canWork: page.found.journey.status !== 'ended' && page.found.journey.stage >= 3,
      });
    },
  );

  const work = { access: 'journeys:work' } as const;
  const openPage = service.page.bind(service);
  const path = '/journeys/:journeyId/discovery/timeline/new';
  app.get<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, (page) => renderEntry(reply, page, {})),
  );
  app.post<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, async (page, caller, journeyId) => {
      const values = sentValues(request.body);
      const form = parseForm(timelineSchema(todayInLondon()), values);
      if (!form.ok) {
        return renderEntry(reply.status(400), page, values, inPageOrder(form, TIMELINE_FIELDS));
      }
      const result = await service.add(caller, journeyId, form.data);
      return answerNetworkChange(
        reply,
        journeyId,
        result,
        { path: 'discovery/timeline', notice: 'timeline-added' },
        (problems) => renderEntry(reply, page, values, problems),
      );
    }),
  );
}
