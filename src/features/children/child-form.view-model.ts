import {
  type Code,
  ETHNICITY_CODES,
  GENDER_CODES,
  LEGAL_STATUS_CODES,
  PLACEMENT_CODES,
} from '../../domain/ssda903-codes.ts';
import type { ChildRow } from './children.repository.ts';
import { CARE_LEAVER_STATUSES, type ChildIdentity } from './children.schemas.ts';
import { CARE_LEAVER_LABELS } from './children.view-model.ts';

/** The add / change form of a child: its values as typed, and the choices it offers. */

export type FormValues = Record<string, string>;

/** What the person sent, as strings, so the form shows it back unchanged. */
export function formValuesFromBody(body: unknown): FormValues {
  const values: FormValues = {};
  if (typeof body !== 'object' || body === null) return values;
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string' && key !== '_csrf') values[key] = value;
  }
  return values;
}

function dateValues(prefix: string, iso: string | null): FormValues {
  if (!iso) return {};
  const [year, month, day] = iso.split('-') as [string, string, string];
  return {
    [`${prefix}-day`]: String(Number(day)),
    [`${prefix}-month`]: String(Number(month)),
    [`${prefix}-year`]: year,
  };
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function formValuesFromChild(child: ChildRow): FormValues {
  return {
    firstName: child.first_name,
    lastName: child.last_name,
    preferredName: child.preferred_name ?? '',
    ...dateValues('dateOfBirth', child.date_of_birth),
    gender: child.gender ?? '',
    ethnicity: child.ethnicity ?? '',
    firstLanguage: child.first_language ?? '',
    interpreterNeeded: yesNo(child.interpreter_needed),
    lookedAfter: yesNo(child.looked_after),
    ...dateValues('lookedAfterSince', child.looked_after_since),
    legalStatus: child.legal_status ?? '',
    placementType: child.placement_type ?? '',
    uasc: yesNo(child.uasc),
    careLeaverStatus: child.care_leaver_status,
    caseRecordId: child.case_record_id ?? '',
    upn: child.upn ?? '',
    socialWorkerId: child.social_worker_id ?? '',
    iroId: child.iro_id ?? '',
    carers: child.carers ?? '',
  };
}

/** A new child's form, starting from what was searched for. */
export function formValuesFromIdentity(identity: ChildIdentity): FormValues {
  return {
    firstName: identity.firstName,
    lastName: identity.lastName,
    ...dateValues('dateOfBirth', identity.dateOfBirth),
    caseRecordId: identity.caseRecordId ?? '',
    interpreterNeeded: 'no',
    lookedAfter: 'no',
    uasc: 'no',
    careLeaverStatus: 'not_care_leaver',
  };
}

function codeOptions(list: readonly Code[], selected: string | undefined, none: string) {
  return [
    { value: '', text: none, selected: !selected },
    ...list.map((item) => ({
      value: item.code,
      text: `${item.label} (${item.code})`,
      selected: item.code === selected,
    })),
  ];
}

function peopleOptions(
  people: ReadonlyArray<{ id: string; display_name: string }>,
  selected: string | undefined,
) {
  return [
    { value: '', text: 'Not allocated', selected: !selected },
    ...people.map((person) => ({
      value: person.id,
      text: person.display_name,
      selected: person.id === selected,
    })),
  ];
}

export interface StaffChoices {
  socialWorkers: ReadonlyArray<{ id: string; display_name: string }>;
  iros: ReadonlyArray<{ id: string; display_name: string }>;
}

export function formChoices(values: FormValues, staff: StaffChoices) {
  return {
    genderItems: GENDER_CODES.map((item) => ({
      value: item.code,
      text: item.label,
      checked: values.gender === item.code,
    })),
    ethnicityItems: codeOptions(ETHNICITY_CODES, values.ethnicity, 'Not recorded'),
    legalStatusItems: codeOptions(LEGAL_STATUS_CODES, values.legalStatus, 'Not recorded'),
    placementTypeItems: codeOptions(PLACEMENT_CODES, values.placementType, 'Not recorded'),
    careLeaverItems: CARE_LEAVER_STATUSES.map((status) => ({
      value: status,
      text: CARE_LEAVER_LABELS[status],
      checked: values.careLeaverStatus === status,
    })),
    socialWorkerItems: peopleOptions(staff.socialWorkers, values.socialWorkerId),
    iroItems: peopleOptions(staff.iros, values.iroId),
  };
}

/** The order of the fields on the page, for the error summary. */
const FIELD_ORDER = [
  'firstName',
  'lastName',
  'preferredName',
  'dateOfBirth-day',
  'gender',
  'ethnicity',
  'firstLanguage',
  'interpreterNeeded',
  'lookedAfter',
  'lookedAfterSince-day',
  'legalStatus',
  'placementType',
  'uasc',
  'careLeaverStatus',
  'caseRecordId',
  'upn',
  'socialWorkerId',
  'iroId',
  'carers',
];

export function inPageOrder<T extends { href?: string }>(errors: readonly T[]): T[] {
  const position = (error: T) => {
    const index = FIELD_ORDER.indexOf((error.href ?? '').replace(/^#/, ''));
    return index === -1 ? FIELD_ORDER.length : index;
  };
  return [...errors].sort((a, b) => position(a) - position(b));
}
