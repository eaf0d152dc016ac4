import { birthDescription } from '../../../domain/network-person.ts';
import { childName, networkPersonName } from '../../../domain/person-name.ts';
import { formatDate } from '../../../platform/date-format.ts';
import { pageLinks } from '../../../platform/pagination.ts';
import { caseSummary } from '../../journeys/journey-form.view-model.ts';
import type { MemberWithPerson } from '../network.service.ts';
import {
  BOARD_GROUPS,
  type BoardGroup,
  CLOSED_WITHOUT_REASON,
  KIND_LABELS,
  OFF_RAMP_LABELS,
  SAY_LABELS,
  STATUS_LABELS,
  STATUS_TAG_CLASSES,
} from '../network-labels.ts';
import { memberHref, networkHref } from '../network-request.ts';
import type { Board } from './board.service.ts';

export function groupOf(member: Pick<MemberWithPerson, 'status' | 'off_ramp'>): BoardGroup {
  return member.off_ramp ? 'closed' : member.status;
}

/** A member's status as a tag: a closure says why, unless the reason is sensitive. */
export function statusTag(member: MemberWithPerson, sensitive: boolean) {
  const group = groupOf(member);
  let text = STATUS_LABELS[group];
  if (member.off_ramp) {
    text =
      member.off_ramp === 'not_safe' && !sensitive
        ? CLOSED_WITHOUT_REASON
        : `Closed: ${OFF_RAMP_LABELS[member.off_ramp].toLowerCase()}`;
  }
  return { text, classes: STATUS_TAG_CLASSES[group] };
}

function memberRow(journeyId: string, member: MemberWithPerson, sensitive: boolean) {
  return {
    name: networkPersonName(member),
    href: memberHref(journeyId, member.id),
    relationship: member.relationship ?? 'Not recorded',
    kind: KIND_LABELS[member.kind],
    born:
      birthDescription(
        {
          dateOfBirth: member.date_of_birth,
          birthYear: member.birth_year,
          birthYearApproximate: member.birth_year_approximate,
        },
        formatDate,
      ) ?? 'Not known',
    deceased: member.deceased,
    say: SAY_LABELS[member.young_person_say],
    status: statusTag(member, sensitive),
  };
}

export function boardModel(board: Board, notice: string | null) {
  const { network, counts, status, page } = board;
  const journeyId = network.found.journey.id;
  const childId = network.child.id;
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const base = networkHref(journeyId, childId);
  const link = (group?: BoardGroup) => (group ? `${base}&status=${group}` : base);
  const tabs = [
    { text: `All (${total})`, href: link(), active: status === undefined },
    ...BOARD_GROUPS.map((group) => ({
      text: `${STATUS_LABELS[group]} (${counts.get(group) ?? 0})`,
      href: link(group),
      active: status === group,
    })),
  ];
  const children = network.found.children.map((child) => ({
    text: childName(child),
    href: networkHref(journeyId, child.id),
    active: child.id === childId,
  }));
  const summary = caseSummary(network.found);
  return {
    title: `${childName(network.child)}’s network`,
    titleRecord: summary.reference,
    summary,
    journeyId,
    childId,
    full: network.view === 'full',
    canWork: network.canWork,
    notice,
    total,
    counts: BOARD_GROUPS.map((group) => ({
      text: STATUS_LABELS[group],
      count: counts.get(group) ?? 0,
    })),
    tabs,
    children: children.length > 1 ? children : [],
    filterName: status ? STATUS_LABELS[status] : null,
    rows: page ? page.rows.map((member) => memberRow(journeyId, member, network.sensitive)) : [],
    pagination: page
      ? pageLinks(`/journeys/${journeyId}/network`, { child: childId, status }, page, (row) => [
          row.last_name ?? '',
          row.first_name,
          row.id,
        ])
      : null,
    addHref: `/journeys/${journeyId}/network/people/new?child=${childId}`,
  };
}
