import { NOTICE_KINDS, type NoticeKind } from '../../domain/notice-kinds.ts';
import { formatDateTime } from '../../platform/date-format.ts';
import { type Page, pageLinks } from '../../platform/pagination.ts';
import type { NoticeRow } from './notifications.repository.ts';

export interface NoticeItem {
  id: string;
  subject: string;
  body: string | null;
  when: string;
  unread: boolean;
  openHref: string;
}

export function noticeItems(page: Page<NoticeRow>): NoticeItem[] {
  return page.rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    body: row.body,
    when: formatDateTime(row.created_at),
    unread: row.read_at === null,
    openHref: `/notifications/${row.id}/open`,
  }));
}

export function noticePageLinks(page: Page<NoticeRow>) {
  return pageLinks('/notifications', {}, page, (row) => [row.created_key, row.id]);
}

const DONE: Record<string, string> = {
  read: 'The notification is marked as read.',
  'all-read': 'All your notifications are marked as read.',
  'preferences-saved': 'Your email choices are saved.',
};

/** The banner after an action, from the `done` code in the address (never free text). */
export function doneText(code: string | undefined): string | null {
  return code ? (DONE[code] ?? null) : null;
}

export function preferenceItems(kinds: Array<{ kind: NoticeKind; byEmail: boolean }>) {
  return kinds.map(({ kind, byEmail }) => ({
    value: kind,
    text: NOTICE_KINDS[kind].label,
    hint: { text: NOTICE_KINDS[kind].hint },
    checked: byEmail,
  }));
}
