import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { MemberStatus, NetworkMembersTable } from '../../db/schema.ts';

/**
 * Queries of the members of children's networks (migration 012): a person in one child's
 * network, lists, counts, siblings. Row-level security applies.
 */

export type MemberRow = Selectable<NetworkMembersTable>;
export type NewMember = Omit<Insertable<NetworkMembersTable>, 'organisation_id' | 'id'>;
export type MemberChange = Omit<
  Updateable<NetworkMembersTable>,
  'organisation_id' | 'id' | 'child_id' | 'person_id'
>;

/** A member row with its person's name and dates, as lists and drawings need them. */
const memberColumns = [
  'network_members.id',
  'network_members.child_id',
  'network_members.person_id',
  'network_members.journey_id',
  'network_members.relationship',
  'network_members.found_by',
  'network_members.found_through_person_id',
  'network_members.status',
  'network_members.young_person_say',
  'network_members.say_recorded_on',
  'network_members.say_in_own_words',
  'network_members.located_on',
  'network_members.contacted_on',
  'network_members.agreed_on',
  'network_members.off_ramp',
  'network_members.off_ramp_on',
  'network_members.off_ramp_notes',
  'network_members.added_by',
  'network_members.created_at',
  'network_members.updated_at',
  'network_people.first_name',
  'network_people.last_name',
  'network_people.known_as',
  'network_people.kind',
  'network_people.professional',
  'network_people.deceased',
  'network_people.date_of_birth',
  'network_people.birth_year',
  'network_people.birth_year_approximate',
  'network_people.gender',
  'network_people.child_id as person_child_id',
] as const;

function membersQuery(tx: Tx) {
  return tx
    .selectFrom('network_members')
    .innerJoin('network_people', 'network_people.id', 'network_members.person_id')
    .select(memberColumns);
}

export type MemberWithPerson = NonNullable<Awaited<ReturnType<typeof findMember>>>;

export async function insertMember(tx: Tx, organisationId: string, member: NewMember) {
  return tx
    .insertInto('network_members')
    .values({ ...member, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateMember(tx: Tx, memberId: string, change: MemberChange) {
  await tx
    .updateTable('network_members')
    .set({ ...change, updated_at: sql`now()` })
    .where('id', '=', memberId)
    .execute();
}

export function findMember(tx: Tx, memberId: string, options: { lock?: boolean } = {}) {
  let query = membersQuery(tx).where('network_members.id', '=', memberId);
  if (options.lock) query = query.forUpdate('network_members');
  return query.executeTakeFirst();
}

export function memberOf(tx: Tx, childId: string, personId: string) {
  return tx
    .selectFrom('network_members')
    .selectAll()
    .where('child_id', '=', childId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** Every member of a child's network, for drawing and counting (networks are tens of people). */
export function allMembersOfChild(tx: Tx, organisationId: string, childId: string) {
  return membersQuery(tx)
    .where('network_members.organisation_id', '=', organisationId)
    .where('network_members.child_id', '=', childId)
    .orderBy('network_people.last_name')
    .orderBy('network_people.first_name')
    .orderBy('network_members.id')
    .execute();
}

export interface MemberListFilter {
  status?: MemberStatus | 'closed' | undefined;
}

/**
 * One page of a child's members in name order (surname, first name, member id). `key` is the
 * last (or first, walking back) row's [surname, first name, id]; an unknown surname sorts as ''.
 */
export function memberPage(
  tx: Tx,
  organisationId: string,
  childId: string,
  filter: MemberListFilter,
  page: { direction: 'after' | 'before'; key: readonly string[] | null; size: number },
) {
  const surname = sql<string>`coalesce(network_people.last_name, '')`;
  let query = membersQuery(tx)
    .where('network_members.organisation_id', '=', organisationId)
    .where('network_members.child_id', '=', childId);
  if (filter.status === 'closed') query = query.where('network_members.off_ramp', 'is not', null);
  else if (filter.status) {
    query = query
      .where('network_members.status', '=', filter.status)
      .where('network_members.off_ramp', 'is', null);
  }
  const [last, first, id] = page.key ?? [];
  if (page.key && last !== undefined && first !== undefined && id !== undefined) {
    const op = page.direction === 'after' ? sql`>` : sql`<`;
    query = query.where(
      sql<boolean>`(${surname}, network_people.first_name, network_members.id) ${op} (${last}, ${first}, ${id}::uuid)`,
    );
  }
  const order = page.direction === 'after' ? 'asc' : 'desc';
  return query
    .orderBy(surname, order)
    .orderBy('network_people.first_name', order)
    .orderBy('network_members.id', order)
    .limit(page.size + 1)
    .execute();
}

/** Open members by status, and closed (off-ramped) ones, for the board's counts. */
export async function statusCounts(tx: Tx, organisationId: string, childId: string) {
  const rows = await tx
    .selectFrom('network_members')
    .select([
      sql<string>`case when off_ramp is null then status else 'closed' end`.as('group'),
      sql<number>`count(*)::int`.as('count'),
    ])
    .where('organisation_id', '=', organisationId)
    .where('child_id', '=', childId)
    .groupBy(sql`1`)
    .execute();
  return new Map(rows.map((row) => [row.group, row.count]));
}

/** The members of other children's networks (siblings), with their people, for sharing. */
export function membersOfChildren(tx: Tx, organisationId: string, childIds: readonly string[]) {
  if (childIds.length === 0) return Promise.resolve([]);
  return membersQuery(tx)
    .where('network_members.organisation_id', '=', organisationId)
    .where('network_members.child_id', 'in', childIds)
    .orderBy('network_people.last_name')
    .orderBy('network_people.first_name')
    .execute();
}

/** The children on any referral with this child: their brothers and sisters in Kindred. */
export async function siblingIds(tx: Tx, organisationId: string, childId: string) {
  const rows = await tx
    .selectFrom('referral_children as mine')
    .innerJoin('referral_children as theirs', 'theirs.referral_id', 'mine.referral_id')
    .select('theirs.child_id')
    .distinct()
    .where('mine.organisation_id', '=', organisationId)
    .where('mine.child_id', '=', childId)
    .where('theirs.child_id', '<>', childId)
    .execute();
  return rows.map((row) => row.child_id);
}
/** The other children whose networks this person is in, with each child's own say. */
export function otherNetworksOf(tx: Tx, personId: string, exceptMemberId: string) {
  return tx
    .selectFrom('network_members')
    .innerJoin('children', 'children.id', 'network_members.child_id')
    .select([
      'children.first_name',
      'children.last_name',
      'children.preferred_name',
      'network_members.young_person_say',
      'network_members.status',
      'network_members.off_ramp',
    ])
    .where('network_members.person_id', '=', personId)
    .where('network_members.id', '<>', exceptMemberId)
    .execute();
}
