import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { DISCOVERY_TOOLS } from '../../domain/discovery-tools.ts';
import { asList, parseForm } from '../../platform/forms.ts';
import { dateItems } from '../journeys/form-fields.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { answerOpenJourney, inPageOrder, type JourneyParams } from '../journeys/journey-request.ts';
import { answerNetworkChange, sentValues } from './discovery-request.ts';
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
  const work = { access: 'journeys:work' } as const;
  const openPage = service.page.bind(service);
  const path = '/journeys/:journeyId/discovery/sessions/new';

  app.get<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, (page) => renderSession(reply, page, {})),
  );

  app.post<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, async (page, caller, journeyId) => {
      const values = sentValues(request.body);
      const form = parseForm(sessionSchema(todayInLondon()), values);
      if (!form.ok) {
        return renderSession(reply.status(400), page, values, inPageOrder(form, SESSION_FIELDS));
      }
      const result = await service.add(caller, journeyId, form.data);
      return answerNetworkChange(
        reply,
        journeyId,
        result,
        { path: 'discovery', notice: 'session-recorded' },
        (problems) => renderSession(reply, page, values, problems),
      );
    }),
  );
}
