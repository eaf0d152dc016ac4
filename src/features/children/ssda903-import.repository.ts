import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { EpisodeEntry, ExistingChild, StoredEpisode } from '../../domain/ssda903-plan.ts';

/**
 * The SSDA903 import's queries: what Kindred holds for the return's children, and the writes.
 * Set-based: a few statements per few thousand rows, so a whole council's return (100,000
 * children) imports in one transaction in reasonable time.
 */

const READ_CHUNK = 5000;
const WRITE_CHUNK = 5000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/** One import at a time per organisation: a second waits for the first to finish. */
export async function lockImports(tx: Tx, organisationId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`kindred.ssda903-import.${organisationId}`}, 0))`.execute(
    tx,
  );
}

/** The children with these record IDs, with the episodes earlier imports gave them. */
export async function existingChildren(
  tx: Tx,
  caseRecordIds: readonly string[],
): Promise<ExistingChild[]> {
  const found: ExistingChild[] = [];
  for (const ids of chunks(caseRecordIds, READ_CHUNK)) {
    const children = await tx
      .selectFrom('children')
      .select([
        'id',
        'case_record_id',
        'gender',
        'date_of_birth',
        'ethnicity',
        'upn',
        'looked_after',
        'looked_after_since',
        'legal_status',
        'placement_type',
      ])
      .where('case_record_id', '=', sql<string>`any(${ids}::text[])`)
      .execute();
    if (children.length === 0) continue;
    const episodes = await tx
      .selectFrom('chronology_entries')
      .select(['child_id', 'source_key', 'starts_on', 'ends_on', 'summary', 'details'])
      .where('source', '=', 'ssda903')
      .where('source_key', 'is not', null)
      .where('child_id', '=', sql<string>`any(${children.map((child) => child.id)}::uuid[])`)
      .execute();
    const byChild = new Map<string, StoredEpisode[]>();
    for (const episode of episodes) {
      const stored: StoredEpisode = {
        sourceKey: episode.source_key ?? '',
        startsOn: episode.starts_on,
        endsOn: episode.ends_on,
        summary: episode.summary,
        details: episode.details,
      };
      const list = byChild.get(episode.child_id);
      if (list) list.push(stored);
      else byChild.set(episode.child_id, [stored]);
    }
    for (const child of children) {
      found.push({
        id: child.id,
        caseRecordId: child.case_record_id ?? '',
        gender: child.gender,
        dateOfBirth: child.date_of_birth,
        ethnicity: child.ethnicity,
        upn: child.upn,
        lookedAfter: child.looked_after,
        lookedAfterSince: child.looked_after_since,
        legalStatus: child.legal_status,
        placementType: child.placement_type,
        episodes: byChild.get(child.id) ?? [],
      });
    }
  }
  return found;
}

export interface ImportedChild {
  caseRecordId: string;
  firstName: string;
  values: Record<string, unknown>;
}

/** Adds children; returns their ids by record ID. One JSON parameter per few thousand rows. */
export async function insertImportedChildren(
  tx: Tx,
  organisationId: string,
  children: readonly ImportedChild[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const batch of chunks(children, WRITE_CHUNK)) {
    const rows = batch.map((child) => ({
      ...child.values,
      first_name: child.firstName,
      last_name: child.caseRecordId,
      case_record_id: child.caseRecordId,
    }));
    const added = await sql<{ id: string; case_record_id: string }>`
      insert into children
        (organisation_id, first_name, last_name, case_record_id, date_of_birth, gender, ethnicity,
         upn, looked_after, looked_after_since, legal_status, placement_type)
      select ${organisationId}, v.first_name, v.last_name, v.case_record_id, v.date_of_birth,
             v.gender, v.ethnicity, v.upn, coalesce(v.looked_after, false), v.looked_after_since,
             v.legal_status, v.placement_type
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as v(first_name text, last_name text, case_record_id text, date_of_birth date,
             gender text, ethnicity text, upn text, looked_after boolean,
             looked_after_since date, legal_status text, placement_type text)
      returning id, case_record_id`.execute(tx);
    for (const row of added.rows) ids.set(row.case_record_id, row.id);
  }
  return ids;
}

/**
 * Changes children's imported fields, many children per statement. Each child carries only the
 * fields that change; a field it does not carry keeps its value.
 */
export async function updateImportedChildren(
  tx: Tx,
  updates: ReadonlyArray<{ id: string; changes: Record<string, unknown> }>,
): Promise<void> {
  for (const batch of chunks(updates, WRITE_CHUNK)) {
    const set = (column: string, type: string) =>
      sql`${sql.ref(column)} = case when v.changes ? ${column} then (v.changes ->> ${column})::${sql.raw(type)} else c.${sql.ref(column)} end`;
    await sql`
      update children as c set
        ${set('gender', 'text')}, ${set('date_of_birth', 'date')}, ${set('ethnicity', 'text')},
        ${set('upn', 'text')}, ${set('looked_after', 'boolean')},
        ${set('looked_after_since', 'date')}, ${set('legal_status', 'text')},
        ${set('placement_type', 'text')}, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as v(id uuid, changes jsonb)
      where c.id = v.id`.execute(tx);
  }
}

/** Adds or replaces placement episodes in children's chronologies, by their source key. */
export async function upsertEpisodes(
  tx: Tx,
  organisationId: string,
  episodes: ReadonlyArray<EpisodeEntry & { childId: string }>,
): Promise<void> {
  for (const batch of chunks(episodes, WRITE_CHUNK)) {
    const rows = batch.map((episode) => ({
      child_id: episode.childId,
      starts_on: episode.startsOn,
      ends_on: episode.endsOn,
      summary: episode.summary,
      details: episode.details,
      source_key: episode.sourceKey,
    }));
    await sql`
      insert into chronology_entries
        (organisation_id, child_id, starts_on, ends_on, kind, summary, details, source, source_key)
      select ${organisationId}, v.child_id, v.starts_on, v.ends_on, 'placement_episode', v.summary,
             v.details, 'ssda903', v.source_key
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as v(child_id uuid, starts_on date, ends_on date, summary text, details jsonb, source_key text)
      on conflict (organisation_id, child_id, source, source_key) where source_key is not null
      do update set starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                    summary = excluded.summary, details = excluded.details`.execute(tx);
  }
}
