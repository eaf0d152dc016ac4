import { z } from 'zod';

export const teamNameSchema = z.object({
  name: z
    .string({ error: 'Enter the team name' })
    .trim()
    .min(1, 'Enter the team name')
    .max(120, 'Team name must be 120 characters or fewer'),
});

export type TeamNameForm = z.infer<typeof teamNameSchema>;

/** Banners the teams list can show after a change; anything else in the address is ignored. */
export const teamsNoticeSchema = z.object({
  notice: z.enum(['created', 'renamed', 'disabled', 'enabled']).optional().catch(undefined),
  team: z.uuid().optional().catch(undefined),
});

export type TeamsNotice = z.infer<typeof teamsNoticeSchema>;
