import { z } from 'zod';
import { DATE_RULES, isoDateFromParts } from '../../domain/dates.ts';
import { type FormResult, parseForm } from '../../platform/forms.ts';
import type { FormBody } from './referral-request.ts';

/** What a GOV.UK date input sent: '' when left empty, 'invalid' when not a real date. */
export function dateFromParts(body: FormBody, name: string): string {
  const part = (key: string) => {
    const value = body[`${name}-${key}`];
    return typeof value === 'string' ? value.trim() : '';
  };
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (!day && !month && !year) return '';
  return isoDateFromParts(day, month, year) ?? 'invalid';
}

/** A required date: its zod rule, given the words the messages use. */
export function requiredDate(what: string) {
  return z
    .string()
    .min(1, `Enter ${what}`)
    .refine((value) => value !== 'invalid', DATE_RULES.notReal(what));
}

/** An optional date: null when left empty. */
export function optionalDate(what: string) {
  return z
    .string()
    .refine((value) => value !== 'invalid', DATE_RULES.notReal(what))
    .transform((value) => (value === '' ? null : value));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Parses a form with date inputs: each date's day, month and year become one field for the
 * schema, and a problem with a date links to its day field, as the GOV.UK pattern asks.
 */
export function parseDatedForm<S extends z.ZodType>(
  schema: S,
  body: FormBody,
  dateFields: readonly string[],
): FormResult<z.infer<S>> {
  const withDates: FormBody = { ...body };
  for (const field of dateFields) withDates[field] = dateFromParts(body, field);
  const result = parseForm(schema, withDates);
  if (result.ok) return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      dateFields.some((field) => error.href === `#${field}`)
        ? { ...error, href: `${error.href}-day` }
        : error,
    ),
  };
}

/** Free text from a form: trimmed, null when empty, at most `max` characters. */
export function optionalText(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`)
    .optional()
    .transform((value) => (value ? value : null));
}

export function requiredText(max: number, message: string, what: string) {
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`);
}

/** A yes/no radio: true, false, or null when neither was chosen. */
export const yesNo = z
  .enum(['yes', 'no'])
  .optional()
  .transform((value) => (value === undefined ? null : value === 'yes'));

export function requiredYesNo(message: string) {
  return z.enum(['yes', 'no'], { error: message }).transform((value) => value === 'yes');
}

/** The values a page shows in its date inputs for an ISO date. */
export function dateParts(name: string, iso: string | null | undefined): FormBody {
  if (!iso) return {};
  const [year, month, day] = iso.split('-');
  return {
    [`${name}-day`]: String(Number(day)),
    [`${name}-month`]: String(Number(month)),
    [`${name}-year`]: year,
  };
}

export function yesNoValue(value: boolean | null | undefined): 'yes' | 'no' | undefined {
  if (value === null || value === undefined) return undefined;
  return value ? 'yes' : 'no';
}
