import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { ChronologyCategory } from '../../db/schema.ts';

/**
 * The chronologies of the journey's children, oldest first: the imported placement episodes and
 * the coordinator's entries, each with the network people it names.
 */
export function chronologiesOf(tx: Tx, organisationId: string, childIds: readonly string[]) {
  if (childIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('chronology_entries')
    .leftJoin('users', 'users.id', 'chronology_entries.recorded_by')
    .select([
      'chronology_entries.id',
      'chronology_entries.child_id',
      'chronology_entries.starts_on',
      'chronology_entries.ends_on',
      'chronology_entries.kind',
      'chronology_entries.summary',
      'chronology_entries.source',
      'chronology_entries.date_text',
      'chronology_entries.category',
      'chronology_entries.source_note',
      'users.display_name as recorded_by_name',
      sql<Array<{ first_name: string; last_name: string | null; known_as: string | null }>>`
        coalesce((select json_agg(json_build_object('first_name', p.first_name, 'last_name',
          p.last_name, 'known_as', p.known_as) order by p.last_name, p.first_name)
          from chronology_entry_people cp join network_people p on p.id = cp.person_id
          where cp.entry_id = chronology_entries.id), '[]')`.as('people'),
    ])
    .where('chronology_entries.organisation_id', '=', organisationId)
    .where('chronology_entries.child_id', 'in', childIds)
    .orderBy('chronology_entries.starts_on')
    .orderBy('chronology_entries.created_at')
    .execute();
}
export type ChronologyItemRow = Awaited<ReturnType<typeof chronologiesOf>>[number];

export interface NewChronologyEntry {
  childId: string;
  startsOn: string;
  dateText: string;
  category: ChronologyCategory;
  summary: string;
  sourceNote: string;
  personIds: string[];
}

export async function insertChronologyEntry(
  tx: Tx,
  organisationId: string,
  recordedBy: string,
  entry: NewChronologyEntry,
) {
  const { id } = await tx
    .insertInto('chronology_entries')
    .values({
      organisation_id: organisationId,
      child_id: entry.childId,
      starts_on: entry.startsOn,
      kind: 'event',
      summary: entry.summary,
      source: 'kindred',
      date_text: entry.dateText,
      category: entry.category,
      source_note: entry.sourceNote,
      recorded_by: recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (entry.personIds.length > 0) {
    await tx
      .insertInto('chronology_entry_people')
      .values(
        entry.personIds.map((personId) => ({
          organisation_id: organisationId,
          entry_id: id,
          person_id: personId,
        })),
      )
      .execute();
  }
  return { id };
}
