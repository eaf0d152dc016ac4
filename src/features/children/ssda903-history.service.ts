import { stringify } from 'csv-stringify/sync';
import { type Db, inOrganisation } from '../../db/database.ts';
import { FILE_NAMES } from '../../domain/ssda903.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Viewer } from './children.service.ts';
import { findImportRun, type ImportRunSummary, listImportRuns } from './ssda903-runs.repository.ts';

/**
 * The history of SSDA903 imports: each run with its counts, and its data-quality findings to
 * read on screen or download as CSV for the council's data team. Findings name children by their
 * record ID, so reading them is audited like a read of children's records.
 */

export const RUNS_SHOWN = 100;

function scopeOf(viewer: Viewer) {
  return { organisationId: viewer.organisationId, userId: viewer.id };
}

export async function importHistory(db: Db, viewer: Viewer): Promise<ImportRunSummary[]> {
  return inOrganisation(db, scopeOf(viewer), (tx) => listImportRuns(tx, RUNS_SHOWN));
}

export async function importRun(db: Db, viewer: Viewer, runId: string) {
  return inOrganisation(db, scopeOf(viewer), async (tx) => {
    const run = await findImportRun(tx, runId);
    if (!run) return undefined;
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorUserId: viewer.id,
      action: 'children.import-findings-read',
      subjectType: 'ssda903_import_run',
      subjectId: run.id,
      requestId: viewer.requestId,
      detail: { findings: run.findingCount },
    });
    return run;
  });
}

/**
 * The findings of a run as CSV. `escape_formulas` puts a quote before a cell that starts with
 * =, +, -, @, tab or carriage return, so a value from the council's file cannot run as a formula
 * when the CSV is opened in a spreadsheet.
 */
export function findingsCsv(run: NonNullable<Awaited<ReturnType<typeof importRun>>>): string {
  return stringify(
    run.findings.map((finding) => [
      FILE_NAMES[finding.file],
      finding.row ?? '',
      finding.column ?? '',
      finding.message,
    ]),
    {
      header: true,
      columns: ['File', 'Row', 'Column', 'Finding'],
      escape_formulas: true,
      bom: true,
      record_delimiter: 'windows',
    },
  );
}
