import { z } from 'zod';
import { addDays, CONSENT_RECONFIRMATION_DAYS } from '../../domain/consent-rules.ts';
import { asList, parseRecordId } from '../../platform/forms.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
  requiredText,
} from './form-fields.ts';

const METHODS = ['in_person', 'phone', 'video', 'letter', 'email'] as const;

export const SCOPES = ['search', 'contact', 'share'] as const;

/** The person, by the key of their consents (see consent-people.ts). */
const person = (empty: string) =>
  z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string().min(1, empty));

/** A young person's, or a parent's, withdrawal of consent, and what happens to the journey. */
export function withdrawalSchema(today: string) {
  return z
    .object({
      giver: person('Select who withdrew their consent'),
      ...dateFields('withdrawnOn'),
      outcome: choice(
        ['pause', 'end', 'child'],
        'Select whether to pause or end the journey, or stop one child’s network work',
      ),
      childId: z.preprocess(
        (value) => parseRecordId(Array.isArray(value) ? value[0] : value),
        z.string().nullable(),
      ),
      reason: requiredText(
        'Enter what was said and why',
        2000,
        'What was said must be 2,000 characters or fewer',
      ),
    })
    .superRefine((data, ctx) => {
      const withdrawnOn = checkDate(data, 'withdrawnOn', ctx, 'the date consent was withdrawn');
      if (withdrawnOn && withdrawnOn > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['withdrawnOn-day'],
          message: 'The date consent was withdrawn must be today or in the past',
        });
      }
    }, ALWAYS)
    .transform((data) => ({
      giver: data.giver,
      outcome: data.outcome,
      childId: data.childId,
      reason: data.reason,
      withdrawnOn: readDate(data, 'withdrawnOn'),
    }));
}
export type WithdrawalForm = z.infer<ReturnType<typeof withdrawalSchema>>;

/** A reconfirmation of consent, and when the next one is due. */
export function reconfirmationSchema(today: string) {
  return z
    .object({
      ...dateFields('reconfirmedOn'),
      giver: person('Select who gave their consent'),
      scope: z
        .unknown()
        .optional()
        .transform((value) =>
          asList(value).filter((item) => (SCOPES as readonly string[]).includes(item)),
        )
        .refine((list) => list.length > 0, 'Select what they agreed to'),
      method: choice(METHODS, 'Select how consent was reconfirmed'),
      notes: optionalText(2000, 'The notes must be 2,000 characters or fewer'),
      ...dateFields('nextDueOn'),
    })
    .superRefine((data, ctx) => {
      const reconfirmedOn = checkDate(
        data,
        'reconfirmedOn',
        ctx,
        'the date consent was reconfirmed',
      );
      if (reconfirmedOn && reconfirmedOn > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['reconfirmedOn-day'],
          message: 'The date consent was reconfirmed must be today or in the past',
        });
      }
      const given = checkDate(data, 'nextDueOn', ctx, 'the date the next reconfirmation is due', {
        optional: true,
      });
      if (given && reconfirmedOn && given <= reconfirmedOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['nextDueOn-day'],
          message: 'The next reconfirmation must be due after the date consent was reconfirmed',
        });
      }
    }, ALWAYS)
    .transform((data) => {
      const reconfirmedOn = readDate(data, 'reconfirmedOn');
      return {
        reconfirmedOn,
        giver: data.giver,
        scope: {
          search: data.scope.includes('search'),
          contact: data.scope.includes('contact'),
          share: data.scope.includes('share'),
        },
        method: data.method,
        notes: data.notes,
        nextDueOn:
          readDate(data, 'nextDueOn') || addDays(reconfirmedOn, CONSENT_RECONFIRMATION_DAYS),
      };
    });
}
export type ReconfirmationForm = z.infer<ReturnType<typeof reconfirmationSchema>>;
