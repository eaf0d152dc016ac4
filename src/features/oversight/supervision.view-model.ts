import { childName } from '../../domain/person-name.ts';
import { SUPERVISION_REASON_NAMES, SUPERVISION_REASONS } from '../../domain/turning-fifteen.ts';
import { can } from '../../platform/access-policy.ts';
import { formatDate } from '../../platform/date-format.ts';
import { type Page, pageLinks } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { dateItems } from '../journeys/form-fields.ts';
import { nameKey, type SupervisionRow } from './supervision.repository.ts';

export function supervisionListModel(
  user: SignedInUser,
  listed: { page: Page<SupervisionRow>; everyone: boolean; today: string },
  q: string | undefined,
  notice: string | null,
) {
  const mayDecide = can(user.roles, 'oversight:supervise');
  return {
    title: 'Young people aged 15 or over without a Lifelong Links referral',
    caption: listed.everyone ? 'Every looked-after young person' : 'Your young people',
    q,
    notice,
    mayDecide,
    rows: listed.page.rows.map((row) => ({
      name: childName(row),
      href: `/children/${row.id}`,
      dateOfBirth: formatDate(row.date_of_birth),
      socialWorker: row.social_worker_name ?? 'No social worker recorded',
      uasc: row.uasc,
      lastDecision: row.decision
        ? `${SUPERVISION_REASON_NAMES[row.decision.reason]}. The date to look again, ${formatDate(row.decision.look_again_on)}, has come.`
        : 'Not discussed in supervision yet',
      decideHref: mayDecide ? `/oversight/supervision/${row.id}` : null,
    })),
    pagination: pageLinks('/oversight/supervision', { q }, listed.page, nameKey),
  };
}

export function decisionPageModel(
  child: { id: string; first_name: string; last_name: string; preferred_name: string | null },
  values: Record<string, unknown>,
  problems: { errors?: unknown[]; fieldErrors?: Record<string, { text: string }> } = {},
) {
  const fieldErrors = problems.fieldErrors ?? {};
  const dateError = (prefix: string) =>
    ['day', 'month', 'year'].some((part) => fieldErrors[`${prefix}-${part}`]);
  const dateMessage = (prefix: string) =>
    fieldErrors[`${prefix}-day`] ?? fieldErrors[`${prefix}-month`] ?? fieldErrors[`${prefix}-year`];
  return {
    title: 'Record a supervision decision',
    titleRecord: childName(child),
    name: childName(child),
    action: `/oversight/supervision/${child.id}`,
    values,
    errors: problems.errors,
    fieldErrors,
    discussedOn: {
      items: dateItems(values, 'discussedOn', dateError('discussedOn')),
      error: dateMessage('discussedOn'),
    },
    lookAgainOn: {
      items: dateItems(values, 'lookAgainOn', dateError('lookAgainOn')),
      error: dateMessage('lookAgainOn'),
    },
    reasons: SUPERVISION_REASONS.map((reason) => ({
      value: reason,
      text: SUPERVISION_REASON_NAMES[reason],
      checked: values.reason === reason,
    })),
  };
}
