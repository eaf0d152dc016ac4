import { z } from 'zod';
import type { ReferralKindCode } from '../../domain/referral-reference.ts';
import { type ReferrerRoleCode, referrerRoleAllowed } from '../../domain/referral-rules.ts';
import { optionalText } from './referral-forms.ts';

export const kindSchema = z.object({
  kind: z.enum(['fgc', 'lifelong_links'], { error: 'Select the kind of referral' }),
});

export const kindQuerySchema = z.object({
  kind: z.enum(['fgc', 'lifelong_links']).optional().catch(undefined),
});

/** The people a referral is made on behalf of, who have no account: the page asks their name. */
export const NAMED_REFERRERS = {
  personal_adviser: { field: 'adviserName', message: 'Enter the personal adviser’s name' },
  carer: { field: 'carerName', message: 'Enter the carer’s name' },
} as const;

export function referrerSchema(kind: ReferralKindCode) {
  return z
    .object({
      referrerRole: z
        .string({ error: 'Select who the referral is from' })
        .refine(
          (role): role is ReferrerRoleCode => referrerRoleAllowed(kind, role),
          'Select who the referral is from',
        )
        .transform((role) => role as ReferrerRoleCode),
      adviserName: optionalText(120, 'the personal adviser’s name'),
      carerName: optionalText(120, 'the carer’s name'),
    })
    .superRefine((form, context) => {
      const named = NAMED_REFERRERS[form.referrerRole as keyof typeof NAMED_REFERRERS];
      if (named && !form[named.field]) {
        context.addIssue({ code: 'custom', path: [named.field], message: named.message });
      }
    })
    .transform((form) => {
      const named = NAMED_REFERRERS[form.referrerRole as keyof typeof NAMED_REFERRERS];
      return { referrerRole: form.referrerRole, onBehalfOf: named ? form[named.field] : null };
    });
}
