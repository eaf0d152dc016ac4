import { z } from 'zod';

/** The list's search and filters, from the address: anything unexpected is ignored. */
export const journeyFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(['fgc', 'lifelong_links']).optional().catch(undefined),
  stage: z.coerce.number().int().min(1).max(8).optional().catch(undefined),
  status: z.enum(['active', 'paused', 'ended']).optional().catch(undefined),
  coordinator: z.uuid().optional().catch(undefined),
});
export type JourneyFilter = z.infer<typeof journeyFilterSchema>;
