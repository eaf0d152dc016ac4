import type { ColumnType, Generated } from 'kysely';

/** Tables of notices, email preferences and the email outbox (migration 015). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface NotificationsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  kind: string;
  subject: string;
  body: string | null;
  /** A Kindred path, starting with one slash. */
  link: string;
  dedupe_key: string | null;
  created_at: Generated<Date>;
  read_at: Date | null;
}

export interface NotificationPreferencesTable {
  organisation_id: string;
  user_id: string;
  kind: string;
  by_email: boolean;
  updated_at: Timestamp;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  organisation_id: string;
  notification_id: string;
  user_id: string;
  kind: string;
  to_address: string;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  provider: 'notify' | 'smtp' | null;
  provider_reference: string | null;
  created_at: Generated<Date>;
  sent_at: Date | null;
  failed_at: Date | null;
}
