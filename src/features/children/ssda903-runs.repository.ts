import type { Tx } from '../../db/database.ts';
import type { StoredFinding } from '../../db/schema.ts';
import type { ImportCounts } from '../../domain/ssda903-plan.ts';

/** The import runs kept for an organisation: one row per import, with its findings. */

export interface NewImportRun {
  organisationId: string;
  importedBy: string | null;
  via: 'web' | 'command-line';
  headerFileName: string;
  episodesFileName: string;
  counts: ImportCounts;
  findings: readonly StoredFinding[];
}

export interface ImportRunSummary {
  id: string;
  importedAt: Date;
  importedBy: string | null;
  via: 'web' | 'command-line';
  headerFileName: string;
  episodesFileName: string;
  counts: ImportCounts;
  findingCount: number;
}

export async function insertImportRun(tx: Tx, run: NewImportRun): Promise<string> {
  const row = await tx
    .insertInto('ssda903_import_runs')
    .values({
      organisation_id: run.organisationId,
      imported_by: run.importedBy,
      via: run.via,
      header_file_name: run.headerFileName,
      episodes_file_name: run.episodesFileName,
      children_added: run.counts.childrenAdded,
      children_updated: run.counts.childrenUpdated,
      children_unchanged: run.counts.childrenUnchanged,
      episodes_added: run.counts.episodesAdded,
      episodes_updated: run.counts.episodesUpdated,
      episodes_unchanged: run.counts.episodesUnchanged,
      finding_count: run.findings.length,
      findings: JSON.stringify(run.findings),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function runQuery(tx: Tx) {
  return tx
    .selectFrom('ssda903_import_runs as run')
    .leftJoin('users', 'users.id', 'run.imported_by')
    .select([
      'run.id',
      'run.imported_at',
      'users.display_name',
      'run.via',
      'run.header_file_name',
      'run.episodes_file_name',
      'run.children_added',
      'run.children_updated',
      'run.children_unchanged',
      'run.episodes_added',
      'run.episodes_updated',
      'run.episodes_unchanged',
      'run.finding_count',
    ]);
}

type RunRow = Awaited<ReturnType<ReturnType<typeof runQuery>['executeTakeFirstOrThrow']>>;

function summaryOf(row: RunRow): ImportRunSummary {
  return {
    id: row.id,
    importedAt: row.imported_at,
    importedBy: row.display_name,
    via: row.via,
    headerFileName: row.header_file_name,
    episodesFileName: row.episodes_file_name,
    counts: {
      childrenAdded: row.children_added,
      childrenUpdated: row.children_updated,
      childrenUnchanged: row.children_unchanged,
      episodesAdded: row.episodes_added,
      episodesUpdated: row.episodes_updated,
      episodesUnchanged: row.episodes_unchanged,
    },
    findingCount: row.finding_count,
  };
}

/** The most recent runs first. */
export async function listImportRuns(tx: Tx, limit: number): Promise<ImportRunSummary[]> {
  const rows = await runQuery(tx).orderBy('run.imported_at', 'desc').limit(limit).execute();
  return rows.map(summaryOf);
}

export async function findImportRun(
  tx: Tx,
  runId: string,
): Promise<(ImportRunSummary & { findings: StoredFinding[] }) | undefined> {
  const row = await runQuery(tx)
    .select('run.findings')
    .where('run.id', '=', runId)
    .executeTakeFirst();
  return row ? { ...summaryOf(row), findings: row.findings } : undefined;
}
