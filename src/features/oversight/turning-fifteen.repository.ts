import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { OversightScope } from '../../platform/access-policy.ts';
import type { PageRequest } from '../../platform/pagination.ts';
import {
  inScope,
  latestDecisionOfChild,
  referralOfChild,
  staffName,
} from './oversight.repository.ts';

/**
 * The looked-after young people born in a range of dates (the month's 15th birthdays), by date
 * of birth then id, walked by keyset along children_birth (migration 003).
 */
export async function turningFifteenPage(
  tx: Tx,
  organisationId: string,
  births: { from: string; to: string },
  scope: OversightScope,
  page: PageRequest,
) {
  const backwards = page.direction === 'before';
  const order = backwards ? 'desc' : 'asc';
  let query = tx
    .selectFrom('children')
    .select([
      'children.id',
      'children.first_name',
      'children.last_name',
      'children.preferred_name',
      'children.date_of_birth',
      'children.uasc',
      staffName('iro_id').as('iro_name'),
      staffName('social_worker_id').as('social_worker_name'),
      referralOfChild.as('referral'),
      latestDecisionOfChild.as('decision'),
    ])
    .where('children.organisation_id', '=', organisationId)
    .where('children.looked_after', '=', true)
    .where('children.date_of_birth', '>=', births.from)
    .where('children.date_of_birth', '<=', births.to)
    .where((eb) => inScope(eb, scope));
  if (page.key) {
    const [dateOfBirth, id] = page.key;
    const key = sql`(${dateOfBirth}::date, ${id}::uuid)`;
    query = query.where(
      backwards
        ? sql<boolean>`(children.date_of_birth, children.id) < ${key}`
        : sql<boolean>`(children.date_of_birth, children.id) > ${key}`,
    );
  }
  return query
    .orderBy('children.date_of_birth', order)
    .orderBy('children.id', order)
    .limit(page.size + 1)
    .execute();
}

export type TurningFifteenRow = Awaited<ReturnType<typeof turningFifteenPage>>[number];

export function turningFifteenKey(row: Pick<TurningFifteenRow, 'date_of_birth' | 'id'>) {
  return [row.date_of_birth, row.id];
}

/**
 * Who gets the month's list: how many young people each IRO has on it, and how many in all.
 * One pass over the month's births (children_birth), whatever the register's size.
 */
export async function turningFifteenRecipients(
  tx: Tx,
  organisationId: string,
  births: { from: string; to: string },
) {
  return tx
    .selectFrom('children')
    .select(['iro_id', sql<number>`count(*)::int`.as('young_people')])
    .where('organisation_id', '=', organisationId)
    .where('looked_after', '=', true)
    .where('date_of_birth', '>=', births.from)
    .where('date_of_birth', '<=', births.to)
    .groupBy('iro_id')
    .execute();
}

/** The Lifelong Links managers, who get the whole list: the service's team managers. */
export async function lifelongLinksManagers(tx: Tx, organisationId: string) {
  const rows = await tx
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .where(sql<boolean>`'team_manager' = any(users.roles)`)
    .execute();
  return rows.map((row) => row.id);
}

export async function lastBuiltMonth(tx: Tx, organisationId: string): Promise<string | null> {
  const row = await tx
    .selectFrom('turning_fifteen_lists')
    .select(sql<string | null>`max(month)`.as('month'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.month ?? null;
}

export async function builtList(tx: Tx, organisationId: string, month: string) {
  return tx
    .selectFrom('turning_fifteen_lists')
    .select(['month', 'built_at', 'young_people'])
    .where('organisation_id', '=', organisationId)
    .where('month', '=', month)
    .executeTakeFirst();
}

/** Records the month as built; false when it already was (another process, or a rerun). */
export async function recordBuilt(
  tx: Tx,
  organisationId: string,
  month: string,
  youngPeople: number,
  builtAt: Date,
): Promise<boolean> {
  const row = await tx
    .insertInto('turning_fifteen_lists')
    .values({
      organisation_id: organisationId,
      month,
      young_people: youngPeople,
      built_at: builtAt,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'month']).doNothing())
    .returning('month')
    .executeTakeFirst();
  return row !== undefined;
}
