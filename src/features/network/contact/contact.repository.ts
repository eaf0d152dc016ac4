import { sql } from 'kysely';
import type { Tx } from '../../../db/database.ts';
import type { ContactLogKind, LetterMethod } from '../../../db/schema.ts';

/** Queries of the contact log and the information letters (migration 023). RLS applies. */

export interface NewContact {
  contactOn: string;
  kind: ContactLogKind;
  discussed: string;
  supportOffered: string | null;
  theirNeeds: string | null;
  helpToTakePart: string | null;
}

export function insertContact(
  tx: Tx,
  where: { organisationId: string; memberId: string; recordedBy: string },
  contact: NewContact,
) {
  return tx
    .insertInto('network_contact_log')
    .values({
      organisation_id: where.organisationId,
      member_id: where.memberId,
      recorded_by: where.recordedBy,
      contact_on: contact.contactOn,
      kind: contact.kind,
      discussed: contact.discussed,
      support_offered: contact.supportOffered,
      their_needs: contact.theirNeeds,
      help_to_take_part: contact.helpToTakePart,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * One page of a member's contact log, newest first. `key` is the last (or first, walking back)
 * row's [date, id].
 */
export function contactPage(
  tx: Tx,
  organisationId: string,
  memberId: string,
  page: { direction: 'after' | 'before'; key: readonly string[] | null; size: number },
) {
  let query = tx
    .selectFrom('network_contact_log')
    .innerJoin('users', 'users.id', 'network_contact_log.recorded_by')
    .select([
      'network_contact_log.id',
      'network_contact_log.contact_on',
      'network_contact_log.kind',
      'network_contact_log.discussed',
      'network_contact_log.support_offered',
      'network_contact_log.their_needs',
      'network_contact_log.help_to_take_part',
      'users.display_name as recorded_by_name',
    ])
    .where('network_contact_log.organisation_id', '=', organisationId)
    .where('network_contact_log.member_id', '=', memberId);
  const [on, id] = page.key ?? [];
  if (on !== undefined && id !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(on)) {
    // Newest first: "after" walks to older rows.
    const op = page.direction === 'after' ? sql`<` : sql`>`;
    query = query.where(
      sql<boolean>`(network_contact_log.contact_on, network_contact_log.id) ${op} (${on}::date, ${id}::uuid)`,
    );
  }
  const order = page.direction === 'after' ? 'desc' : 'asc';
  return query
    .orderBy('network_contact_log.contact_on', order)
    .orderBy('network_contact_log.id', order)
    .limit(page.size + 1)
    .execute();
}
export type ContactRow = Awaited<ReturnType<typeof contactPage>>[number];

export interface NewLetter {
  givenOn: string;
  method: LetterMethod;
  namedYoungPerson: boolean;
  saidWhereTheyLive: boolean;
}

export function insertLetter(
  tx: Tx,
  where: { organisationId: string; memberId: string; recordedBy: string },
  letter: NewLetter,
) {
  return tx
    .insertInto('network_information_letters')
    .values({
      organisation_id: where.organisationId,
      member_id: where.memberId,
      recorded_by: where.recordedBy,
      given_on: letter.givenOn,
      method: letter.method,
      named_young_person: letter.namedYoungPerson,
      said_where_they_live: letter.saidWhereTheyLive,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The letters given to a member (a handful at most), newest first. */
export function lettersOf(tx: Tx, organisationId: string, memberId: string) {
  return tx
    .selectFrom('network_information_letters')
    .select(['id', 'given_on', 'method', 'named_young_person', 'said_where_they_live'])
    .where('organisation_id', '=', organisationId)
    .where('member_id', '=', memberId)
    .orderBy('given_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** What a letter is signed with: the coordinator's name and the organisation's. */
export async function letterSenders(tx: Tx, coordinatorId: string, organisationId: string) {
  const [coordinator, organisation] = await Promise.all([
    tx
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', coordinatorId)
      .executeTakeFirst(),
    tx
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', organisationId)
      .executeTakeFirst(),
  ]);
  return {
    coordinatorName: coordinator?.display_name ?? 'Your Lifelong Links coordinator',
    serviceName: organisation?.name ?? 'the council',
  };
}

/** The area of the child's current placement from the mobility map, if one is recorded. */
export async function currentPlacementArea(tx: Tx, organisationId: string, childId: string) {
  const row = await tx
    .selectFrom('mobility_places')
    .select('area')
    .where('organisation_id', '=', organisationId)
    .where('child_id', '=', childId)
    .where('kind', '=', 'placement')
    .where('to_text', 'is', null)
    .orderBy('from_on', (order) => order.desc().nullsLast())
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.area ?? null;
}
