import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { PageRequest } from '../../platform/pagination.ts';

/** What administrators see of how the service runs: failed emails, people email cannot reach. */

// The same test as canReceiveEmail() in domain/notice-kinds.ts, in SQL.
const SENDABLE = '^[^[:space:]@<>]+@[^[:space:]@<>]+\\.[^[:space:]@<>]+$';

export async function peopleWithoutAddress(tx: Tx, organisationId: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .where(sql<boolean>`btrim(email) !~ ${SENDABLE}`)
    .orderBy('display_name')
    .limit(200)
    .execute();
}

export interface FailedEmailRow {
  id: string;
  kind: string;
  display_name: string;
  to_address: string;
  attempts: number;
  last_error: string | null;
  failed_at: Date;
  failed_key: string;
}

/** A page of failed emails, most recent first, walking from a key (ADR 0020). */
export async function failedEmailsPage(
  tx: Tx,
  organisationId: string,
  page: PageRequest,
): Promise<FailedEmailRow[]> {
  const backwards = page.direction === 'before';
  let query = tx
    .selectFrom('outbox_messages as m')
    .innerJoin('users as u', (join) =>
      join.onRef('u.organisation_id', '=', 'm.organisation_id').onRef('u.id', '=', 'm.user_id'),
    )
    .select(['m.id', 'm.kind', 'u.display_name', 'm.to_address', 'm.attempts', 'm.last_error'])
    .select(sql<Date>`m.failed_at`.as('failed_at'))
    .select(
      sql<string>`to_char(m.failed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'failed_key',
      ),
    )
    .where('m.organisation_id', '=', organisationId)
    .where('m.status', '=', 'failed');
  const [failedKey, id] = page.key ?? [];
  if (failedKey && id && /^[0-9a-f-]{36}$/i.test(id) && !Number.isNaN(Date.parse(failedKey))) {
    query = query.where(
      backwards
        ? sql<boolean>`(m.failed_at, m.id) > (${failedKey}::timestamptz, ${id}::uuid)`
        : sql<boolean>`(m.failed_at, m.id) < (${failedKey}::timestamptz, ${id}::uuid)`,
    );
  }
  const order = backwards ? 'asc' : 'desc';
  return query
    .orderBy('m.failed_at', order)
    .orderBy('m.id', order)
    .limit(page.size + 1)
    .execute();
}
