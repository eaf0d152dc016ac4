import { z } from 'zod';

export interface ErrorSummaryItem {
  text: string;
  /** The field the message is about; a message about the whole form links nowhere. */
  href?: string;
}

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: ErrorSummaryItem[]; fieldErrors: Record<string, { text: string }> };

/**
 * Validates a submitted form with its zod schema and turns problems into the GOV.UK error
 * summary's shape: one message per field, linked to the field's id.
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, { text: string }> = {};
  const errors: ErrorSummaryItem[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (fieldErrors[field]) continue;
    fieldErrors[field] = { text: issue.message };
    errors.push({ text: issue.message, href: `#${field}` });
  }
  return { ok: false, errors, fieldErrors };
}

/** A form value as a list: checkboxes send one value as a string and several as an array. */
export function asList(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

const uuid = z.uuid();

/** A record id from the address, or null when it could not be one (the route answers 404). */
export function parseRecordId(value: unknown): string | null {
  const result = uuid.safeParse(value);
  return result.success ? result.data : null;
}

/** What a page shows when a service refuses a form: the error summary and the field's message. */
export interface FormProblems {
  errors: ErrorSummaryItem[];
  fieldErrors: Record<string, { text: string }>;
}

/** The GOV.UK error summary for one refused rule, linked to its field when it is about one. */
export function problemsFor(text: string, field?: string): FormProblems {
  if (!field) return { errors: [{ text }], fieldErrors: {} };
  return { errors: [{ text, href: `#${field}` }], fieldErrors: { [field]: { text } } };
}
