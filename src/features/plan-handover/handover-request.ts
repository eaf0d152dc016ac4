import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Access } from '../../platform/access-policy.ts';
import { type FormResult, parseRecordId, problemsFor } from '../../platform/forms.ts';
import type { Ended, NotFound, Refused } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom, inPageOrder } from '../journeys/journey-request.ts';
import type { HandoverPlan } from './handover-case.ts';
import { handoverHref, planHref } from './plan-handover.view-model.ts';

export type HandoverParams = {
  Params: { journeyId: string; planId?: string; recipientId?: string };
};
export type Ids = { journeyId: string; planId: string; recipientId: string };
export type Values = Record<string, unknown>;
export type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };
export const VIEWS = 'features/plan-handover/views';

/** The record ids in the address, or null when one could not be an id (the route answers 404). */
export function idsFrom(request: FastifyRequest<HandoverParams>): Ids | null {
  const { journeyId, planId, recipientId } = request.params;
  const ids = {
    journeyId: parseRecordId(journeyId) ?? '',
    planId: planId === undefined ? '' : (parseRecordId(planId) ?? ''),
    recipientId: recipientId === undefined ? '' : (parseRecordId(recipientId) ?? ''),
  };
  if (!ids.journeyId) return null;
  if (planId !== undefined && !ids.planId) return null;
  if (recipientId !== undefined && !ids.recipientId) return null;
  return ids;
}

type Closed = NotFound | Ended;
const isClosed = (result: unknown): result is Closed => {
  const outcome = (result as { outcome?: unknown }).outcome;
  return outcome === 'not-found' || outcome === 'ended';
};

/** 404 for a record the person may not see; the ended page for a change to an ended journey. */
export function answerClosed(request: FastifyRequest, reply: FastifyReply, result: Closed) {
  if (result.outcome === 'not-found') return reply.callNotFound();
  return reply
    .status(request.method === 'GET' ? 200 : 409)
    .viewAsync('features/journeys/views/ended.njk', {
      title: 'This journey has ended',
      summary: caseSummary(result.found),
    });
}

/** What every handover form page is given. */
export function pageBase(page: HandoverPlan, title: string) {
  return {
    title,
    summary: caseSummary(page.found),
    href: planHref(page.found.journey.id, page.plan.id),
    backHref: handoverHref(page.found.journey.id),
  };
}

/**
 * One form: GET shows it, POST checks it and saves, or shows it again with the problems (400,
 * nothing written), or goes back to the handover page with a banner.
 */
export function formRoute<Page extends HandoverPlan & { outcome: 'found' }, Form>(
  app: FastifyInstance,
  path: string,
  access: Access,
  step: {
    open: (request: FastifyRequest<HandoverParams>, ids: Ids) => Promise<Page | Closed>;
    values: (page: Page) => Values;
    render: (reply: FastifyReply, page: Page, values: Values, problems: Problems) => unknown;
    parse: (values: Values) => FormResult<Form>;
    save: (
      request: FastifyRequest<HandoverParams>,
      ids: Ids,
      form: Form,
    ) => Promise<{ outcome: 'saved' } | Refused | Closed>;
    notice: (form: Form) => string;
    fields: readonly string[];
    /** Two forms on one page: where this one posts, and whether the page's GET is another's. */
    post?: string;
    getElsewhere?: boolean;
  },
) {
  const open = async (request: FastifyRequest<HandoverParams>, reply: FastifyReply) => {
    const ids = idsFrom(request);
    if (!ids) return { answered: reply.callNotFound() };
    const page = await step.open(request, ids);
    if (isClosed(page)) return { answered: answerClosed(request, reply, page) };
    return { ids, page };
  };
  if (!step.getElsewhere) {
    app.get<HandoverParams>(path, { config: { access } }, async (request, reply) => {
      const opened = await open(request, reply);
      if ('answered' in opened) return opened.answered;
      return step.render(reply, opened.page, step.values(opened.page), {});
    });
  }
  app.post<HandoverParams>(step.post ?? path, { config: { access } }, async (request, reply) => {
    const opened = await open(request, reply);
    if ('answered' in opened) return opened.answered;
    const { ids, page } = opened;
    const values = (request.body ?? {}) as Values;
    const form = step.parse(values);
    if (!form.ok) {
      return step.render(reply.status(400), page, values, inPageOrder(form, step.fields));
    }
    const result = await step.save(request, ids, form.data);
    if (isClosed(result)) return answerClosed(request, reply, result);
    if (result.outcome === 'refused') {
      return step.render(reply.status(400), page, values, problemsFor(result.reason, result.field));
    }
    return reply.redirect(`${handoverHref(ids.journeyId)}?notice=${step.notice(form.data)}`, 303);
  });
}

export { callerFrom };
