import type { FastifyRequest } from 'fastify';
import { type FormProblems, problemsFor } from '../../platform/forms.ts';
import type { RuleBroken, Viewer } from './children.service.ts';

export { type FormProblems, parseRecordId } from '../../platform/forms.ts';

export const VIEWS = 'features/children/views';

/** Every route here declares a permission, so a request that reaches a handler is signed in. */
export function viewerFrom(request: FastifyRequest): Viewer {
  if (!request.user) throw new Error('Children routes are only reached by a signed-in user');
  return {
    id: request.user.id,
    organisationId: request.user.organisationId,
    roles: request.user.roles,
    requestId: request.id,
  };
}

/** The GOV.UK error summary and field message for one broken rule. */
export function errorsFor(rule: RuleBroken): FormProblems {
  return problemsFor(rule.text, rule.field);
}
