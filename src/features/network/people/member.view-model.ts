import { birthDescription } from '../../../domain/network-person.ts';
import { childName, networkPersonName } from '../../../domain/person-name.ts';
import { formatDate, formatDateTime } from '../../../platform/date-format.ts';
import { caseSummary } from '../../journeys/journey-form.view-model.ts';
import { statusTag } from '../board/board.view-model.ts';
import { contactLogModel } from '../contact/contact.view-model.ts';
import {
  CONTACT_KIND_LABELS,
  FOUND_BY_LABELS,
  GENDER_LABELS,
  KIND_LABELS,
  OFF_RAMP_LABELS,
  SAY_LABELS,
} from '../network-labels.ts';
import { memberHref, networkHref } from '../network-request.ts';
import { nextStep, safetyRows } from './member-steps.ts';
import type { PeopleService } from './people.service.ts';

type MemberPage = Extract<Awaited<ReturnType<PeopleService['memberPage']>>, { outcome: 'found' }>;

const row = (key: string, value: string) => ({ key: { text: key }, value: { text: value } });

export function memberModel(page: MemberPage, notice: string | null) {
  const { network, person, contacts, safety, networks, contactVerdict } = page;
  const log = contactLogModel(memberHref(network.found.journey.id, network.member.id), page);
  const { member } = network;
  const journeyId = network.found.journey.id;
  const href = memberHref(journeyId, member.id);
  const name = networkPersonName(member);
  const born = birthDescription(
    {
      dateOfBirth: member.date_of_birth,
      birthYear: member.birth_year,
      birthYearApproximate: member.birth_year_approximate,
    },
    formatDate,
  );
  const closedReason =
    member.off_ramp && (member.off_ramp !== 'not_safe' || network.sensitive)
      ? OFF_RAMP_LABELS[member.off_ramp]
      : null;
  const editable = network.canWork && network.found.journey.status !== 'ended';
  return {
    title: name,
    titleRecord: network.found.journey.reference,
    summary: caseSummary(network.found),
    notice,
    childName: childName(network.child),
    backHref: networkHref(journeyId, network.child.id),
    status: statusTag(member, network.sensitive),
    details: [
      row('Relationship', member.relationship ?? 'Not recorded'),
      row('Kind', `${KIND_LABELS[member.kind]}${member.professional ? ' (professional)' : ''}`),
      row('Born', born ?? 'Not known'),
      row('Gender as recorded', GENDER_LABELS[member.gender]),
      row(
        'Alive or died',
        member.deceased ? `Died${person?.died_year ? ` in ${person.died_year}` : ''}` : 'Alive',
      ),
      row('Known as', person?.known_as ?? 'Not recorded'),
      row('Other names', person?.other_names ?? 'None recorded'),
      row('First language', person?.first_language ?? 'Not recorded'),
      row('Needs', person?.needs ?? 'None recorded'),
      row('How they were found', FOUND_BY_LABELS[member.found_by]),
    ],
    contacts: contacts.map((contact) => ({
      kind: CONTACT_KIND_LABELS[contact.kind],
      value: contact.value,
      verified: contact.verified ? 'Checked' : 'Not checked',
    })),
    otherNetworks: networks.map((other) => ({
      child: childName(other),
      say: SAY_LABELS[other.young_person_say],
    })),
    pipeline: [
      row('Young person’s say', SAY_LABELS[member.young_person_say]),
      row(
        'Say recorded on',
        member.say_recorded_on ? formatDate(member.say_recorded_on) : 'Not yet',
      ),
      row('Located on', member.located_on ? formatDate(member.located_on) : 'Not yet'),
      row('First contact on', member.contacted_on ? formatDate(member.contacted_on) : 'Not yet'),
      row('Agreed to take part on', member.agreed_on ? formatDate(member.agreed_on) : 'Not yet'),
      ...(member.off_ramp
        ? [
            row('Closed on', member.off_ramp_on ? formatDate(member.off_ramp_on) : ''),
            row('Why', closedReason ?? 'Not shown to you'),
          ]
        : []),
    ],
    ...log,
    ownWords: member.say_in_own_words,
    contactable: contactVerdict,
    next:
      network.found.journey.status !== 'ended' && (network.canWork || network.canSignOff)
        ? nextStep(href, member, safety ?? null, network.canSignOff)
        : null,
    sensitive: network.sensitive,
    safety: network.sensitive && safety ? safetyRows(safety, formatDate, formatDateTime) : null,
    closedNotes: member.off_ramp && member.off_ramp_notes ? member.off_ramp_notes : null,
    actions: editable
      ? [
          { text: 'Change their details', href: `${href}/edit` },
          { text: 'Record the young person’s say', href: `${href}/say` },
          { text: 'Record progress', href: `${href}/progress` },
          { text: 'Record the safety check', href: `${href}/safety` },
          { text: 'Record a contact', href: `${href}/contacts/new` },
          { text: 'Information letter', href: `${href}/letter` },
          ...(member.off_ramp
            ? []
            : [{ text: 'Close their part in the network', href: `${href}/close` }]),
          { text: 'Check for duplicate records', href: `${href}/duplicates` },
        ]
      : [],
    signOffHref:
      network.canSignOff && safety?.outcome && !safety.signed_off_at
        ? `${href}/safety/sign-off`
        : null,
    overrideHref:
      network.caller.user.roles.includes('team_manager') &&
      !safety?.signed_off_at &&
      !safety?.override_at &&
      !member.off_ramp
        ? `${href}/safety/override`
        : null,
  };
}
