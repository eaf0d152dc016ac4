import { z } from 'zod';
import { optionalText, requiredText, requiredYesNo } from './referral-forms.ts';

export const matchSchema = z
  .object({
    coordinatorId: z.uuid({ error: 'Select a coordinator' }),
    hasConflict: requiredYesNo(
      'Select yes if the coordinator has another professional role with this family',
    ),
    conflictDetails: optionalText(2000, 'the details'),
  })
  .superRefine((form, context) => {
    if (form.hasConflict && !form.conflictDetails) {
      context.addIssue({
        code: 'custom',
        path: ['conflictDetails'],
        message: 'Give details of the coordinator’s other role with this family',
      });
    }
  });

export type MatchForm = z.infer<typeof matchSchema>;

/** Correcting a declaration: what should have been declared, and why it is being corrected. */
export const correctionSchema = z
  .object({
    hasConflict: requiredYesNo(
      'Select yes if the coordinator has another professional role with this family',
    ),
    conflictDetails: optionalText(2000, 'the details'),
    reason: requiredText(1000, 'Give the reason for the correction', 'the reason'),
  })
  .superRefine((form, context) => {
    if (form.hasConflict && !form.conflictDetails) {
      context.addIssue({
        code: 'custom',
        path: ['conflictDetails'],
        message: 'Give details of the coordinator’s other role with this family',
      });
    }
  });

export type CorrectionForm = z.infer<typeof correctionSchema>;
