import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { type PlanContent, textSection } from '../../domain/plan-content.ts';
import { parseForm } from '../../platform/forms.ts';
import { dateItems } from '../journeys/form-fields.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import type { PlanService } from './plan.service.ts';
import { decisionRows, stateText, taskItems } from './plan.view-model.ts';
import {
  answerChange,
  answerOther,
  noticeText,
  type PlanParams,
  type Problems,
  pageOf,
  planHref,
  planIdsFrom,
  read,
  type Values,
  VIEWS,
  work,
} from './plan-request.ts';
import { startSchema, textSectionSchema } from './plans.schemas.ts';
import { versionRows } from './versions.view-model.ts';

/** The plan's page (start it, or its task list), its written sections, and sending it on. */
export function planRoutes(app: FastifyInstance, service: PlanService) {
  const base = '/journeys/:journeyId/conferences/:conferenceId/plan';

  const showPlan = async (
    request: FastifyRequest<PlanParams>,
    reply: FastifyReply,
    values: Values,
    problems: Problems,
  ) => {
    const ids = planIdsFrom(request);
    if (!ids) return reply.callNotFound();
    const result = await service.overview(callerFrom(request), ids);
    const other = answerOther(request, reply, result);
    if (other) return other;
    const page = pageOf(result);
    if (!page) return reply.callNotFound();
    const href = planHref(ids);
    const canWork = page.canWork && page.found.journey.status !== 'ended';
    const fieldErrors = problems.fieldErrors ?? {};
    const common = {
      summary: caseSummary(page.found),
      notice: noticeText(request.query.notice),
      href,
      conferenceHref: `/journeys/${ids.journeyId}/conferences/${ids.conferenceId}`,
      canWork,
      values,
      fieldErrors,
      ...(problems.errors ? { errors: problems.errors } : {}),
    };
    if (!page.plan) {
      return reply.viewAsync(`${VIEWS}/start.njk`, {
        ...common,
        title: 'The plan',
        alternative: page.conference.held_as === 'alternative',
        review: Boolean(page.conference.reviews_plan_version_id),
        cannotStart: page.cannotStart,
        dateItems: dateItems(values, 'madeOn', Boolean(fieldErrors['madeOn-day'])),
      });
    }
    const { plan } = page;
    const editable = canWork;
    return reply.viewAsync(`${VIEWS}/plan.njk`, {
      ...common,
      title: 'The plan',
      state: stateText(plan.version),
      madeOn: plan.plan.made_on,
      tasks: taskItems(plan.content, plan.fgc, editable ? href : null),
      canSend: editable && !plan.version.ready_at && !plan.version.agreed_at,
      canDecide: plan.canDecide && Boolean(plan.version.ready_at) && !plan.version.agreed_at,
      versions: versionRows(plan.plan, page.versions, href).slice(0, 3),
      versionCount: page.versions.length,
      decisions: decisionRows(page.decisions),
    });
  };

  app.get<PlanParams>(base, { config: read }, (request, reply) => showPlan(request, reply, {}, {}));

  app.post<PlanParams>(base, { config: work }, async (request, reply) => {
    const ids = planIdsFrom(request);
    if (!ids) return reply.callNotFound();
    const values = (request.body ?? {}) as Values;
    const alternativeDay = Object.keys(values).some((key) => key.startsWith('madeOn-'));
    let madeOn: string | null = null;
    if (alternativeDay) {
      const form = parseForm(startSchema(todayInLondon()), values);
      if (!form.ok) return showPlan(request, reply.status(400), values, form);
      madeOn = form.data.madeOn;
    }
    const result = await service.start(callerFrom(request), ids, madeOn);
    const other = answerOther(request, reply, result);
    if (other) return other;
    return answerChange(reply, ids, result as { outcome: string }, 'started', (problems) =>
      showPlan(request, reply.status(400), values, problems),
    );
  });

  const sectionPage = async (request: FastifyRequest<PlanParams>, reply: FastifyReply) => {
    const ids = planIdsFrom(request);
    if (!ids) return reply.callNotFound();
    const section = textSection(request.params.section ?? '');
    const opened = await service.formPage(callerFrom(request), ids, `plan-${section?.key ?? ''}`);
    const other = answerOther(request, reply, opened);
    if (other) return other;
    const page = pageOf(opened);
    if (!page || !section || (section.fgcOnly && !page.fgc)) {
      return reply.callNotFound();
    }
    const render = (values: Values, problems: Problems) =>
      reply.viewAsync(`${VIEWS}/section.njk`, {
        title: section.title,
        summary: caseSummary(page.found),
        href: planHref(ids),
        section,
        values,
        fieldErrors: problems.fieldErrors ?? {},
        ...(problems.errors ? { errors: problems.errors } : {}),
      });
    if (request.method === 'GET') return render({ text: page.content[section.field] ?? '' }, {});
    const values = (request.body ?? {}) as Values;
    const form = parseForm(textSectionSchema, values);
    if (!form.ok) return render(values, form);
    const result = await service.change(
      callerFrom(request),
      ids,
      section.key,
      async (_tx, open): Promise<PlanContent> => ({
        ...open.content,
        [section.field]: form.data.text,
      }),
    );
    const closed = answerOther(request, reply, result);
    if (closed) return closed;
    return answerChange(reply, ids, result as { outcome: string }, 'saved', (problems) =>
      render(values, problems),
    );
  };
  app.get<PlanParams>(`${base}/sections/:section`, { config: work }, sectionPage);
  app.post<PlanParams>(`${base}/sections/:section`, { config: work }, sectionPage);

  app.post<PlanParams>(`${base}/ready`, { config: work }, async (request, reply) => {
    const ids = planIdsFrom(request);
    if (!ids) return reply.callNotFound();
    const result = await service.markReady(callerFrom(request), ids);
    const other = answerOther(request, reply, result);
    if (other) return other;
    return answerChange(reply, ids, result as { outcome: string }, 'ready', (problems) =>
      showPlan(request, reply.status(400), {}, problems),
    );
  });
}
