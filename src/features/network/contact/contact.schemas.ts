import { z } from 'zod';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
  requiredText,
} from '../../journeys/form-fields.ts';

export const CONTACT_KINDS = ['visit', 'call', 'letter', 'email', 'video'] as const;
export const LETTER_METHODS = ['post', 'email', 'in_person'] as const;

const tooLong = (what: string) => `${what} must be 5,000 characters or fewer`;

function notInFuture(prefix: string, what: string, today: string) {
  return (data: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const on = checkDate(data, prefix, ctx, what);
    if (on && on > today) {
      ctx.addIssue({
        code: 'custom',
        path: [`${prefix}-day`],
        message: `${what[0]?.toUpperCase()}${what.slice(1)} must be today or in the past`,
      });
    }
  };
}

/** One contact with a network member, for the contact log. */
export function contactSchema(today: string) {
  return z
    .object({
      kind: choice(CONTACT_KINDS, 'Select how you were in touch'),
      ...dateFields('contactOn'),
      discussed: requiredText(
        'Enter what you talked about',
        5000,
        tooLong('What you talked about'),
      ),
      supportOffered: optionalText(5000, tooLong('The support they might offer')),
      theirNeeds: optionalText(5000, tooLong('Their own needs')),
      helpToTakePart: optionalText(5000, tooLong('What would help them take part')),
    })
    .superRefine(notInFuture('contactOn', 'the date of the contact', today), ALWAYS)
    .transform((data) => ({
      kind: data.kind,
      contactOn: readDate(data, 'contactOn'),
      discussed: data.discussed,
      supportOffered: data.supportOffered,
      theirNeeds: data.theirNeeds,
      helpToTakePart: data.helpToTakePart,
    }));
}
export type ContactForm = z.infer<ReturnType<typeof contactSchema>>;

/** The information letter given to a member: when and how. */
export function letterGivenSchema(today: string) {
  return z
    .object({
      method: choice(LETTER_METHODS, 'Select how the letter was given'),
      ...dateFields('givenOn'),
    })
    .superRefine(notInFuture('givenOn', 'the date the letter was given', today), ALWAYS)
    .transform((data) => ({ method: data.method, givenOn: readDate(data, 'givenOn') }));
}
export type LetterGivenForm = z.infer<ReturnType<typeof letterGivenSchema>>;
