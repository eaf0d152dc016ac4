import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { EpisodeEntry, ExistingChild } from '../../domain/ssda903-plan.ts';

/** The SSDA903 import's queries: what Kindred holds for the return's children, and the writes. */

const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    result.push(items.slice(start, start + CHUNK));
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
  for (const ids of chunks(caseRecordIds)) {
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
      .where('case_record_id', 'in', ids)
      .execute();
    if (children.length === 0) continue;
    const episodes = await tx
      .selectFrom('chronology_entries')
      .select(['child_id', 'source_key', 'starts_on', 'ends_on', 'summary', 'details'])
      .where('source', '=', 'ssda903')
      .where('source_key', 'is not', null)
      .where(
        'child_id',
        'in',
        children.map((child) => child.id),
      )
      .execute();
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
        episodes: episodes
          .filter((episode) => episode.child_id === child.id)
          .map((episode) => ({
            sourceKey: episode.source_key ?? '',
            startsOn: episode.starts_on,
            endsOn: episode.ends_on,
            summary: episode.summary,
            details: episode.details,
          })),
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

/** Adds children; returns their ids by record ID. */
export async function insertImportedChildren(
  tx: Tx,
  organisationId: string,
  children: readonly ImportedChild[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const batch of chunks(children)) {
    const rows = await tx
      .insertInto('children')
      .values(
        batch.map((child) => ({
          ...child.values,
          organisation_id: organisationId,
          first_name: child.firstName,
          last_name: child.caseRecordId,
          case_record_id: child.caseRecordId,
          date_of_birth: String(child.values.date_of_birth),
        })),
      )
      .returning(['id', 'case_record_id'])
      .execute();
    for (const row of rows) ids.set(row.case_record_id ?? '', row.id);
  }
  return ids;
}

export async function updateImportedChild(
  tx: Tx,
  childId: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await tx
    .updateTable('children')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', childId)
    .execute();
}

/** Adds or replaces placement episodes in children's chronologies, by their source key. */
export async function upsertEpisodes(
  tx: Tx,
  organisationId: string,
  episodes: ReadonlyArray<EpisodeEntry & { childId: string }>,
): Promise<void> {
  for (const batch of chunks(episodes)) {
    await tx
      .insertInto('chronology_entries')
      .values(
        batch.map((episode) => ({
          organisation_id: organisationId,
          child_id: episode.childId,
          starts_on: episode.startsOn,
          ends_on: episode.endsOn,
          kind: 'placement_episode' as const,
          summary: episode.summary,
          details: JSON.stringify(episode.details),
          source: 'ssda903' as const,
          source_key: episode.sourceKey,
        })),
      )
      .onConflict((conflict) =>
        conflict
          .columns(['organisation_id', 'child_id', 'source', 'source_key'])
          .where('source_key', 'is not', null)
          .doUpdateSet((eb) => ({
            starts_on: eb.ref('excluded.starts_on'),
            ends_on: eb.ref('excluded.ends_on'),
            summary: eb.ref('excluded.summary'),
            details: eb.ref('excluded.details'),
          })),
      )
      .execute();
  }
}
