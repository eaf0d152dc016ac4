import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FormProblems, parseRecordId, problemsFor } from '../../platform/forms.ts';
import type {
  Caller,
  Done,
  Ended,
  JourneyCase,
  NotFound,
  Refused,
} from './journey-case.service.ts';
import { caseSummary } from './journey-form.view-model.ts';

export type JourneyParams = { Params: { journeyId: string } };

/** Every journey route declares a permission, so a request that reaches a handler is signed in. */
export function callerFrom(request: FastifyRequest): Caller {
  if (!request.user) throw new Error('Journey routes are only reached by a signed-in user');
  return { user: request.user, requestId: request.id };
}

/** The journey id from the address, or null when it could not be one (the route answers 404). */
export function journeyIdFrom(request: FastifyRequest<JourneyParams>): string | null {
  return parseRecordId(request.params.journeyId);
}

/** Back to the case page, with a notice the page turns into a success banner. */
function backToCase(reply: FastifyReply, journeyId: string, notice: string) {
  return reply.redirect(`/journeys/${journeyId}?notice=${notice}`, 303);
}

/**
 * An ended journey is read-only: its change pages say so (a GET), and a change sent anyway is
 * refused with the same message (409).
 */
function renderEnded(reply: FastifyReply, found: JourneyCase, method: 'GET' | 'POST') {
  return reply.status(method === 'GET' ? 200 : 409).viewAsync('features/journeys/views/ended.njk', {
    title: 'This journey has ended',
    summary: caseSummary(found),
  });
}

/**
 * Answers a request to a page that changes a journey: 404 when the address is not a journey the
 * person may work on, the ended page when it has ended; otherwise `answer` answers with the page.
 */
export async function answerOpenJourney<Page extends { outcome: 'found' }>(
  request: FastifyRequest<JourneyParams>,
  reply: FastifyReply,
  open: (caller: Caller, journeyId: string) => Promise<Page | Ended | NotFound>,
  answer: (page: Page, caller: Caller, journeyId: string) => unknown,
) {
  const journeyId = journeyIdFrom(request);
  if (!journeyId) return reply.callNotFound();
  const caller = callerFrom(request);
  const page = await open(caller, journeyId);
  if (page.outcome === 'not-found') return reply.callNotFound();
  if (page.outcome === 'ended') {
    return renderEnded(reply, page.found, request.method === 'POST' ? 'POST' : 'GET');
  }
  return answer(page, caller, journeyId);
}

/**
 * Answers a change that was sent: 404 or the ended page as for its page, the form again (400)
 * with why a rule refused it, or back to the case page with a notice.
 */
export function answerChange(
  reply: FastifyReply,
  journeyId: string,
  result: Done | Refused | Ended | NotFound,
  notice: string,
  showRefused: (problems: FormProblems) => unknown,
) {
  if (result.outcome === 'not-found') return reply.callNotFound();
  if (result.outcome === 'ended') return renderEnded(reply, result.found, 'POST');
  if (result.outcome === 'refused') {
    reply.status(400);
    return showRefused(problemsFor(result.reason, result.field));
  }
  return backToCase(reply, journeyId, notice);
}

/**
 * Problems in the order the fields appear on the page: checks across fields (dates, times)
 * are found after the fields' own, but the error summary follows the page.
 */
export function inPageOrder<P extends { errors: Array<{ text: string; href?: string }> }>(
  problems: P,
  fields: readonly string[],
): P {
  const position = (href: string | undefined) => {
    const index = fields.findIndex((field) => href?.slice(1).startsWith(field));
    return index === -1 ? fields.length : index;
  };
  return {
    ...problems,
    errors: [...problems.errors].sort((a, b) => position(a.href) - position(b.href)),
  };
}
