import { z } from 'zod';
import { DATE_RULES } from '../../domain/dates.ts';
import { pageQuerySchema } from '../../platform/pagination.ts';
import { optionalText, requiredDate, requiredText, requiredYesNo } from './referral-forms.ts';

export function discussionSchema(today: string) {
  return z.object({
    discussedOn: requiredDate('the date of the discussion').refine(
      (value) => value === '' || value === 'invalid' || value <= today,
      DATE_RULES.notInFuture('the date of the discussion'),
    ),
    notes: requiredText(5000, 'Enter notes from the discussion', 'the notes'),
  });
}

export const criteriaSchema = z
  .object({
    criteriaMet: requiredYesNo('Select yes if the referral meets the criteria'),
    criteriaNotes: optionalText(2000, 'the notes'),
  })
  .superRefine((form, context) => {
    if (!form.criteriaMet && !form.criteriaNotes) {
      context.addIssue({
        code: 'custom',
        path: ['criteriaNotes'],
        message: 'Say why the referral does not meet the criteria',
      });
    }
  });

export const decisionSchema = z
  .object({
    decision: z.enum(['accept', 'decline'], { error: 'Select accept or decline' }),
    declineReason: optionalText(2000, 'the reason'),
  })
  .superRefine((form, context) => {
    if (form.decision === 'decline' && !form.declineReason) {
      context.addIssue({
        code: 'custom',
        path: ['declineReason'],
        message: 'Give the reason for declining. The referrer will see it',
      });
    }
  });

export const INBOX_STATUSES = ['to-do', 'waiting', 'to-match', 'accepted', 'declined'] as const;

export const inboxFilterSchema = z.object({
  ...pageQuerySchema,
  kind: z.enum(['fgc', 'lifelong_links']).optional().catch(undefined),
  status: z.enum(INBOX_STATUSES).catch('to-do'),
});

export const myReferralsQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  notice: z.string().optional().catch(undefined),
  ...pageQuerySchema,
});
