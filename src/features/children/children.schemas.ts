import { z } from 'zod';
import type { CareLeaverStatus } from '../../db/schema.ts';
import { DATE_RULES, isoDateFromParts } from '../../domain/dates.ts';
import {
  ETHNICITY_CODES,
  GENDER_CODES,
  isCodeIn,
  LEGAL_STATUS_CODES,
  PLACEMENT_CODES,
} from '../../domain/ssda903-codes.ts';
import { pageQuerySchema } from '../../platform/pagination.ts';

export const CARE_LEAVER_STATUSES = [
  'not_care_leaver',
  'eligible',
  'relevant',
  'former_relevant',
  'qualifying',
] as const satisfies readonly CareLeaverStatus[];

/** A query value as one string: a repeated parameter keeps its first value. */
const queryText = (max: number) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    z
      .string()
      .optional()
      .catch(undefined)
      .transform((value) => value?.trim().slice(0, max) ?? ''),
  );

/** The register's search: name or record ID, and date of birth (a GOV.UK date input). */
export const childSearchSchema = z.object({
  ...pageQuerySchema,
  q: queryText(100),
  'dob-day': queryText(2),
  'dob-month': queryText(2),
  'dob-year': queryText(4),
});

export type ChildSearchQuery = z.infer<typeof childSearchSchema>;

export const childNoticeSchema = z.object({
  notice: z.enum(['added', 'updated']).optional().catch(undefined),
});

type DateContext = z.RefinementCtx;

/**
 * A GOV.UK date input's day, month and year as one ISO date; a problem links to the day field.
 * Returns undefined when there is a problem, null when an optional date was left empty.
 */
function dateFrom(
  form: Record<string, unknown>,
  prefix: string,
  what: string,
  context: DateContext,
  options: { optional?: boolean; today: string },
): string | null | undefined {
  const part = (name: string) => String(form[`${prefix}-${name}`] ?? '').trim();
  const [day, month, year] = [part('day'), part('month'), part('year')];
  const problem = (message: string) => {
    context.addIssue({ code: 'custom', path: [`${prefix}-day`], message });
    return undefined;
  };
  if (!day && !month && !year) return options.optional ? null : problem(`Enter ${what}`);
  const iso = isoDateFromParts(day, month, year);
  if (!iso) return problem(DATE_RULES.notReal(what));
  if (iso > options.today) return problem(DATE_RULES.notInFuture(what));
  return iso;
}

const dateParts = (prefix: string) => ({
  [`${prefix}-day`]: z.string().optional(),
  [`${prefix}-month`]: z.string().optional(),
  [`${prefix}-year`]: z.string().optional(),
});

// Every field below reports a problem without stopping the others, so the page shows them all.
const requiredText = (what: string, max: number) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? '')
    .pipe(
      z
        .string()
        .min(1, `Enter ${what}`)
        .max(
          max,
          `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`,
        ),
    );

const optionalText = (what: string, max: number) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? '')
    .pipe(z.string().max(max, `${what} must be ${max} characters or fewer`))
    .transform((value) => (value === '' ? null : value));

const optionalCode = (message: string, isValid: (code: string) => boolean) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isValid(value), message);

const yesNo = (message: string) =>
  z
    .string()
    .optional()
    .refine((value) => value === 'yes' || value === 'no', message)
    .transform((value) => value === 'yes');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const optionalPerson = (message: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || UUID.test(value), message);

/** The first step of adding a child: who they are, to look for them on the register first. */
export function childIdentitySchema(today: string) {
  return z
    .object({
      firstName: requiredText('their first name', 100),
      lastName: requiredText('their last name', 100),
      caseRecordId: optionalText('Record ID', 50),
      ...dateParts('dateOfBirth'),
    })
    .superRefine((form, context) => {
      dateFrom(form, 'dateOfBirth', 'their date of birth', context, { today });
    })
    .transform((form, context) => {
      const dateOfBirth = dateFrom(form, 'dateOfBirth', 'their date of birth', context, { today });
      if (!dateOfBirth) return z.NEVER;
      return {
        firstName: form.firstName,
        lastName: form.lastName,
        caseRecordId: form.caseRecordId,
        dateOfBirth,
      };
    });
}

export type ChildIdentity = z.output<ReturnType<typeof childIdentitySchema>>;

const UPN = /^[A-Z]\d{11}[0-9A-Z]$/;

/** The form's two dates, checked against today and each other. */
function checkedDates(form: Record<string, unknown>, context: DateContext, today: string) {
  const dateOfBirth = dateFrom(form, 'dateOfBirth', 'their date of birth', context, { today });
  let lookedAfterSince =
    form.lookedAfter === 'yes' || form.lookedAfter === true
      ? dateFrom(form, 'lookedAfterSince', 'the date they became looked after', context, {
          today,
          optional: true,
        })
      : null;
  if (dateOfBirth && lookedAfterSince && lookedAfterSince < dateOfBirth) {
    context.addIssue({
      code: 'custom',
      path: ['lookedAfterSince-day'],
      message: DATE_RULES.notBefore('the date they became looked after', 'their date of birth'),
    });
    lookedAfterSince = undefined;
  }
  return { dateOfBirth, lookedAfterSince };
}

/** Adding a child and changing a child's details share one form, in the order the page asks. */
export function childDetailsSchema(today: string) {
  return z
    .object({
      firstName: requiredText('their first name', 100),
      lastName: requiredText('their last name', 100),
      preferredName: optionalText('Preferred name', 100),
      ...dateParts('dateOfBirth'),
      gender: optionalCode('Select their gender from the list', (code) =>
        isCodeIn(GENDER_CODES, code),
      ),
      ethnicity: optionalCode('Select their ethnicity from the list', (code) =>
        isCodeIn(ETHNICITY_CODES, code),
      ),
      firstLanguage: optionalText('First language', 60),
      interpreterNeeded: yesNo('Select yes if they need an interpreter'),
      lookedAfter: yesNo('Select yes if they are looked after'),
      ...dateParts('lookedAfterSince'),
      legalStatus: optionalCode('Select a legal status from the list', (code) =>
        isCodeIn(LEGAL_STATUS_CODES, code),
      ),
      placementType: optionalCode('Select a placement type from the list', (code) =>
        isCodeIn(PLACEMENT_CODES, code),
      ),
      uasc: yesNo('Select yes if they are an unaccompanied asylum-seeking child'),
      careLeaverStatus: z
        .string()
        .optional()
        .refine(
          (value) => CARE_LEAVER_STATUSES.some((status) => status === value),
          'Select their care leaver status',
        )
        .transform((value) => value as CareLeaverStatus),
      caseRecordId: optionalText('Record ID', 50),
      upn: optionalText('Unique pupil number', 13)
        .transform((value) => value?.toUpperCase().replaceAll(' ', '') ?? null)
        .refine(
          (value) => value === null || UPN.test(value),
          'Enter a unique pupil number in the correct format: a letter and 12 more characters, like A12345678901B',
        ),
      socialWorkerId: optionalPerson('Select a social worker from the list'),
      iroId: optionalPerson('Select an IRO from the list'),
      carers: optionalText('Carers', 1000),
    })
    .superRefine((form, context) => {
      checkedDates(form, context, today);
    })
    .transform((form, context) => {
      const { dateOfBirth, lookedAfterSince } = checkedDates(form, context, today);
      if (!dateOfBirth || lookedAfterSince === undefined) return z.NEVER;
      return {
        first_name: form.firstName,
        last_name: form.lastName,
        preferred_name: form.preferredName,
        date_of_birth: dateOfBirth,
        gender: form.gender,
        ethnicity: form.ethnicity,
        first_language: form.firstLanguage,
        interpreter_needed: form.interpreterNeeded,
        looked_after: form.lookedAfter,
        looked_after_since: lookedAfterSince,
        legal_status: form.legalStatus,
        placement_type: form.placementType,
        uasc: form.uasc,
        care_leaver_status: form.careLeaverStatus,
        case_record_id: form.caseRecordId,
        upn: form.upn,
        social_worker_id: form.socialWorkerId,
        iro_id: form.iroId,
        carers: form.carers,
      };
    });
}

export type ChildDetails = z.output<ReturnType<typeof childDetailsSchema>>;
