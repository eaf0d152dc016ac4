import { z } from 'zod';
import { optionalText, requiredYesNo } from './referral-forms.ts';

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
