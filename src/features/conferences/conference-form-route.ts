import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { parseForm } from '../../platform/forms.ts';
import type { Refused } from '../journeys/journey-case.service.ts';
import { inPageOrder } from '../journeys/journey-request.ts';
import {
  answerClosed,
  answerSaved,
  type ConferenceParams,
  idsFrom,
  isClosed,
} from './conference-request.ts';

export const VIEWS = 'features/conferences/views';
export const read = { access: 'cases:read' } as const;
export const work = { access: 'journeys:work' } as const;
export type Ids = NonNullable<ReturnType<typeof idsFrom>>;
export type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };
export type Values = Record<string, unknown>;

export const radios = (
  values: readonly string[],
  labels: Record<string, string>,
  chosen: unknown,
) => values.map((value) => ({ value, text: labels[value] ?? value, checked: chosen === value }));

/**
 * One change page: GET shows the form, POST checks it and saves, or shows it again with the
 * problems (400, nothing written).
 */
export function formRoute<Page extends { outcome: 'found' }, Form>(
  app: FastifyInstance,
  path: string,
  step: {
    open: (request: FastifyRequest<ConferenceParams>, ids: Ids) => Promise<unknown>;
    values: (page: Page, query: Values) => Values;
    render: (reply: FastifyReply, page: Page, values: Values, problems: Problems) => unknown;
    parse: (
      values: Values,
    ) =>
      | ReturnType<typeof parseForm<never>>
      | { ok: true; data: Form }
      | { ok: false; errors: unknown[]; fieldErrors: Record<string, unknown> };
    save: (request: FastifyRequest<ConferenceParams>, ids: Ids, form: Form) => Promise<unknown>;
    notice: string;
    fields?: readonly string[];
    /** Where a saved change goes, below the conference's address (its page when not given). */
    after?: string;
  },
) {
  app.get<ConferenceParams>(path, { config: work }, async (request, reply) => {
    const ids = idsFrom(request);
    if (!ids) return reply.callNotFound();
    const page = (await step.open(request, ids)) as Page;
    if (isClosed(page)) return answerClosed(request, reply, page);
    return step.render(reply, page, step.values(page, (request.query ?? {}) as Values), {});
  });
  app.post<ConferenceParams>(path, { config: work }, async (request, reply) => {
    const ids = idsFrom(request);
    if (!ids) return reply.callNotFound();
    const page = (await step.open(request, ids)) as Page;
    if (isClosed(page)) return answerClosed(request, reply, page);
    const values = (request.body ?? {}) as Values;
    const form = step.parse(values);
    if (!form.ok) {
      const problems = step.fields
        ? inPageOrder(form as { errors: Array<{ text: string; href?: string }> }, step.fields)
        : form;
      return step.render(reply.status(400), page, values, problems as Problems);
    }
    const result = (await step.save(request, ids, form.data as Form)) as
      | { outcome: 'saved'; conferenceId: string }
      | Refused;
    if (isClosed(result)) return answerClosed(request, reply, result);
    return answerSaved(
      reply,
      ids.journeyId,
      result,
      step.notice,
      (problems) => step.render(reply.status(400), page, values, problems),
      step.after,
    );
  });
}
