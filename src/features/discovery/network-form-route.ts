import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type FormProblems, parseForm } from '../../platform/forms.ts';
import type {
  Caller,
  Done,
  Ended,
  JourneyCase,
  NotFound,
  Refused,
} from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import {
  answerOpenJourney,
  callerFrom,
  inPageOrder,
  type JourneyParams,
  journeyIdFrom,
} from '../journeys/journey-request.ts';
import { answerNetworkChange, sentValues } from './discovery-request.ts';

type Problems = Partial<FormProblems>;

/** One "add a record" form of a journey's discovery or engagement work: its page and its change. */
export interface NetworkForm<Page, Schema extends z.ZodType> {
  /** The form's address, e.g. '/journeys/:journeyId/discovery/chronology/new'. */
  path: string;
  /** Opens the journey for the form (not found, ended, or the page's facts). */
  open: (
    caller: Caller,
    journeyId: string,
    request: FastifyRequest,
  ) => Promise<(Page & { outcome: 'found' }) | Ended | NotFound>;
  /** Shows the form; the page's type is taken from here. */
  render: (
    reply: FastifyReply,
    page: Page,
    values: Record<string, unknown>,
    problems?: Problems,
  ) => unknown;
  /** Built for each answer, as the rules may depend on today's date. */
  schema: () => Schema;
  /** The fields in page order, for the error summary. */
  fields: readonly string[];
  save: (
    caller: Caller,
    journeyId: string,
    form: z.infer<Schema>,
    page: Page,
  ) => Promise<Done | Refused | Ended | NotFound>;
  /** Where a change that was done goes back to, and its success banner. */
  back: { path: string; notice: string };
}

/**
 * The GET and POST of one form, as every discovery and engagement form answers: only for those
 * who work on the journey; 404 or the ended page as the journey's pages; bad input shows the form
 * again (400) with the answers kept and nothing written; a refusal likewise with its reason; a
 * change that was done goes back to its page with a notice.
 */
export function networkFormRoutes<Page, Schema extends z.ZodType>(
  app: FastifyInstance,
  form: NetworkForm<Page, Schema>,
) {
  const config = { access: 'journeys:work' } as const;
  const open = (request: FastifyRequest) => (caller: Caller, journeyId: string) =>
    form.open(caller, journeyId, request);
  app.get<JourneyParams>(form.path, { config }, (request, reply) =>
    answerOpenJourney(request, reply, open(request), (page) => form.render(reply, page, {})),
  );
  app.post<JourneyParams>(form.path, { config }, (request, reply) =>
    answerOpenJourney(request, reply, open(request), async (page, caller, journeyId) => {
      const values = sentValues(request.body);
      const parsed = parseForm(form.schema(), values);
      if (!parsed.ok)
        return form.render(reply.status(400), page, values, inPageOrder(parsed, form.fields));
      const result = await form.save(caller, journeyId, parsed.data, page);
      return answerNetworkChange(reply, journeyId, result, form.back, (problems) =>
        form.render(reply, page, values, problems),
      );
    }),
  );
}

/** One page that lists a journey's discovery or engagement records (the chronology, the log...). */
export interface NetworkPage<Page extends { outcome: 'found'; found: JourneyCase }> {
  path: string;
  open: (caller: Caller, journeyId: string) => Promise<Page | NotFound>;
  view: string;
  /** The page's words; `notice` is the success banner's code from the address, if any. */
  model: (page: Page, notice: unknown, caller: Caller) => object;
}

/** The GET of a list page: seen by those who see the case (the service narrows it), else 404. */
export function networkPageRoute<Page extends { outcome: 'found'; found: JourneyCase }>(
  app: FastifyInstance,
  page: NetworkPage<Page>,
) {
  app.get<JourneyParams>(
    page.path,
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const caller = callerFrom(request);
      const opened = await page.open(caller, journeyId);
      if (opened.outcome === 'not-found') return reply.callNotFound();
      const { notice } = (request.query ?? {}) as { notice?: unknown };
      return reply.viewAsync(page.view, {
        summary: caseSummary(opened.found),
        ...page.model(opened, notice, caller),
      });
    },
  );
}

/** Who may add to the records: the journey is open and past planning (the service checks who). */
export function canAddTo(found: JourneyCase) {
  return found.journey.status !== 'ended' && found.journey.stage >= 3;
}
