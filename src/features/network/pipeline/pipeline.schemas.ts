import { z } from 'zod';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  requiredText,
} from '../../journeys/form-fields.ts';

/** The young person's say about one person, with their own words. */
export const saySchema = z.object({
  say: choice(['yes', 'not_now', 'no'], 'Choose what the young person said'),
  ownWords: optionalText(2000, 'Their own words must be 2,000 characters or fewer'),
});

export const STEPS = ['located', 'contacted', 'agreed'] as const;

/** A step along the pipeline and when it happened (not in the future). */
export function progressSchema(today: string) {
  return z
    .object({
      step: choice(STEPS, 'Choose what has happened'),
      ...dateFields('on'),
    })
    .superRefine((data, ctx) => {
      const on = checkDate(data, 'on', ctx, 'when it happened');
      if (on && on > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['on-day'],
          message: 'When it happened must be today or in the past',
        });
      }
    }, ALWAYS);
}

export const CLOSE_REASONS = ['declined', 'not_safe', 'not_found', 'deceased'] as const;

export const closeSchema = z.object({
  reason: choice(CLOSE_REASONS, 'Choose why their part is closing'),
  notes: optionalText(2000, 'Notes must be 2,000 characters or fewer'),
});

export const overrideSchema = z.object({
  reason: requiredText(
    'Say why contact cannot wait for the sign-off',
    2000,
    'The reason must be 2,000 characters or fewer',
  ),
});

const OUTCOMES = ['safe', 'safe_with_conditions', 'not_safe'] as const;

/** The safety check: every field optional but the reason when the outcome is "not safe". */
export function safetySchema(today: string) {
  return z
    .object({
      riskNotes: optionalText(5000, 'Risk notes must be 5,000 characters or fewer'),
      ...dateFields('policeCheckRequestedOn'),
      policeCheckOutcome: optionalText(
        2000,
        'The police check outcome must be 2,000 characters or fewer',
      ),
      otherChecks: optionalText(2000, 'Other checks must be 2,000 characters or fewer'),
      otherChecksOutcome: optionalText(
        2000,
        'The outcome of other checks must be 2,000 characters or fewer',
      ),
      outcome: z.preprocess(
        (value) => (typeof value === 'string' && value !== '' ? value : null),
        z.enum(OUTCOMES, 'Choose an outcome').nullable(),
      ),
      conditions: optionalText(2000, 'Conditions must be 2,000 characters or fewer'),
      notSafeReason: optionalText(2000, 'Why it is not safe must be 2,000 characters or fewer'),
    })
    .superRefine((data, ctx) => {
      const on = checkDate(
        data,
        'policeCheckRequestedOn',
        ctx,
        'the date the police check was requested',
        {
          optional: true,
        },
      );
      if (on && on > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['policeCheckRequestedOn-day'],
          message: 'The date the police check was requested must be today or in the past',
        });
      }
      if (data.outcome === 'not_safe' && !data.notSafeReason) {
        ctx.addIssue({
          code: 'custom',
          path: ['notSafeReason'],
          message: 'Say why it is not safe',
        });
      }
    }, ALWAYS);
}
