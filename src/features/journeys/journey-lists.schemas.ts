import { z } from 'zod';
import { pageQuerySchema } from '../../platform/pagination.ts';

/** The list's search and filters, from the address: anything unexpected is ignored. */
export const journeyFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(['fgc', 'lifelong_links']).optional().catch(undefined),
  stage: z.coerce.number().int().min(1).max(8).optional().catch(undefined),
  status: z.enum(['active', 'paused', 'ended']).optional().catch(undefined),
  coordinator: z.uuid().optional().catch(undefined),
});
export type JourneyFilter = z.infer<typeof journeyFilterSchema>;

/** The filters and the page's key, from the address. */
export const journeyListQuerySchema = journeyFilterSchema.extend(pageQuerySchema);
