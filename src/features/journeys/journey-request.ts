import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Caller, JourneyCase, Refused } from './journey-case.service.ts';
import { caseSummary } from './journey-form.view-model.ts';

export type JourneyParams = { Params: { journeyId: string } };

/** Every journey route declares a permission, so a request that reaches a handler is signed in. */
export function callerFrom(request: FastifyRequest): Caller {
  if (!request.user) throw new Error('Journey routes are only reached by a signed-in user');
  return { user: request.user, requestId: request.id };
}

const recordId = z.uuid();

/** The journey id from the address, or null when it could not be one (the route answers 404). */
export function journeyIdFrom(request: FastifyRequest<JourneyParams>): string | null {
  const result = recordId.safeParse(request.params.journeyId);
  return result.success ? result.data : null;
}

/** The error summary and field message for a rule the service refused. */
export function problemsFor(refused: Refused) {
  if (!refused.field) return { errors: [{ text: refused.reason }], fieldErrors: {} };
  return {
    errors: [{ text: refused.reason, href: `#${refused.field}` }],
    fieldErrors: { [refused.field]: { text: refused.reason } },
  };
}

/** Back to the case page, with a notice the page turns into a success banner. */
export function backToCase(reply: FastifyReply, journeyId: string, notice: string) {
  return reply.redirect(`/journeys/${journeyId}?notice=${notice}`, 303);
}

/**
 * An ended journey is read-only: its change pages say so (a GET), and a change sent anyway is
 * refused with the same message (409).
 */
export function renderEnded(reply: FastifyReply, found: JourneyCase, method: 'GET' | 'POST') {
  return reply.status(method === 'GET' ? 200 : 409).viewAsync('features/journeys/views/ended.njk', {
    title: 'This journey has ended',
    summary: caseSummary(found),
  });
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
