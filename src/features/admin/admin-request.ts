import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import type { ErrorSummaryItem } from '../../platform/forms.ts';

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

const recordId = z.uuid();

/** A record id from the address, or null when it could not be one (the route answers 404). */
export function parseRecordId(value: unknown): string | null {
  const result = recordId.safeParse(value);
  return result.success ? result.data : null;
}

/** A rule the service refused, shown against the field it concerns (if it is about one). */
export interface RuleBroken {
  field?: string;
  text: string;
}

/** What a page shows when a form is refused: the error summary and each field's message. */
export interface FormProblems {
  errors: Array<Omit<ErrorSummaryItem, 'href'> & { href?: string }>;
  fieldErrors: Record<string, { text: string }>;
}

/** The GOV.UK error summary and field messages for one broken rule. */
export function errorsFor(rule: RuleBroken): FormProblems {
  if (!rule.field) return { errors: [{ text: rule.text }], fieldErrors: {} };
  return {
    errors: [{ text: rule.text, href: `#${rule.field}` }],
    fieldErrors: { [rule.field]: { text: rule.text } },
  };
}

/** Postgres reports a broken unique index with this code and the index's name. */
export function isUniqueViolation(error: unknown, indexName: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === indexName;
}
