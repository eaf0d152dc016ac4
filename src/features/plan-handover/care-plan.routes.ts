import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../platform/forms.ts';
import { dateItems } from '../journeys/form-fields.ts';
import type { CarePlanService } from './care-plan.service.ts';
import { callerFrom, formRoute, type Problems, pageBase, VIEWS } from './handover-request.ts';
import { carePlanSchema, iroCopySchema } from './plan-handover.schemas.ts';
import { CARE_PLAN_TEXT, METHOD_TEXT, radios, versionItems } from './plan-handover.view-model.ts';

const dateError = (problems: Problems, prefix: string) =>
  ['day', 'month', 'year'].some((part) => problems.fieldErrors?.[`${prefix}-${part}`]);

/** Stage 7: the IRO records their copy; the social worker confirms the care or pathway plan. */
export function carePlanRoutes(app: FastifyInstance, service: CarePlanService) {
  const base = '/journeys/:journeyId/plan-handover/:planId';

  formRoute(app, `${base}/iro-copy`, 'handover:iro-copy', {
    open: (request, ids) => service.iroCopyPage(callerFrom(request), ids.journeyId, ids.planId),
    values: () => ({}),
    render: (reply, page, values, problems) =>
      reply.viewAsync(`${VIEWS}/iro-copy.njk`, {
        ...pageBase(page, 'Record your copy of the plan'),
        ...problems,
        versions: versionItems(page, values.versionId),
        receivedOnItems: dateItems(values, 'receivedOn', dateError(problems, 'receivedOn')),
        methods: radios(METHOD_TEXT, values.method),
      }),
    parse: (values) => parseForm(iroCopySchema, values),
    save: (request, ids, form) =>
      service.recordIroCopy(callerFrom(request), ids.journeyId, ids.planId, form),
    notice: () => 'iro-copy',
    fields: ['versionId', 'receivedOn', 'method'],
  });

  formRoute(app, `${base}/care-plan`, 'handover:confirm-care-plan', {
    open: (request, ids) => service.carePlanPage(callerFrom(request), ids.journeyId, ids.planId),
    values: () => ({}),
    render: (reply, page, values, problems) =>
      reply.viewAsync(`${VIEWS}/care-plan.njk`, {
        ...pageBase(page, 'Confirm the plan is in the care or pathway plan'),
        ...problems,
        values,
        versions: versionItems(page, values.versionId),
        kinds: radios(CARE_PLAN_TEXT, values.carePlanKind),
        includedOnItems: dateItems(values, 'includedOn', dateError(problems, 'includedOn')),
      }),
    parse: (values) => parseForm(carePlanSchema, values),
    save: (request, ids, form) =>
      service.confirmCarePlan(callerFrom(request), ids.journeyId, ids.planId, form),
    notice: () => 'care-plan',
    fields: ['versionId', 'carePlanKind', 'reference', 'includedOn'],
  });
}
