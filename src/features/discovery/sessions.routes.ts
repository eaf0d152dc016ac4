import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { DISCOVERY_TOOLS } from '../../domain/discovery-tools.ts';
import { asList } from '../../platform/forms.ts';
import { dateItems } from '../journeys/form-fields.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { networkFormRoutes } from './network-form-route.ts';
import { SESSION_FIELDS, sessionSchema } from './sessions.schemas.ts';
import type { SessionsService } from './sessions.service.ts';

type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };

function renderSession(
  reply: FastifyReply,
  page: { found: JourneyCase; blockedReason: string | null },
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  const fieldErrors = problems.fieldErrors ?? {};
  const dateError = ['day', 'month', 'year'].some((part) => fieldErrors[`heldOn-${part}`]);
  const ticked = asList(values.tools);
  return reply.viewAsync('features/discovery/views/session-new.njk', {
    title: 'Record a session with the young person',
    summary: caseSummary(page.found),
    blockedReason: page.blockedReason,
    values,
    dateItems: dateItems(values, 'heldOn', dateError),
    toolItems: DISCOVERY_TOOLS.map((tool) => ({
      value: tool.code,
      text: tool.name,
      checked: ticked.includes(tool.code),
    })),
    fieldErrors,
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

export function sessionRoutes(app: FastifyInstance, service: SessionsService) {
  networkFormRoutes(app, {
    path: '/journeys/:journeyId/discovery/sessions/new',
    open: (caller, journeyId) => service.page(caller, journeyId),
    render: renderSession,
    schema: () => sessionSchema(todayInLondon()),
    fields: SESSION_FIELDS,
    save: (caller, journeyId, form) => service.add(caller, journeyId, form),
    back: { path: 'discovery', notice: 'session-recorded' },
  });
}
