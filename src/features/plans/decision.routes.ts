import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { planDocument } from '../../domain/plan-document.ts';
import { parseForm, problemsFor } from '../../platform/forms.ts';
import { dateItems } from '../journeys/form-fields.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import type { DecisionService } from './decision.service.ts';
import { decisionRows, radios, stateText } from './plan.view-model.ts';
import {
  answerOther,
  decide,
  ordered,
  type PlanParams,
  type Problems,
  pageOf,
  planHref,
  planIdsFrom,
  type Values,
  VIEWS,
} from './plan-request.ts';
import { DECISION_FIELDS, decisionSchema } from './plans.schemas.ts';

const OUTCOMES = {
  agreed: 'I agree the plan',
  delayed: 'I need more time to decide',
  not_agreed: 'I do not agree the plan: it places the young person at risk of harm',
};

/** The referrer's decision: the plan to read, then agree, delay or not agree it. */
export function decisionRoutes(app: FastifyInstance, service: DecisionService) {
  const path = '/journeys/:journeyId/conferences/:conferenceId/plan/decision';

  async function show(
    request: FastifyRequest<PlanParams>,
    reply: FastifyReply,
    values: Values,
    problems: Problems,
  ) {
    const ids = planIdsFrom(request);
    if (!ids) return reply.callNotFound();
    const result = await service.page(callerFrom(request), ids);
    const other = answerOther(request, reply, result);
    if (other) return other;
    const page = pageOf(result);
    if (!page) return reply.callNotFound();
    const fieldErrors = problems.fieldErrors ?? {};
    return reply.viewAsync(`${VIEWS}/decision.njk`, {
      title: 'Decide on the plan',
      summary: caseSummary(page.found),
      href: planHref(ids),
      state: stateText(page.version),
      open: Boolean(page.version.ready_at) && !page.version.agreed_at,
      version: page.version.number,
      sections: planDocument(page.content, page.fgc),
      decisions: decisionRows(page.decisions),
      values,
      outcomes: radios(Object.keys(OUTCOMES), OUTCOMES, values.outcome),
      dateItems: dateItems(values, 'promisedOn', Boolean(fieldErrors['promisedOn-day'])),
      fieldErrors,
      ...(problems.errors ? { errors: problems.errors } : {}),
    });
  }

  app.get<PlanParams>(path, { config: decide }, (request, reply) => show(request, reply, {}, {}));

  app.post<PlanParams>(path, { config: decide }, async (request, reply) => {
    const ids = planIdsFrom(request);
    if (!ids) return reply.callNotFound();
    const values = (request.body ?? {}) as Values;
    const form = parseForm(decisionSchema(todayInLondon()), values);
    if (!form.ok) return show(request, reply.status(400), values, ordered(form, DECISION_FIELDS));
    const result = await service.decide(callerFrom(request), ids, form.data);
    const other = answerOther(request, reply, result);
    if (other) return other;
    if (result.outcome === 'refused') {
      return show(request, reply.status(400), values, problemsFor(result.reason));
    }
    if (result.outcome !== 'decided') return reply.callNotFound();
    return reply.redirect(`${planHref(ids)}?notice=${result.decision}`, 303);
  });
}
