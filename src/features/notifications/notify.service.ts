import type { Tx } from '../../db/database.ts';
import { canReceiveEmail, NOTICE_KINDS, type NoticeKind } from '../../domain/notice-kinds.ts';
import { emailIsOn } from './email/email-settings.ts';
import { emailWishOf, insertNotice, insertOutboxMessage } from './notifications.repository.ts';
import { queueEmail } from './send-email.job.ts';

export interface Notice {
  organisationId: string;
  /** Who it is for: only this person ever sees it. */
  userId: string;
  kind: NoticeKind;
  /** Shown in Kindred only; never in an email. */
  subject: string;
  body?: string;
  /** The Kindred page the notice is about, such as `/journeys/…`. */
  link: string;
  /** For a job that may run twice: a second notice with the same key is not added. */
  dedupeKey?: string;
}

export type EmailOutcome = 'queued' | 'not-wanted' | 'email-off' | 'no-address' | 'duplicate';

export interface NotifyResult {
  noticeId: string | null;
  email: EmailOutcome;
}

/**
 * Gives a person a notice in Kindred and, when they want this kind by email and email is set
 * up, an outbox row and its sending job: all in the caller's transaction, which must act for
 * the notice's organisation. If the caller's change rolls back, no notice and no email exist.
 * The email is built later from `kind` alone (ADR 0025), so `subject` and `body` may name
 * the young person the notice is about.
 */
export async function notify(trx: Tx, notice: Notice): Promise<NotifyResult> {
  if (!/^\/(?![/\\])/.test(notice.link)) throw new Error('A notice links to a Kindred page');
  const noticeId = await insertNotice(trx, {
    organisationId: notice.organisationId,
    userId: notice.userId,
    kind: notice.kind,
    subject: notice.subject.slice(0, 200),
    body: notice.body ? notice.body.slice(0, 2000) : null,
    link: notice.link,
    dedupeKey: notice.dedupeKey ?? null,
  });
  if (!noticeId) return { noticeId: null, email: 'duplicate' };
  if (!emailIsOn()) return { noticeId, email: 'email-off' };

  const wish = await emailWishOf(trx, notice.organisationId, notice.userId, notice.kind);
  if (!wish?.active) return { noticeId, email: 'not-wanted' };
  if (!(wish.byEmail ?? NOTICE_KINDS[notice.kind].emailByDefault)) {
    return { noticeId, email: 'not-wanted' };
  }
  if (!canReceiveEmail(wish.email)) return { noticeId, email: 'no-address' };

  const messageId = await insertOutboxMessage(trx, {
    organisationId: notice.organisationId,
    notificationId: noticeId,
    userId: notice.userId,
    kind: notice.kind,
    toAddress: wish.email.trim(),
  });
  await queueEmail(trx, notice.organisationId, messageId);
  return { noticeId, email: 'queued' };
}
