import type { ReferralStatus } from '../../db/schema.ts';
import { REFERRAL_KIND_NAMES } from '../../domain/referral-rules.ts';
import { formatDate } from '../../platform/date-format.ts';
import type { ListedReferral } from './referral-lists.repository.ts';
import type { ReferralRow } from './referrals.repository.ts';

export interface StatusTag {
  text: string;
  classes: string;
}

/** A referral's status as a tag; an accepted one shows whether it has its coordinator yet. */
export function statusTag(referral: {
  status: ReferralStatus;
  coordinator_id: string | null;
}): StatusTag {
  switch (referral.status) {
    case 'draft':
      return { text: 'Draft', classes: 'govuk-tag--grey' };
    case 'submitted':
      return { text: 'Submitted', classes: 'govuk-tag--blue' };
    case 'accepted':
      return referral.coordinator_id
        ? { text: 'Coordinator matched', classes: 'govuk-tag--green' }
        : { text: 'Accepted, to match', classes: 'govuk-tag--turquoise' };
    case 'declined':
      return { text: 'Declined', classes: 'govuk-tag--red' };
  }
}

function childrenText(row: ListedReferral): string {
  return row.childNames.length > 0 ? row.childNames.join(', ') : 'No child added yet';
}

/** The referrer's own list. */
export function myReferralRows(rows: readonly ListedReferral[]) {
  return rows.map((row) => ({
    id: row.id,
    href: `/referrals/${row.id}`,
    reference: row.reference,
    kind: REFERRAL_KIND_NAMES[row.kind],
    children: childrenText(row),
    status: statusTag(row),
    updated: formatDate(row.updated_at),
    declineReason: row.status === 'declined' ? row.decline_reason : null,
    journeyHref: row.journeyId ? `/journeys/${row.journeyId}` : null,
    draft: row.status === 'draft',
  }));
}

/** The team inbox: oldest first, with how long each has waited. */
export function inboxRows(rows: ReadonlyArray<ListedReferral & { daysWaiting: number }>) {
  return rows.map((row) => ({
    href: `/referrals/${row.id}`,
    reference: row.reference,
    kind: REFERRAL_KIND_NAMES[row.kind],
    children: childrenText(row),
    referrer: row.referrer_name,
    submitted: formatDate(row.submitted_at),
    waiting: row.daysWaiting === 1 ? '1 day' : `${row.daysWaiting} days`,
    status: statusTag(row),
    decided: row.decided_at ? formatDate(row.decided_at) : '',
    coordinator: row.coordinator_name,
    matchHref:
      row.status === 'accepted' && !row.coordinator_id ? `/referrals/${row.id}/match` : null,
    journeyHref: row.journeyId ? `/journeys/${row.journeyId}` : null,
  }));
}

export function kindFilterItems(selected: string | undefined) {
  return [
    { value: '', text: 'All kinds', selected: !selected },
    ...(['fgc', 'lifelong_links'] as const).map((kind) => ({
      value: kind,
      text: REFERRAL_KIND_NAMES[kind],
      selected: selected === kind,
    })),
  ];
}

export function statusFilterItems(selected: string) {
  return [
    { value: 'to-do', text: 'Waiting for you: to decide or to match' },
    { value: 'waiting', text: 'Waiting for a decision' },
    { value: 'to-match', text: 'Accepted, to match with a coordinator' },
    { value: 'accepted', text: 'Accepted' },
    { value: 'declined', text: 'Declined' },
  ].map((item) => ({ ...item, selected: item.value === selected }));
}

/** What happens next, for the referrer on the referral's summary page. */
export function nextStepText(referral: ReferralRow, journeyId: string | null): string {
  switch (referral.status) {
    case 'draft':
      return 'This referral has not been submitted yet.';
    case 'submitted':
      return 'The team manager will talk to the referrer about it, check it against the criteria, and then accept or decline it.';
    case 'accepted':
      return journeyId
        ? 'A coordinator has been matched. The young person’s journey has started with a planning meeting.'
        : 'The referral has been accepted. The team manager will match a coordinator who is independent of the family.';
    case 'declined':
      return 'The referral has been declined. The reason is below.';
  }
}
