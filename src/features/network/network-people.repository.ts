import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { ContactKind, NetworkPeopleTable } from '../../db/schema.ts';

/** Queries of the network's people and their contact details (migration 012). RLS applies. */

export type PersonRow = Selectable<NetworkPeopleTable>;
export type NewPerson = Omit<Insertable<NetworkPeopleTable>, 'organisation_id' | 'id'>;
export type PersonChange = Omit<Updateable<NetworkPeopleTable>, 'organisation_id' | 'id'>;

export interface ContactDetail {
  kind: ContactKind;
  value: string;
  verified: boolean;
}

export async function insertPerson(tx: Tx, organisationId: string, person: NewPerson) {
  return tx
    .insertInto('network_people')
    .values({ ...person, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updatePerson(tx: Tx, personId: string, change: PersonChange) {
  await tx
    .updateTable('network_people')
    .set({ ...change, updated_at: sql`now()` })
    .where('id', '=', personId)
    .execute();
}

export function findPerson(tx: Tx, personId: string, options: { lock?: boolean } = {}) {
  let query = tx.selectFrom('network_people').selectAll().where('id', '=', personId);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export function personOfChild(tx: Tx, childId: string) {
  return tx
    .selectFrom('network_people')
    .selectAll()
    .where('child_id', '=', childId)
    .executeTakeFirst();
}

export function peopleByIds(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([] as PersonRow[]);
  return tx.selectFrom('network_people').selectAll().where('id', 'in', ids).execute();
}

export function contactsOf(tx: Tx, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('network_person_contacts')
    .select(['id', 'person_id', 'kind', 'value', 'verified'])
    .where('person_id', 'in', personIds)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A person's contact details are written as a whole, as the form shows them. */
export async function replaceContacts(
  tx: Tx,
  organisationId: string,
  personId: string,
  contacts: readonly ContactDetail[],
) {
  await tx.deleteFrom('network_person_contacts').where('person_id', '=', personId).execute();
  if (contacts.length === 0) return;
  await tx
    .insertInto('network_person_contacts')
    .values(
      contacts.map((contact, position) => ({
        position,
        organisation_id: organisationId,
        person_id: personId,
        kind: contact.kind,
        value: contact.value,
        verified: contact.verified,
      })),
    )
    .execute();
}
