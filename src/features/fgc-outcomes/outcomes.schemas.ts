import { z } from 'zod';
import { FGC_OUTCOMES } from '../../db/schema.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
} from '../journeys/form-fields.ts';

/** An outcome of a Family Group Conference journey, with the day it happened. */
export function outcomeSchema(today: string) {
  return z
    .object({
      outcome: choice(FGC_OUTCOMES, 'Select the outcome'),
      ...dateFields('outcomeOn'),
      notes: optionalText(2000, 'The notes must be 2,000 characters or fewer'),
    })
    .superRefine((data, ctx) => {
      const on = checkDate(data, 'outcomeOn', ctx, 'the date of the outcome');
      if (on && on > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcomeOn-day'],
          message: 'The date of the outcome must be today or in the past',
        });
      }
    }, ALWAYS)
    .transform((data) => ({
      outcome: data.outcome,
      outcomeOn: readDate(data, 'outcomeOn'),
      notes: data.notes,
    }));
}
export type OutcomeForm = z.infer<ReturnType<typeof outcomeSchema>>;
