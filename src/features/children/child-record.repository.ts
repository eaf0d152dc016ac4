import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { ChronologyEntriesTable } from '../../db/schema.ts';
import type { ChildRow } from './children.repository.ts';

export type ChronologyRow = Pick<
  ChronologyEntriesTable,
  'starts_on' | 'ends_on' | 'kind' | 'summary' | 'source'
> & { id: string; details: Record<string, unknown> };

export interface ChildRecordRow {
  child: ChildRow;
  /** The allocated social worker and IRO, by name (the record names them). */
  staff: Array<{ id: string; display_name: string }>;
  /** The chronology, newest first. */
  chronology: ChronologyRow[];
}

/**
 * A child's record in one statement: the child, the names of the people allocated to them, and
 * their chronology (newest first, aggregated as JSON along chronology_child). The organisation is
 * named for the planner, as well as by row-level security.
 */
export async function childRecord(
  tx: Tx,
  organisationId: string,
  childId: string,
): Promise<ChildRecordRow | undefined> {
  const row = await tx
    .selectFrom('children')
    .leftJoin('users as social_worker', 'social_worker.id', 'children.social_worker_id')
    .leftJoin('users as iro', 'iro.id', 'children.iro_id')
    .selectAll('children')
    .select([
      'social_worker.display_name as social_worker_name',
      'iro.display_name as iro_name',
      sql<ChronologyRow[]>`(select coalesce(json_agg(json_build_object(
          'id', e.id, 'starts_on', e.starts_on, 'ends_on', e.ends_on, 'kind', e.kind,
          'summary', e.summary, 'details', e.details, 'source', e.source)
          order by e.starts_on desc, e.created_at desc), '[]'::json)
        from chronology_entries e
        where e.organisation_id = ${organisationId} and e.child_id = children.id)`.as('chronology'),
    ])
    .where('children.organisation_id', '=', organisationId)
    .where('children.id', '=', childId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { social_worker_name, iro_name, chronology, ...child } = row;
  const staff = [
    { id: child.social_worker_id, display_name: social_worker_name },
    { id: child.iro_id, display_name: iro_name },
  ].filter((person): person is { id: string; display_name: string } =>
    Boolean(person.id && person.display_name),
  );
  return { child, staff, chronology };
}
