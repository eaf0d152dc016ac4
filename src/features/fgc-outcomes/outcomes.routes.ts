import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { parseForm } from '../../platform/forms.ts';
import { dateItems } from '../journeys/form-fields.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import {
  answerChange,
  answerOpenJourney,
  callerFrom,
  type JourneyParams,
  journeyIdFrom,
} from '../journeys/journey-request.ts';
import { outcomeSchema } from './outcomes.schemas.ts';
import type { OutcomesService } from './outcomes.service.ts';
import { outcomeItems, outcomeRows } from './outcomes.view-model.ts';

type Page = Extract<Awaited<ReturnType<OutcomesService['formPage']>>, { outcome: 'found' }>;
type Values = Record<string, unknown>;
type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };
const work = { access: 'journeys:work' } as const;

function render(reply: FastifyReply, page: Page, values: Values, problems: Problems) {
  const fieldErrors = problems.fieldErrors ?? {};
  return reply.viewAsync('features/fgc-outcomes/views/outcome.njk', {
    title: 'Record an outcome',
    summary: caseSummary(page.found),
    fgc: page.fgc,
    recorded: outcomeRows(page.outcomes),
    values,
    outcomes: outcomeItems(values.outcome),
    dateItems: dateItems(
      values,
      'outcomeOn',
      ['day', 'month', 'year'].some((p) => fieldErrors[`outcomeOn-${p}`]),
    ),
    fieldErrors,
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

/** Recording an outcome of an FGC journey. */
export function outcomeRoutes(app: FastifyInstance, service: OutcomesService) {
  const path = '/journeys/:journeyId/outcomes/new';

  app.get<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, service.formPage.bind(service), (page) =>
      render(reply, page, {}, {}),
    ),
  );

  app.post<JourneyParams>(path, { config: work }, async (request, reply) => {
    const journeyId = journeyIdFrom(request);
    if (!journeyId) return reply.callNotFound();
    const values = (request.body ?? {}) as Values;
    const form = parseForm(outcomeSchema(todayInLondon()), values);
    if (!form.ok) {
      return answerOpenJourney(request, reply, service.formPage.bind(service), (page) =>
        render(reply.status(400), page, values, form),
      );
    }
    const result = await service.record(callerFrom(request), journeyId, form.data);
    return answerChange(reply, journeyId, result, 'outcome-recorded', (problems) =>
      answerOpenJourney(request, reply, service.formPage.bind(service), (page) =>
        render(reply, page, values, problems),
      ),
    );
  });
}
