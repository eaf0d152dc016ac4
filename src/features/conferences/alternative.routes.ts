import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../platform/forms.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import { alternativeSchema } from './conference.schemas.ts';
import type { ConferenceService } from './conference.service.ts';
import { KIND_TEXT } from './conference.view-model.ts';
import { formRoute, radios, VIEWS } from './conference-form-route.ts';

type NewPage = Extract<Awaited<ReturnType<ConferenceService['newPage']>>, { outcome: 'found' }>;

/** Recording another way of deciding, when a conference is not right or not wanted (ADR 0027). */
export function alternativeRoutes(app: FastifyInstance, service: ConferenceService) {
  const base = '/journeys/:journeyId/conferences';
  formRoute<NewPage, ReturnType<typeof alternativeSchema.parse>>(app, `${base}/alternative`, {
    open: (request, ids) =>
      service.newPage(callerFrom(request), ids.journeyId, 'conference-alternative'),
    values: (page) => ({ kind: page.kind }),
    render: (reply, page, values, problems) =>
      reply.viewAsync(`${VIEWS}/alternative.njk`, {
        title: 'Record another way of deciding',
        summary: caseSummary(page.found),
        values,
        kinds: radios(['lifelong_links_fgc', 'fgc'], KIND_TEXT, values.kind),
        fieldErrors: problems.fieldErrors ?? {},
        ...(problems.errors ? { errors: problems.errors } : {}),
      }),
    parse: (values) => parseForm(alternativeSchema, values),
    save: (request, ids, form) => service.alternative(callerFrom(request), ids.journeyId, form),
    notice: 'alternative',
  });
}
