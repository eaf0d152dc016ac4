import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { PageRequest } from '../../platform/pagination.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  /** created_at to the microsecond, for the page key (a Date keeps only milliseconds). */
  created_key: string;
}

/**
 * One page of a person's notices, newest first, walking from a key (ADR 0020): one more row
 * than the page, in the walking direction, for `pageFrom()`.
 */
export async function noticesPage(
  tx: Tx,
  scope: { organisationId: string; userId: string },
  page: PageRequest,
): Promise<NoticeRow[]> {
  const backwards = page.direction === 'before';
  let query = tx
    .selectFrom('notifications')
    .select(['id', 'kind', 'subject', 'body', 'link', 'created_at', 'read_at'])
    .select(
      sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'created_key',
      ),
    )
    .where('organisation_id', '=', scope.organisationId)
    .where('user_id', '=', scope.userId);
  const [createdKey, id] = page.key ?? [];
  if (createdKey && id && UUID.test(id) && !Number.isNaN(Date.parse(createdKey))) {
    query = backwards
      ? query.where(sql<boolean>`(created_at, id) > (${createdKey}::timestamptz, ${id}::uuid)`)
      : query.where(sql<boolean>`(created_at, id) < (${createdKey}::timestamptz, ${id}::uuid)`);
  }
  const order = backwards ? 'asc' : 'desc';
  return query
    .orderBy('created_at', order)
    .orderBy('id', order)
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

export async function preferencesOf(
  tx: Tx,
  scope: { organisationId: string; userId: string },
): Promise<Array<{ kind: string; by_email: boolean }>> {
  return tx
    .selectFrom('notification_preferences')
    .select(['kind', 'by_email'])
    .where('organisation_id', '=', scope.organisationId)
    .where('user_id', '=', scope.userId)
    .execute();
}

/** Records the person's choice for every kind at once. */
export async function savePreferences(
  tx: Tx,
  scope: { organisationId: string; userId: string },
  choices: Array<{ kind: string; byEmail: boolean }>,
): Promise<void> {
  if (choices.length === 0) return;
  await tx
    .insertInto('notification_preferences')
    .values(
      choices.map((choice) => ({
        organisation_id: scope.organisationId,
        user_id: scope.userId,
        kind: choice.kind,
        by_email: choice.byEmail,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['organisation_id', 'user_id', 'kind']).doUpdateSet((eb) => ({
        by_email: eb.ref('excluded.by_email'),
        updated_at: sql`now()`,
      })),
    )
    .execute();
}
