import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { PlaceKind } from '../../db/schema.ts';

/** The places on the journey's children's mobility maps, earliest first, with their people. */
export function placesOf(tx: Tx, organisationId: string, childIds: readonly string[]) {
  if (childIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('mobility_places')
    .select([
      'mobility_places.id',
      'mobility_places.child_id',
      'mobility_places.area',
      'mobility_places.kind',
      'mobility_places.from_text',
      'mobility_places.to_text',
      'mobility_places.notes',
      sql<Array<{ first_name: string; last_name: string | null; known_as: string | null }>>`
        coalesce((select json_agg(json_build_object('first_name', p.first_name, 'last_name',
          p.last_name, 'known_as', p.known_as) order by p.last_name, p.first_name)
          from mobility_place_people mp join network_people p on p.id = mp.person_id
          where mp.place_id = mobility_places.id), '[]')`.as('people'),
    ])
    .where('mobility_places.organisation_id', '=', organisationId)
    .where('mobility_places.child_id', 'in', childIds)
    .orderBy(sql`mobility_places.from_on nulls last`)
    .orderBy('mobility_places.recorded_at')
    .execute();
}
export type PlaceRow = Awaited<ReturnType<typeof placesOf>>[number];

export function findPlace(tx: Tx, placeId: string) {
  return tx.selectFrom('mobility_places').selectAll().where('id', '=', placeId).executeTakeFirst();
}

export interface NewPlace {
  childId: string;
  area: string;
  kind: PlaceKind;
  fromText: string | null;
  fromOn: string | null;
  toText: string | null;
  notes: string | null;
}

export function insertPlace(
  tx: Tx,
  where: { organisationId: string; journeyId: string; recordedBy: string },
  place: NewPlace,
) {
  return tx
    .insertInto('mobility_places')
    .values({
      organisation_id: where.organisationId,
      journey_id: where.journeyId,
      recorded_by: where.recordedBy,
      child_id: place.childId,
      area: place.area,
      kind: place.kind,
      from_text: place.fromText,
      from_on: place.fromOn,
      to_text: place.toText,
      notes: place.notes,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function linkPersonToPlace(
  tx: Tx,
  organisationId: string,
  placeId: string,
  personId: string,
) {
  return tx
    .insertInto('mobility_place_people')
    .values({ organisation_id: organisationId, place_id: placeId, person_id: personId })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}
