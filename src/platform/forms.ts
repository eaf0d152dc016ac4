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
 * The fields of a form schema in the order they are declared: an object's keys, looking through
 * pipes and transforms. Schemas declare their fields in the order the page shows them.
 */
export function fieldOrderOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') return Object.keys(def.shape as object);
  if (def.type === 'pipe') return fieldOrderOf(def.in as z.ZodType);
  return [];
}

/**
 * Puts error summary items in the order of the fields on the page, as the GOV.UK pattern asks.
 * zod reports a refinement's problems after every field's own, whatever field they are about;
 * a message about the whole form, or a field not in the list, keeps its place after them.
 */
export function inFieldOrder(errors: ErrorSummaryItem[], order: readonly string[]) {
  const rank = (error: ErrorSummaryItem) => {
    const field = error.href?.slice(1) ?? '';
    const index = order.findIndex((name) => field === name || field.startsWith(`${name}-`));
    return index === -1 ? order.length : index;
  };
  return errors
    .map((error, position) => ({ error, position }))
    .sort((a, b) => rank(a.error) - rank(b.error) || a.position - b.position)
    .map(({ error }) => error);
}

/**
 * Validates a submitted form with its zod schema and turns problems into the GOV.UK error
 * summary's shape: one message per field, linked to the field's id, in the order the schema
 * declares its fields (which is the page's order).
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
  return { ok: false, errors: inFieldOrder(errors, fieldOrderOf(schema)), fieldErrors };
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
