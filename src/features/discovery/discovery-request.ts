import type { FastifyReply } from 'fastify';
import { type FormProblems, problemsFor } from '../../platform/forms.ts';
import type { Done, Ended, NotFound, Refused } from '../journeys/journey-case.service.ts';
import { answerChange } from '../journeys/journey-request.ts';

/**
 * Answers a change sent from a discovery or engagement page as the journey pages do (404, the
 * ended page, the form again with the refusal), but a change that was done goes back to the
 * page it belongs to, with a notice for its success banner.
 */
export function answerNetworkChange(
  reply: FastifyReply,
  journeyId: string,
  result: Done | Refused | Ended | NotFound,
  back: { path: string; notice: string },
  showRefused: (problems: FormProblems) => unknown,
) {
  if (result.outcome !== 'done') {
    return answerChange(reply, journeyId, result, back.notice, showRefused);
  }
  return reply.redirect(`/journeys/${journeyId}/${back.path}?notice=${back.notice}`, 303);
}

export { problemsFor };

/** A form's values as sent, for showing the form again. */
export function sentValues(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
}
