import type { FastifyRequest } from 'fastify';
import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import { type FormProblems, problemsFor } from '../../platform/forms.ts';

export { type FormProblems, parseRecordId } from '../../platform/forms.ts';

/** The administrator making a change: whose organisation it is in, and who to audit. */
export interface Actor {
  id: string;
  organisationId: string;
}

/** Runs work in one transaction acting for the administrator, in their organisation. */
export function asAdministrator<T>(db: Db, actor: Actor, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inOrganisation(db, { organisationId: actor.organisationId, userId: actor.id }, work);
}

/** Every admin route declares a permission, so a request that reaches a handler is signed in. */
export function actorFrom(request: FastifyRequest): Actor {
  if (!request.user) throw new Error('Admin routes are only reached by a signed-in user');
  return { id: request.user.id, organisationId: request.user.organisationId };
}

/** A rule the service refused, shown against the field it concerns (if it is about one). */
export interface RuleBroken {
  field?: string;
  text: string;
}

/** The GOV.UK error summary and field messages for one broken rule. */
export function errorsFor(rule: RuleBroken): FormProblems {
  return problemsFor(rule.text, rule.field);
}

/** Postgres reports a broken unique index with this code and the index's name. */
export function isUniqueViolation(error: unknown, indexName: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === indexName;
}
