import { formatDate, formatDateTime } from '../../platform/date-format.ts';
import type { ReferralDetails } from './referral-details.ts';
import { multiline, type SummaryRow, summaryRow, yesNoText } from './summary.view-model.ts';

/** The team manager's record: initial discussion, criteria and decision. */
export function managerRows(details: ReferralDetails): SummaryRow[] {
  const { referral } = details;
  const base = `/referrals/${referral.id}`;
  const open = referral.status === 'submitted';
  const rows: SummaryRow[] = [
    summaryRow(
      'Initial discussion',
      referral.initial_discussion_on
        ? multiline(
            `${formatDate(referral.initial_discussion_on)}\n${referral.initial_discussion_notes ?? ''}`,
          )
        : { text: 'Not recorded yet' },
      open ? `${base}/discussion` : undefined,
    ),
    summaryRow(
      'Meets the criteria',
      referral.criteria_met === null
        ? { text: 'Not checked yet' }
        : multiline(
            [yesNoText(referral.criteria_met), referral.criteria_notes ?? ''].join('\n').trim(),
          ),
      open ? `${base}/criteria` : undefined,
    ),
  ];
  if (referral.decided_at) {
    const by = referral.decided_by ? details.names.get(referral.decided_by) : undefined;
    rows.push(
      summaryRow('Decision', {
        text: `${referral.status === 'accepted' ? 'Accepted' : 'Declined'} on ${formatDateTime(referral.decided_at)}${by ? ` by ${by}` : ''}`,
      }),
    );
  }
  if (referral.status === 'declined') {
    rows.push(summaryRow('Reason for declining', multiline(referral.decline_reason)));
  }
  return rows;
}

/** What the manager can do next on a referral's page. */
export function managerActions(details: ReferralDetails) {
  const { referral } = details;
  const base = `/referrals/${referral.id}`;
  if (referral.status === 'submitted') {
    return [
      { href: `${base}/discussion`, text: 'Record the initial discussion' },
      { href: `${base}/criteria`, text: 'Check against the criteria' },
      { href: `${base}/decision`, text: 'Accept or decline' },
    ];
  }
  if (referral.status === 'accepted' && !referral.coordinator_id) {
    return [{ href: `${base}/match`, text: 'Match a coordinator' }];
  }
  return [];
}
