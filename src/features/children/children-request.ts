import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ErrorSummaryItem } from '../../platform/forms.ts';
import type { RuleBroken, Viewer } from './children.service.ts';

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

const recordId = z.uuid();

/** A record id from the address, or null when it could not be one (the route answers 404). */
export function parseRecordId(value: unknown): string | null {
  const result = recordId.safeParse(value);
  return result.success ? result.data : null;
}

export interface FormProblems {
  errors: Array<Omit<ErrorSummaryItem, 'href'> & { href?: string }>;
  fieldErrors: Record<string, { text: string }>;
}

/** The GOV.UK error summary and field message for one broken rule. */
export function errorsFor(rule: RuleBroken): FormProblems {
  if (!rule.field) return { errors: [{ text: rule.text }], fieldErrors: {} };
  return {
    errors: [{ text: rule.text, href: `#${rule.field}` }],
    fieldErrors: { [rule.field]: { text: rule.text } },
  };
}
