import { childName } from '../../domain/person-name.ts';
import {
  birthdayAt,
  type FifteenStatus,
  fifteenStatus,
  nextMonth,
  previousMonth,
  SUPERVISION_REASON_NAMES,
  TURNING_AGE,
} from '../../domain/turning-fifteen.ts';
import { can } from '../../platform/access-policy.ts';
import { formatDate } from '../../platform/date-format.ts';
import { pageLinks } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { type TurningFifteenRow, turningFifteenKey } from './turning-fifteen.repository.ts';
import type { TurningFifteenService } from './turning-fifteen.service.ts';

type Listed = Awaited<ReturnType<TurningFifteenService['page']>>;

export function monthName(month: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A status as a tag and a line saying what it means. */
export function statusView(status: FifteenStatus, today: string) {
  const lookAgain = (on: string) =>
    on <= today ? `Look again now (due ${formatDate(on)})` : `Look again on ${formatDate(on)}`;
  switch (status.kind) {
    case 'referred':
      return {
        tag: { text: 'Referred', classes: 'govuk-tag--green' },
        detail: `Referral ${status.reference}`,
        href: `/referrals/${status.referralId}`,
      };
    case 'not_discussed':
      return {
        tag: { text: 'Not yet discussed', classes: 'govuk-tag--red' },
        detail: null,
        href: null,
      };
    case 'discussed':
      return {
        tag: { text: 'Discussed', classes: 'govuk-tag--blue' },
        detail: `A referral will follow. ${lookAgain(status.lookAgainOn)}`,
        href: null,
      };
    case 'later':
      return {
        tag: { text: 'Later', classes: 'govuk-tag--yellow' },
        detail: lookAgain(status.lookAgainOn),
        href: null,
      };
    case 'not_appropriate':
      return {
        tag: { text: 'Not appropriate', classes: 'govuk-tag--grey' },
        detail: `${SUPERVISION_REASON_NAMES[status.reason]}. ${lookAgain(status.lookAgainOn)}`,
        href: null,
      };
  }
}

export function statusOfRow(row: Pick<TurningFifteenRow, 'referral' | 'decision'>) {
  return fifteenStatus(
    row.referral,
    row.decision ? { reason: row.decision.reason, lookAgainOn: row.decision.look_again_on } : null,
  );
}

export function turningFifteenModel(user: SignedInUser, month: string, listed: Listed) {
  const mayDecide = can(user.roles, 'oversight:supervise');
  const rows = listed.page.rows.map((row) => ({
    name: childName(row),
    href: `/children/${row.id}`,
    birthday: formatDate(birthdayAt(row.date_of_birth, TURNING_AGE)),
    iro: row.iro_name ?? 'No IRO recorded',
    socialWorker: row.social_worker_name ?? 'No social worker recorded',
    status: statusView(statusOfRow(row), listed.today),
    decideHref: mayDecide && !row.referral ? `/oversight/supervision/${row.id}` : null,
  }));
  const built = listed.built
    ? `This list was sent to the IROs and the Lifelong Links managers on ${formatDate(listed.built.built_at)}.`
    : listed.buildDay >= listed.today
      ? `This list will be sent to the IROs and the Lifelong Links managers on ${formatDate(listed.buildDay)}.`
      : 'This list was not sent: Kindred only sends the lists from the month it started sending them.';
  return {
    title: `Young people turning 15 in ${monthName(month)}`,
    caption: listed.everyone ? 'Every looked-after young person' : 'Your young people',
    month,
    monthName: monthName(month),
    built,
    rows,
    mayDecide,
    previous: {
      href: `/oversight/turning-15?month=${previousMonth(month)}`,
      text: monthName(previousMonth(month)),
    },
    next: {
      href: `/oversight/turning-15?month=${nextMonth(month)}`,
      text: monthName(nextMonth(month)),
    },
    thisMonthHref: month === listed.currentMonth ? null : '/oversight/turning-15',
    pagination: pageLinks('/oversight/turning-15', { month }, listed.page, turningFifteenKey),
  };
}
