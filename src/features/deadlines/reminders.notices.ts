import type { Tx } from '../../db/database.ts';
import { formatDate } from '../../platform/date-format.ts';
import { notify } from '../notifications/notify.service.ts';
import type { SentReminder } from './deadlines.service.ts';

/** A reminder's notice to each person it is for: in Kindred it may name the young person. */
export async function sendReminderNotices(tx: Tx, organisationId: string, sent: SentReminder) {
  const { item } = sent;
  const subject =
    sent.reminder === 'missed'
      ? `Overdue: ${item.what} for ${item.names} (was due ${formatDate(item.dueOn)})`
      : `${item.what} for ${item.names}: due ${formatDate(item.dueOn)}`;
  for (const userId of item.recipients) {
    await notify(tx, {
      organisationId,
      userId,
      kind: sent.reminder === 'missed' ? 'deadline_missed' : 'deadline_reminder',
      subject,
      link: item.href,
      dedupeKey: `${item.key}:${sent.reminder}:${userId}`,
    });
  }
}
