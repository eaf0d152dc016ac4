import { z } from 'zod';
import { isoDateFromParts } from '../../domain/dates.ts';

/** Building blocks for the journey forms' zod schemas, with messages in GOV.UK style. */

/** Free text that must be given: trimmed, with a limit. */
export function requiredText(empty: string, max: number, tooLong: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value : ''),
    z.string().trim().min(1, empty).max(max, tooLong),
  );
}

/** Free text that may be left empty; empty becomes null. */
export function optionalText(max: number, tooLong: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value : ''),
    z
      .string()
      .trim()
      .max(max, tooLong)
      .transform((text) => (text === '' ? null : text)),
  );
}

/** One of some codes, from radios or a select. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, empty: string) {
  return z.preprocess((value) => (typeof value === 'string' ? value : ''), z.enum(values, empty));
}

/** A yes/no question asked with radios. */
export function yesNo(empty: string) {
  return choice(['yes', 'no'], empty).transform((answer) => answer === 'yes');
}

/** A single checkbox: ticked or not. */
export const ticked = z.preprocess((value) => value === 'yes', z.boolean());

/** The three fields of a GOV.UK date input, named `<prefix>-day`, `-month` and `-year`. */
export function dateFields<P extends string>(prefix: P) {
  const field = z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : ''),
    z.string(),
  );
  return {
    [`${prefix}-day`]: field,
    [`${prefix}-month`]: field,
    [`${prefix}-year`]: field,
  } as Record<`${P}-day` | `${P}-month` | `${P}-year`, typeof field>;
}

/**
 * Checks a date input's three fields: missing, incomplete or not a real date gets the GOV.UK
 * message against the first field to correct.
 */
export function checkDate(
  data: Record<string, unknown>,
  prefix: string,
  ctx: z.RefinementCtx,
  what: string,
  options: { optional?: boolean } = {},
): string | null {
  const part = (name: string) => String(data[`${prefix}-${name}`] ?? '');
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (!day && !month && !year) {
    if (!options.optional) {
      ctx.addIssue({ code: 'custom', path: [`${prefix}-day`], message: `Enter ${what}` });
    }
    return null;
  }
  const missing = [
    ['day', day],
    ['month', month],
    ['year', year],
  ].find(([, value]) => !value);
  if (missing) {
    ctx.addIssue({
      code: 'custom',
      path: [`${prefix}-${missing[0]}`],
      message: `${capitalise(what)} must include a ${missing[0]}`,
    });
    return null;
  }
  const iso = isoDateFromParts(day, month, year);
  if (!iso) {
    ctx.addIssue({
      code: 'custom',
      path: [`${prefix}-day`],
      message: `${capitalise(what)} must be a real date`,
    });
  }
  return iso;
}

/** The ISO date a date input holds, once `checkDate` has passed it; empty when left empty. */
export function readDate(data: Record<string, unknown>, prefix: string): string {
  const part = (name: string) => String(data[`${prefix}-${name}`] ?? '');
  return isoDateFromParts(part('day'), part('month'), part('year')) ?? '';
}

/**
 * Checks across fields run even when a field has a problem of its own, so the error summary
 * lists every problem at once, as GOV.UK pages do.
 */
export const ALWAYS = { when: () => true } as const;

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A date input's values for the template, as typed (or from an ISO date). */
export function dateItems(
  values: Record<string, unknown>,
  prefix: string,
  error: boolean,
): Array<{ name: string; value: string; classes: string }> {
  return (['day', 'month', 'year'] as const).map((name) => ({
    name,
    value: String(values[`${prefix}-${name}`] ?? ''),
    classes: `govuk-input--width-${name === 'year' ? 4 : 2}${error ? ' govuk-input--error' : ''}`,
  }));
}

/** The fields of a date input filled in with an ISO date. */
export function dateValues(prefix: string, isoDate: string): Record<string, string> {
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  return {
    [`${prefix}-day`]: String(Number(day)),
    [`${prefix}-month`]: String(Number(month)),
    [`${prefix}-year`]: year,
  };
}
