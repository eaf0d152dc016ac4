import { SHARE_ITEMS } from '../../domain/information-sharing.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import { formatDate, formatDateTime } from '../../platform/date-format.ts';
import { asList } from '../../platform/forms.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { childName, METHOD_NAMES } from '../journeys/journey-labels.ts';
import type { MemberWithPerson } from '../network/network.service.ts';
import type { ConcernRow } from './safety-concerns.repository.ts';
import type { ShareRow } from './shares.repository.ts';

const NOTICES: Record<string, string> = {
  'concern-raised': 'The safety concern has been recorded and sent to the child’s social worker.',
  'concern-raised-unsent':
    'The safety concern has been recorded. The child has no social worker: the team managers see it on their home page.',
  'share-recorded': 'The information shared has been recorded.',
  acknowledged: 'You have acknowledged the safety concern.',
};

export function engagementNotice(notice: unknown): string | null {
  return typeof notice === 'string' ? (NOTICES[notice] ?? null) : null;
}

export function childItems(found: JourneyCase, selected: unknown) {
  const only = found.children.length === 1;
  return found.children.map((child) => ({
    value: child.id,
    text: childName(child),
    checked: selected === child.id || (only && !selected),
  }));
}

/** The people a share may go to: members of the journey's children's networks, by name. */
export function memberItems(
  found: JourneyCase,
  members: readonly MemberWithPerson[],
  selected: unknown,
) {
  const siblings = found.children.length > 1;
  return [
    { value: '', text: 'Choose a person' },
    ...members.map((member) => ({
      value: member.id,
      text: `${networkPersonName(member)}${member.relationship ? ` (${member.relationship})` : ''}${
        siblings ? `, in ${childNameIn(found, member.child_id)}’s network` : ''
      }`,
      selected: selected === member.id,
    })),
  ];
}

function childNameIn(found: JourneyCase, childId: string): string {
  const child = found.children.find((each) => each.id === childId);
  return child ? childName(child) : 'Unknown';
}

export function concernStatus(concern: Pick<ConcernRow, 'acknowledged_at' | 'sent_at'>) {
  if (concern.acknowledged_at) return { text: 'Acknowledged', classes: 'govuk-tag--green' };
  if (!concern.sent_at) return { text: 'No social worker', classes: 'govuk-tag--red' };
  return { text: 'Not acknowledged', classes: 'govuk-tag--red' };
}

export function concernRows(found: JourneyCase, concern: ConcernRow) {
  return [
    { key: { text: 'About' }, value: { text: childNameIn(found, concern.child_id) } },
    {
      key: { text: 'Whose safety' },
      value: {
        text:
          concern.about === 'child'
            ? 'The child’s'
            : `Another person’s: ${concern.other_person ?? ''}`,
      },
    },
    { key: { text: 'The concern' }, value: { text: concern.details } },
    {
      key: { text: 'Recorded' },
      value: { text: `${formatDateTime(concern.raised_at)} by ${concern.raised_by_name}` },
    },
    {
      key: { text: 'Sent to the social worker' },
      value: {
        text: concern.sent_at
          ? `${formatDateTime(concern.sent_at)}, to ${concern.social_worker_name ?? 'the social worker'}`
          : 'Not sent: the child has no social worker recorded',
      },
    },
    {
      key: { text: 'Acknowledged' },
      value: {
        text: concern.acknowledged_at
          ? `${formatDateTime(concern.acknowledged_at)} by ${concern.acknowledged_by_name ?? 'the social worker'}`
          : 'Not yet',
      },
    },
  ];
}

export function concernListItems(found: JourneyCase, concerns: readonly ConcernRow[]) {
  return concerns.map((concern) => ({
    href: `/journeys/${found.journey.id}/safety-concerns/${concern.id}`,
    text: `${formatDateTime(concern.raised_at)}: about ${childNameIn(found, concern.child_id)}`,
    status: concernStatus(concern),
  }));
}

const ITEM_TEXT = new Map(SHARE_ITEMS.map((item) => [item.code, item.text]));

export function shareTableRows(found: JourneyCase, shares: readonly ShareRow[]) {
  return shares.map((share) => [
    { text: formatDate(share.shared_on), classes: 'kindred-nowrap' },
    { text: childNameIn(found, share.child_id) },
    // Shares recorded before they had to be to a network member keep the name as it was typed.
    { text: share.member_id ? share.shared_with : `${share.shared_with} (name as typed)` },
    { text: share.what.map((code) => ITEM_TEXT.get(code) ?? code).join('; ') },
    { text: METHOD_NAMES[share.method] },
    { text: share.shared_by_name },
  ]);
}

export function shareItemChoices(values: Record<string, unknown>) {
  const ticked = asList(values.what);
  return SHARE_ITEMS.map((item) => ({
    value: item.code,
    text: item.text,
    checked: ticked.includes(item.code),
    ...(item.code === 'where_they_live'
      ? { hint: { text: 'Only if the consent says so. Kindred refuses it otherwise.' } }
      : {}),
  }));
}

export function methodChoices(selected: unknown) {
  return Object.entries(METHOD_NAMES).map(([value, text]) => ({
    value,
    text,
    checked: selected === value,
  }));
}
