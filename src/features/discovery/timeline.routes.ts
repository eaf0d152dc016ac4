import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { childName } from '../journeys/journey-labels.ts';
import { discoveryNotice } from './discovery.view-model.ts';
import { canAddTo, networkFormRoutes, networkPageRoute } from './network-form-route.ts';
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
  networkPageRoute(app, {
    path: '/journeys/:journeyId/discovery/timeline',
    open: (caller, journeyId) => service.overview(caller, journeyId),
    view: 'features/discovery/views/timeline.njk',
    model: (page, notice) => ({
      title: 'Timeline',
      notice: discoveryNotice(notice),
      timelines: page.found.children.map((child) => ({
        name: childName(child),
        shortName: child.preferred_name ?? child.first_name,
        entries: page.rows.filter((row) => row.child_id === child.id),
      })),
      canWork: canAddTo(page.found),
    }),
  });

  networkFormRoutes(app, {
    path: '/journeys/:journeyId/discovery/timeline/new',
    open: (caller, journeyId) => service.page(caller, journeyId),
    render: renderEntry,
    schema: () => timelineSchema(todayInLondon()),
    fields: TIMELINE_FIELDS,
    save: (caller, journeyId, form) => service.add(caller, journeyId, form),
    back: { path: 'discovery/timeline', notice: 'timeline-added' },
  });
}
