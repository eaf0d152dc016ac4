import { z } from 'zod';
import type { ReferralKindCode } from '../../domain/referral-reference.ts';
import { type ReferrerRoleCode, referrerRoleAllowed } from '../../domain/referral-rules.ts';

export const kindSchema = z.object({
  kind: z.enum(['fgc', 'lifelong_links'], { error: 'Select the kind of referral' }),
});

export const kindQuerySchema = z.object({
  kind: z.enum(['fgc', 'lifelong_links']).optional().catch(undefined),
});

export function referrerSchema(kind: ReferralKindCode) {
  return z.object({
    referrerRole: z
      .string({ error: 'Select who the referral is from' })
      .refine(
        (role): role is ReferrerRoleCode => referrerRoleAllowed(kind, role),
        'Select who the referral is from',
      )
      .transform((role) => role as ReferrerRoleCode),
  });
}
