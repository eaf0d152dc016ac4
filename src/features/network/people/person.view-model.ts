import {
  CONTACT_KINDS,
  FOUND_BY,
  NETWORK_GENDERS,
  NETWORK_PERSON_KINDS,
} from '../../../db/schema.ts';
import { childName, networkPersonName } from '../../../domain/person-name.ts';
import { dateItems } from '../../journeys/form-fields.ts';
import { caseSummary } from '../../journeys/journey-form.view-model.ts';
import type { MemberWithPerson } from '../network.service.ts';
import type { NetworkCase } from '../network-case.ts';
import {
  CONTACT_KIND_LABELS,
  FOUND_BY_LABELS,
  GENDER_LABELS,
  KIND_LABELS,
} from '../network-labels.ts';
import { memberHref, networkHref } from '../network-request.ts';
import { CONTACT_ROWS_MIN, contactRowCount } from './person-form.ts';

type Values = Record<string, unknown>;

const radios = <T extends string>(
  codes: readonly T[],
  labels: Record<T, string>,
  chosen: unknown,
) => codes.map((code) => ({ value: code, text: labels[code], checked: chosen === code }));

/** The fields' choices, contact rows and date input, as the person form shows them. */
function formParts(values: Values, fieldErrors: Record<string, unknown>) {
  const rows = Math.max(CONTACT_ROWS_MIN, contactRowCount(values) + 1);
  return {
    choices: {
      kinds: radios(NETWORK_PERSON_KINDS, KIND_LABELS, values.kind),
      genders: radios(NETWORK_GENDERS, GENDER_LABELS, values.gender ?? 'unknown'),
      foundBy: radios(FOUND_BY, FOUND_BY_LABELS, values.foundBy),
    },
    dateItems: dateItems(values, 'dateOfBirth', Boolean(fieldErrors.dateOfBirth)),
    contactRows: Array.from({ length: Math.min(rows, 20) }, (_, index) => {
      const number = index + 1;
      const kind = values[`contact-${number}-kind`];
      return {
        number,
        value: String(values[`contact-${number}-value`] ?? ''),
        verified: values[`contact-${number}-verified`] === 'yes',
        kinds: [
          { value: '', text: 'Choose a kind' },
          ...CONTACT_KINDS.map((code) => ({
            value: code,
            text: CONTACT_KIND_LABELS[code],
            selected: kind === code,
          })),
        ],
      };
    }),
  };
}

interface FormState {
  values?: Values;
  errors?: unknown;
  fieldErrors?: Record<string, unknown>;
}

export function addPersonModel(
  network: NetworkCase,
  offered: readonly MemberWithPerson[],
  state: FormState = {},
) {
  const values = state.values ?? {};
  const fieldErrors = state.fieldErrors ?? {};
  const journeyId = network.found.journey.id;
  const name = childName(network.child);
  return {
    title: `Add a person to ${name}’s network`,
    summary: caseSummary(network.found),
    journeyId,
    childId: network.child.id,
    childName: name,
    backText: 'Back to the network',
    backHref: networkHref(journeyId, network.child.id),
    action: `/journeys/${journeyId}/network/people`,
    buttonText: 'Add person',
    editing: false,
    offered: offered.map((member) => ({
      value: member.person_id,
      text: networkPersonName(member),
      hint: {
        text: member.relationship
          ? `${member.relationship} of a brother or sister`
          : 'In a brother’s or sister’s network',
      },
      checked: values.personId === member.person_id,
    })),
    values,
    errors: state.errors,
    fieldErrors,
    ...formParts(values, fieldErrors),
  };
}

export function editPersonModel(
  network: NetworkCase & { member: MemberWithPerson },
  state: FormState,
) {
  const values = state.values ?? {};
  const fieldErrors = state.fieldErrors ?? {};
  const journeyId = network.found.journey.id;
  return {
    title: `Change ${networkPersonName(network.member)}’s details`,
    summary: caseSummary(network.found),
    journeyId,
    childId: network.child.id,
    childName: childName(network.child),
    backText: 'Back to the person',
    backHref: memberHref(journeyId, network.member.id),
    action: `${memberHref(journeyId, network.member.id)}/edit`,
    buttonText: 'Save changes',
    editing: true,
    offered: [],
    values,
    errors: state.errors,
    fieldErrors,
    ...formParts(values, fieldErrors),
  };
}
