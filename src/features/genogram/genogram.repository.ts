import type { Insertable, Selectable } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { NetworkRelationshipsTable } from '../../db/schema.ts';

export type RelationshipRow = Selectable<NetworkRelationshipsTable>;

/** The relationships with both ends among these people (a child's network and the child). */
export function relationshipsAmong(tx: Tx, organisationId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([] as RelationshipRow[]);
  return tx
    .selectFrom('network_relationships')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('from_person_id', 'in', personIds)
    .where('to_person_id', 'in', personIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function insertRelationship(
  tx: Tx,
  relationship: Omit<Insertable<NetworkRelationshipsTable>, 'id' | 'created_at'>,
) {
  return tx
    .insertInto('network_relationships')
    .values(relationship)
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The person record of a child known to Kindred, if it has been made (reading never makes it). */
export function personIdOfChild(tx: Tx, organisationId: string, childId: string) {
  return tx
    .selectFrom('network_people')
    .select(['id', 'gender', 'deceased', 'birth_year', 'birth_year_approximate', 'date_of_birth'])
    .where('organisation_id', '=', organisationId)
    .where('child_id', '=', childId)
    .executeTakeFirst();
}

type StoredFields = Pick<
  Insertable<NetworkRelationshipsTable>,
  'from_person_id' | 'to_person_id' | 'partnership_status' | 'parent_kind'
>;

/** Corrects who a relationship is between and its kind (the kind of link itself stays). */
export function updateRelationship(
  tx: Tx,
  organisationId: string,
  relationshipId: string,
  fields: StoredFields,
) {
  return tx
    .updateTable('network_relationships')
    .set(fields)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', relationshipId)
    .executeTakeFirstOrThrow();
}

export function deleteRelationship(tx: Tx, organisationId: string, relationshipId: string) {
  return tx
    .deleteFrom('network_relationships')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', relationshipId)
    .executeTakeFirstOrThrow();
}
