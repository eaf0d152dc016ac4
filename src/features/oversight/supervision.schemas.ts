import { z } from 'zod';
import { SUPERVISION_REASONS } from '../../domain/turning-fifteen.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
} from '../journeys/form-fields.ts';

/** A supervision decision: when it was discussed, why no referral now, and when to look again. */
export function decisionSchema(today: string) {
  return z
    .object({
      ...dateFields('discussedOn'),
      reason: choice(SUPERVISION_REASONS, 'Select what was decided in supervision'),
      details: optionalText(1000, 'The details must be 1,000 characters or fewer'),
      ...dateFields('lookAgainOn'),
    })
    .superRefine((data, ctx) => {
      const discussedOn = checkDate(data, 'discussedOn', ctx, 'the date it was discussed');
      if (discussedOn && discussedOn > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['discussedOn-day'],
          message: 'The date it was discussed must be today or in the past',
        });
      }
      if (data.reason === 'other' && !data.details) {
        ctx.addIssue({ code: 'custom', path: ['details'], message: 'Enter the reason' });
      }
      const lookAgainOn = checkDate(data, 'lookAgainOn', ctx, 'the date to look again');
      if (lookAgainOn && lookAgainOn <= today) {
        ctx.addIssue({
          code: 'custom',
          path: ['lookAgainOn-day'],
          message: 'The date to look again must be in the future',
        });
      }
    }, ALWAYS)
    .transform((data) => ({
      reason: data.reason,
      details: data.details,
      discussedOn: readDate(data, 'discussedOn'),
      lookAgainOn: readDate(data, 'lookAgainOn'),
    }));
}
export type DecisionForm = z.infer<ReturnType<typeof decisionSchema>>;
