import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseRecordId } from '../../platform/forms.ts';
import { type Actor, isRefusal, type Problem, type Refusal } from './referral-case.ts';

/** Every referral route declares a permission, so a request that reaches a handler is signed in. */
export function actorFrom(request: FastifyRequest): Actor {
  const user = request.user;
  if (!user) throw new Error('Referral routes are only reached by a signed-in user');
  return {
    id: user.id,
    organisationId: user.organisationId,
    roles: user.roles,
    requestId: request.id,
  };
}

/** A record id from the address, or null when it could not be one (the route answers 404). */
export const recordId = parseRecordId;

export type FormBody = Record<string, unknown>;

export function bodyOf(request: FastifyRequest): FormBody {
  const body = request.body;
  return typeof body === 'object' && body !== null ? (body as FormBody) : {};
}

/** The answer to a refused request: not found, or (a submitted referral's referrer) its summary. */
export function answerRefusal(reply: FastifyReply, refusal: Refusal) {
  if (refusal.outcome === 'locked') return reply.redirect(`/referrals/${refusal.referralId}`, 303);
  return reply.callNotFound();
}

/** The error summary and field message for a rule the service refused. */
export function problemErrors(problem: Problem, dateFields: readonly string[] = []) {
  const href = problem.field
    ? `#${problem.field}${dateFields.includes(problem.field) ? '-day' : ''}`
    : undefined;
  return {
    errors: [{ text: problem.text, ...(href ? { href } : {}) }],
    fieldErrors: problem.field ? { [problem.field]: { text: problem.text } } : {},
  };
}

/** Takes one thing (a child, a consent) off a draft referral, then shows its section again. */
export async function answerRemoval(
  request: FastifyRequest<{ Params: { referralId: string } }>,
  reply: FastifyReply,
  itemId: unknown,
  section: 'children' | 'consent',
  remove: (actor: Actor, referralId: string, itemId: string) => Promise<object>,
) {
  const referralId = recordId(request.params.referralId);
  const id = recordId(itemId);
  if (!referralId || !id) return reply.callNotFound();
  const removed = await remove(actorFrom(request), referralId, id);
  if (isRefusal(removed)) return answerRefusal(reply, removed);
  return reply.redirect(`/referrals/${referralId}/${section}`, 303);
}
