import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isMonth } from '../../domain/turning-fifteen.ts';
import { pageQuerySchema } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';

/** Every oversight route declares a permission, so a request that reaches a handler is signed in. */
export function userFrom(request: FastifyRequest): SignedInUser {
  if (!request.user) throw new Error('Oversight routes are only reached by a signed-in user');
  return request.user;
}

const firstText = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The month in the address (YYYY-MM), or undefined for this month. */
export const monthQuerySchema = z.object({
  month: z.preprocess(firstText, z.string().refine(isMonth).optional().catch(undefined)),
  ...pageQuerySchema,
});

export const searchQuerySchema = z.object({
  q: z.preprocess(firstText, z.string().trim().max(100).optional().catch(undefined)),
  ...pageQuerySchema,
});
