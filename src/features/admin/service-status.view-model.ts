import type { EmailDelivery } from '../../config-email.ts';
import { isNoticeKind, NOTICE_KINDS } from '../../domain/notice-kinds.ts';
import { formatDateTime } from '../../platform/date-format.ts';
import type { JobRunRow } from '../../platform/jobs/job-runs.repository.ts';
import { type Page, pageLinks } from '../../platform/pagination.ts';
import type { FailedEmailRow } from './service-status.repository.ts';

export interface EmailStatusView {
  on: boolean;
  heading: string;
  how: string;
  problem: string | null;
}

export function emailStatusView(delivery: EmailDelivery): EmailStatusView {
  if (delivery.provider === 'notify') {
    return {
      on: true,
      heading: 'Email is on',
      how: 'Kindred sends emails through GOV.UK Notify.',
      problem: null,
    };
  }
  if (delivery.provider === 'smtp') {
    return {
      on: true,
      heading: 'Email is on',
      how: `Kindred sends emails through the mail server ${delivery.host}.`,
      problem: null,
    };
  }
  return {
    on: false,
    heading: 'Email is off',
    how: 'Everyone gets their notifications in Kindred only. To send emails as well, the person who runs Kindred sets EMAIL_PROVIDER and its settings (see “Configuration” in the README).',
    problem: delivery.offReason,
  };
}

function kindLabel(kind: string): string {
  return isNoticeKind(kind) ? NOTICE_KINDS[kind].label : kind;
}

export function failedEmailRows(page: Page<FailedEmailRow>) {
  return page.rows.map((row) => [
    { text: formatDateTime(row.failed_at) },
    { text: kindLabel(row.kind) },
    { text: `${row.display_name} (${row.to_address})` },
    { text: String(row.attempts), format: 'numeric' },
    { text: row.last_error ?? 'No reason was given' },
  ]);
}

export function failedEmailLinks(page: Page<FailedEmailRow>) {
  return pageLinks('/admin/email', {}, page, (row) => [row.failed_key, row.id]);
}

export function jobRunRows(rows: JobRunRow[]) {
  return rows.map((row) => ({
    job: row.job_name,
    forService: row.for_service,
    started: formatDateTime(row.started_at),
    finished: formatDateTime(row.finished_at),
    failed: row.outcome === 'failed',
    attempt: row.attempt,
    error: row.error,
  }));
}

export function jobRunLinks(
  rows: JobRunRow[],
  hasMore: boolean,
  filter: { onlyFailed: boolean; beforeId: number | null },
) {
  const base = filter.onlyFailed ? '/admin/jobs?failed=yes' : '/admin/jobs';
  const join = filter.onlyFailed ? '&' : '?';
  const last = rows.at(-1);
  return {
    previousHref: null,
    nextHref: hasMore && last ? `${base}${join}before=${last.id}` : null,
    firstHref: filter.beforeId !== null ? base : null,
  };
}
