import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import { DEADLINE_NAMES } from '../../domain/deadlines.ts';
import type { ChildNameParts } from '../../domain/person-name.ts';
import type { PageRequest } from '../../platform/pagination.ts';

/**
 * One page of the due-and-overdue view, cut in PostgreSQL (ADR 0035): the kept journey
 * deadlines and the few worked out on the view (given here as `others`) are ordered together by
 * one comparison, so a page never skips or repeats a row, and only the page's rows are joined to
 * anything (their young people, reference and owner are read in the same statement, with the
 * counts of the view). The sort key is (value, due date, deadline key): the value is '' when sorting by
 * date, the words of what is due, the owner's name or the young people's names, lowered.
 */

export type Sort = 'due' | 'what' | 'name' | 'owner';

/** A deadline worked out on the view, as the page's query needs it. */
export interface OtherDeadline {
  key: string;
  kind: string;
  dueOn: string;
  owner: string;
  names: string;
}

export interface PagedRow {
  key: string;
  /** The journey's referral, and its young people (none for the team's own deadlines). */
  reference: string | null;
  children: ChildNameParts[];
  /** All the open kept deadlines of the view, and those before today. */
  kept_total: number;
  kept_overdue: number;
  value: string;
  due_on: string;
  kind: string;
  journey_id: string | null;
  referral_id: string | null;
  coordinator_id: string | null;
  owner_name: string | null;
}

/** The young people of a kept deadline's referral, as one text to sort by. */
const KEPT_NAMES = sql`(select string_agg(c.first_name || ' ' || c.last_name, ', '
    order by c.last_name, c.first_name)
  from referral_children rc join children c on c.id = rc.child_id
  where rc.organisation_id = d.organisation_id and rc.referral_id = d.referral_id)`;

function keptValue(sort: Sort) {
  switch (sort) {
    case 'due':
      return sql`''`;
    case 'what':
      return sql`(${JSON.stringify(DEADLINE_NAMES)}::jsonb ->> d.kind)`;
    case 'owner':
      return sql`(select u.display_name from users u
        where u.organisation_id = d.organisation_id and u.id = d.coordinator_id)`;
    case 'name':
      return KEPT_NAMES;
  }
}

function otherValue(sort: Sort) {
  switch (sort) {
    case 'due':
      return sql`''`;
    case 'what':
      return sql`(${JSON.stringify(DEADLINE_NAMES)}::jsonb ->> o.kind)`;
    case 'owner':
      return sql`o.owner`;
    case 'name':
      return sql`o.names`;
  }
}

export async function deadlinesPage(
  tx: Tx,
  organisationId: string,
  coordinatorId: string | null,
  others: readonly OtherDeadline[],
  options: { sort: Sort; descending: boolean; page: PageRequest; today: string },
): Promise<PagedRow[]> {
  const { sort, page } = options;
  // Walking back from a key reverses the order; the caller turns the page round again.
  const descending = options.descending !== (page.direction === 'before');
  const order = sql.raw(descending ? 'desc' : 'asc');
  // The deadline key is plain letters, digits and punctuation: compared byte by byte ("C"), the
  // same in the order and in the key's comparison, whatever the database's own collation.
  const row = sql`(l.value, l.due_on, l.key collate "C")`;
  const after = page.key
    ? sql`where ${row} ${sql.raw(descending ? '<' : '>')} (${page.key[0] ?? ''}::text,
        ${page.key[1] ?? ''}::date, ${page.key[2] ?? ''}::text collate "C")`
    : sql``;
  const listedOthers = others.map((other) => ({
    key: other.key,
    kind: other.kind,
    due_on: other.dueOn,
    owner: other.owner,
    names: other.names,
  }));
  const ofCoordinator = coordinatorId ? sql`and d.coordinator_id = ${coordinatorId}` : sql``;
  const ofCoordinatorK = coordinatorId ? sql`and k.coordinator_id = ${coordinatorId}` : sql``;
  const result = await sql<PagedRow>`with listed as (
      select d.kind || ':' || d.journey_id || ':' || d.due_on as key,
        lower(coalesce(${keptValue(sort)}, '')) as value, d.due_on, d.kind, d.journey_id,
        d.referral_id, d.coordinator_id
      from journey_deadlines d
      where d.organisation_id = ${organisationId} ${ofCoordinator}
      union all
      select o.key, lower(coalesce(${otherValue(sort)}, '')), o.due_on::date, o.kind, null, null,
        null
      from jsonb_to_recordset(${JSON.stringify(listedOthers)}::jsonb)
        as o(key text, kind text, due_on text, owner text, names text)
    ), page as (
      select * from listed l ${after}
      order by l.value ${order}, l.due_on ${order}, l.key collate "C" ${order}
      limit ${page.size + 1}
    )
    select page.key, page.value, page.due_on::text as due_on, page.kind, page.journey_id,
      page.referral_id, page.coordinator_id, u.display_name as owner_name, r.reference,
      (select coalesce(json_agg(json_build_object('first_name', c.first_name,
          'last_name', c.last_name, 'preferred_name', c.preferred_name)
          order by c.last_name, c.first_name), '[]'::json)
        from referral_children rc join children c on c.id = rc.child_id
        where rc.organisation_id = ${organisationId} and rc.referral_id = page.referral_id)
        as children,
      (select count(*) from journey_deadlines k
        where k.organisation_id = ${organisationId} ${ofCoordinatorK})::int as kept_total,
      (select count(*) from journey_deadlines k
        where k.organisation_id = ${organisationId} ${ofCoordinatorK}
          and k.due_on < ${options.today}::date)::int as kept_overdue
    from page left join users u
      on u.organisation_id = ${organisationId} and u.id = page.coordinator_id
    left join referrals r on r.organisation_id = ${organisationId} and r.id = page.referral_id
    order by page.value ${order}, page.due_on ${order}, page.key collate "C" ${order}`.execute(tx);
  return result.rows;
}
