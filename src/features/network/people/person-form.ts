import {
  CONTACT_KINDS,
  type ContactKind,
  FOUND_BY,
  type FoundBy,
  NETWORK_GENDERS,
  NETWORK_PERSON_KINDS,
  type NetworkGender,
  type NetworkPersonKind,
} from '../../../db/schema.ts';
import { isoDateFromParts } from '../../../domain/dates.ts';
import { personProblems } from '../../../domain/network-person.ts';
import { type ErrorSummaryItem, inFieldOrder } from '../../../platform/forms.ts';
import type { ContactDetail, MembershipDetails, PersonDetails } from '../network.service.ts';

/**
 * The person form (add and change): read by hand rather than by a zod schema, because a
 * person's rules (names, approximate dates) live in src/domain/network-person.ts and the form
 * adds only what is about the page (choices, the date input, contact rows).
 */

export const CONTACT_ROWS_MIN = 3;
const RELATIONSHIP_MAX = 100;
const LANGUAGE_MAX = 60;
const NEEDS_MAX = 2000;
const CONTACT_MAX = 500;

export const FIELD_ORDER = [
  'firstName',
  'lastName',
  'knownAs',
  'otherNames',
  'relationship',
  'kind',
  'professional',
  'gender',
  'dateOfBirth',
  'birthYear',
  'deceased',
  'diedYear',
  'firstLanguage',
  'needs',
  'foundBy',
  'contact',
] as const;

export type PersonFormResult =
  | { ok: true; details: PersonDetails; membership: MembershipDetails }
  | { ok: false; errors: ErrorSummaryItem[]; fieldErrors: Record<string, { text: string }> };

type Body = Record<string, unknown>;

const text = (body: Body, name: string) => {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
};
const orNull = (value: string) => (value === '' ? null : value);
const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** How many contact rows the form sent (contact-1-… to contact-N-…), at most 20. */
export function contactRowCount(body: Body): number {
  let rows = 0;
  for (let row = 1; row <= 20; row += 1) {
    if (`contact-${row}-value` in body || `contact-${row}-kind` in body) rows = row;
  }
  return rows;
}

export function readPersonForm(body: Body, today: string): PersonFormResult {
  const problems: Array<{ field: string; text: string }> = [];
  const add = (field: string, message: string) => problems.push({ field, text: message });

  const kind = text(body, 'kind');
  if (!isOneOf(NETWORK_PERSON_KINDS, kind)) add('kind', 'Choose what kind of person they are');
  const gender = text(body, 'gender') || 'unknown';
  if (!isOneOf(NETWORK_GENDERS, gender)) add('gender', 'Choose their gender as recorded');
  const foundBy = text(body, 'foundBy');
  if (!isOneOf(FOUND_BY, foundBy)) add('foundBy', 'Choose how they were found');
  const relationship = text(body, 'relationship');
  if (relationship.length > RELATIONSHIP_MAX) {
    add('relationship', `Relationship must be ${RELATIONSHIP_MAX} characters or fewer`);
  }
  const firstLanguage = text(body, 'firstLanguage');
  if (firstLanguage.length > LANGUAGE_MAX) {
    add('firstLanguage', `First language must be ${LANGUAGE_MAX} characters or fewer`);
  }
  const needs = text(body, 'needs');
  if (needs.length > NEEDS_MAX) add('needs', `Needs must be ${NEEDS_MAX} characters or fewer`);

  const [day, month, year] = ['day', 'month', 'year'].map((part) =>
    text(body, `dateOfBirth-${part}`),
  ) as [string, string, string];
  let dateOfBirth: string | null = null;
  if (day || month || year) {
    dateOfBirth = isoDateFromParts(day, month, year);
    if (!dateOfBirth) {
      add(
        'dateOfBirth',
        'Date of birth must be a real date, like 12 3 1985. If you only know the year, give the year instead',
      );
    }
  }
  const birthYear = yearFrom(text(body, 'birthYear'), 'birthYear', 'Year of birth', add);
  const diedYear = yearFrom(text(body, 'diedYear'), 'diedYear', 'Year of death', add);

  const contacts: ContactDetail[] = [];
  for (let row = 1; row <= contactRowCount(body); row += 1) {
    const contactKind = text(body, `contact-${row}-kind`);
    const value = text(body, `contact-${row}-value`);
    if (!value) continue;
    const field = `contact-${row}-value`;
    if (!isOneOf(CONTACT_KINDS, contactKind))
      add(field, `Choose what kind of contact detail ${row} is`);
    else if (value.length > CONTACT_MAX) {
      add(field, `Contact detail ${row} must be ${CONTACT_MAX} characters or fewer`);
    } else {
      contacts.push({
        kind: contactKind as ContactKind,
        value,
        verified: body[`contact-${row}-verified`] === 'yes',
      });
    }
  }

  const details: PersonDetails = {
    firstName: text(body, 'firstName'),
    lastName: orNull(text(body, 'lastName')),
    otherNames: orNull(text(body, 'otherNames')),
    knownAs: orNull(text(body, 'knownAs')),
    kind: kind as NetworkPersonKind,
    professional: body.professional === 'yes',
    deceased: body.deceased === 'yes',
    diedYear,
    dateOfBirth,
    birthYear,
    birthYearApproximate: body.birthYearApproximate === 'yes',
    gender: gender as NetworkGender,
    firstLanguage: orNull(firstLanguage),
    needs: orNull(needs),
    contacts,
  };
  problems.push(...personProblems(details, today));
  if (problems.length > 0) return problemsResult(problems);
  return {
    ok: true,
    details,
    membership: { relationship: orNull(relationship), foundBy: foundBy as FoundBy },
  };
}

function yearFrom(
  value: string,
  field: string,
  what: string,
  add: (field: string, message: string) => void,
): number | null {
  if (value === '') return null;
  if (!/^\d{4}$/.test(value)) {
    add(field, `${what} must be a year of 4 numbers, like 1985`);
    return null;
  }
  return Number(value);
}

/** Problems as the error summary and the fields' messages, in the page's order, one per field. */
export function problemsResult(problems: Array<{ field: string; text: string }>) {
  const fieldErrors: Record<string, { text: string }> = {};
  const errors: ErrorSummaryItem[] = [];
  for (const problem of problems) {
    if (fieldErrors[problem.field]) continue;
    fieldErrors[problem.field] = { text: problem.text };
    const anchor = problem.field === 'dateOfBirth' ? 'dateOfBirth-day' : problem.field;
    // A problem about the whole form (the young person chosen) links nowhere.
    errors.push(anchor ? { text: problem.text, href: `#${anchor}` } : { text: problem.text });
  }
  return { ok: false as const, errors: inFieldOrder(errors, FIELD_ORDER), fieldErrors };
}

/** The form's values from a stored person (to change their details). */
export function formValuesOf(
  person: {
    first_name: string;
    last_name: string | null;
    known_as: string | null;
    other_names: string | null;
    kind: string;
    professional: boolean;
    gender: string;
    date_of_birth: string | null;
    birth_year: number | null;
    birth_year_approximate: boolean;
    deceased: boolean;
    died_year: number | null;
    first_language: string | null;
    needs: string | null;
  },
  member: { relationship: string | null; found_by: string },
  contacts: readonly ContactDetail[],
): Record<string, string> {
  const values: Record<string, string> = {
    firstName: person.first_name,
    lastName: person.last_name ?? '',
    knownAs: person.known_as ?? '',
    otherNames: person.other_names ?? '',
    relationship: member.relationship ?? '',
    kind: person.kind,
    professional: person.professional ? 'yes' : '',
    gender: person.gender,
    birthYear: person.birth_year === null ? '' : String(person.birth_year),
    birthYearApproximate: person.birth_year_approximate ? 'yes' : '',
    deceased: person.deceased ? 'yes' : '',
    diedYear: person.died_year === null ? '' : String(person.died_year),
    firstLanguage: person.first_language ?? '',
    needs: person.needs ?? '',
    foundBy: member.found_by,
  };
  if (person.date_of_birth) {
    const [y, m, d] = person.date_of_birth.split('-');
    values['dateOfBirth-day'] = String(Number(d));
    values['dateOfBirth-month'] = String(Number(m));
    values['dateOfBirth-year'] = y ?? '';
  }
  contacts.forEach((contact, index) => {
    values[`contact-${index + 1}-kind`] = contact.kind;
    values[`contact-${index + 1}-value`] = contact.value;
    values[`contact-${index + 1}-verified`] = contact.verified ? 'yes' : '';
  });
  return values;
}
