import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';

/** Notices, preferences and the outbox: queries only. Every query names the person it is for. */

export interface NewNotice {
  organisationId: string;
  userId: string;
  kind: string;
  subject: string;
  body: string | null;
  link: string;
  dedupeKey: string | null;
}

/** Adds a notice; returns its id, or null when one with the same dedupe key is already there. */
export async function insertNotice(tx: Tx, notice: NewNotice): Promise<string | null> {
  const row = await tx
    .insertInto('notifications')
    .values({
      organisation_id: notice.organisationId,
      user_id: notice.userId,
      kind: notice.kind,
      subject: notice.subject,
      body: notice.body,
      link: notice.link,
      dedupe_key: notice.dedupeKey,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['organisation_id', 'user_id', 'dedupe_key'])
        .where('dedupe_key', 'is not', null)
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The person's address, and whether they chose email for this kind (null: not chosen). */
export async function emailWishOf(
  tx: Tx,
  organisationId: string,
  userId: string,
  kind: string,
): Promise<{ email: string; active: boolean; byEmail: boolean | null } | undefined> {
  return tx
    .selectFrom('users as u')
    .leftJoin('notification_preferences as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'u.organisation_id')
        .onRef('p.user_id', '=', 'u.id')
        .on('p.kind', '=', kind),
    )
    .select(['u.email', 'u.active', 'p.by_email as byEmail'])
    .where('u.organisation_id', '=', organisationId)
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

export async function insertOutboxMessage(
  tx: Tx,
  message: {
    organisationId: string;
    notificationId: string;
    userId: string;
    kind: string;
    toAddress: string;
  },
): Promise<string> {
  const row = await tx
    .insertInto('outbox_messages')
    .values({
      organisation_id: message.organisationId,
      notification_id: message.notificationId,
      user_id: message.userId,
      kind: message.kind,
      to_address: message.toAddress,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NoticeRow {
  id: string;
  kind: string;
  subject: string;
  body: string | null;
  link: string;
  created_at: Date;
  read_at: Date | null;
}

/** One page of a person's notices, newest first, after the keyset position given. */
export async function noticesPage(
  tx: Tx,
  scope: { organisationId: string; userId: string },
  page: { after: { createdAt: Date; id: string } | null; size: number },
): Promise<NoticeRow[]> {
  let query = tx
    .selectFrom('notifications')
    .select(['id', 'kind', 'subject', 'body', 'link', 'created_at', 'read_at'])
    .where('organisation_id', '=', scope.organisationId)
    .where('user_id', '=', scope.userId);
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where(sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.size + 1)
    .execute();
}

/** Marks one of the person's notices read; returns its link, or undefined if not theirs. */
export async function markNoticeRead(
  tx: Tx,
  scope: { organisationId: string; userId: string },
  noticeId: string,
): Promise<{ link: string } | undefined> {
  return tx
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('organisation_id', '=', scope.organisationId)
    .where('user_id', '=', scope.userId)
    .where('id', '=', noticeId)
    .returning('link')
    .executeTakeFirst();
}

export async function markAllNoticesRead(
  tx: Tx,
  scope: { organisationId: string; userId: string },
): Promise<number> {
  const result = await tx
    .updateTable('notifications')
    .set({ read_at: sql`now()` })
    .where('organisation_id', '=', scope.organisationId)
    .where('user_id', '=', scope.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
