import { type Db, inOrganisation } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { readSsda903, type Ssda903Problem, type Ssda903Upload } from '../../domain/ssda903.ts';
import {
  type ImportPlan,
  planChangesNothing,
  planSsda903Import,
  UNNAMED_FIRST_NAME,
} from '../../domain/ssda903-plan.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import {
  existingChildren,
  insertImportedChildren,
  lockImports,
  updateImportedChildren,
  upsertEpisodes,
} from './ssda903-import.repository.ts';
import { insertImportRun } from './ssda903-runs.repository.ts';

/**
 * The import of the looked-after children return (SSDA903), for the web pages and the command
 * line alike. A preview (dry run) writes nothing; an import applies the plan in one transaction,
 * all or nothing, keeps the run with its data-quality findings, and is audited as one event.
 * Blocking problems stop both; findings are reported by both and the import goes ahead.
 */

export interface ImportActor {
  organisationId: string;
  /** Null when the command line runs it (a nightly feed has no person behind it). */
  userId: string | null;
  requestId?: string;
  via: 'web' | 'command-line';
}

export interface ImportFiles extends Ssda903Upload {
  /** The files' names as the person chose them, kept with the run. */
  names: { header: string; episodes: string };
}

export type ImportResult =
  | { outcome: 'blocked'; blocking: Ssda903Problem[]; findings: Ssda903Problem[] }
  | {
      outcome: 'previewed';
      plan: ImportPlan;
      findings: Ssda903Problem[];
      /** The files as text, line endings made \n: what a preview's confirmation sends back. */
      texts: { header: string; episodes: string };
    }
  | { outcome: 'imported'; plan: ImportPlan; findings: Ssda903Problem[]; runId: string };

export interface ImportOptions {
  dryRun: boolean;
  /** The day in the UK; a date in the files after it is a finding. */
  today?: string;
}

/** A file's own name (no folders), short enough to keep. */
export function fileNameToKeep(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return (base || fallback).slice(0, 255);
}

export async function importSsda903(
  db: Db,
  actor: ImportActor,
  files: ImportFiles,
  options: ImportOptions,
): Promise<ImportResult> {
  const today = options.today ?? todayInLondon();
  const reading = readSsda903(files, today);
  if (!reading.ok) {
    return { outcome: 'blocked', blocking: reading.blocking, findings: reading.findings };
  }
  const { children, episodes, texts, findings } = reading;
  const scope = { organisationId: actor.organisationId, userId: actor.userId ?? undefined };

  return inOrganisation(db, scope, async (tx) => {
    if (!options.dryRun) await lockImports(tx, actor.organisationId);
    const existing = await existingChildren(
      tx,
      children.map((child) => child.child),
    );
    const plan = planSsda903Import(children, episodes, existing, today);
    if (options.dryRun) return { outcome: 'previewed', plan, findings, texts };

    const added = await insertImportedChildren(
      tx,
      actor.organisationId,
      plan.children
        .filter((child) => child.action === 'add')
        .map((child) => ({
          caseRecordId: child.caseRecordId,
          firstName: UNNAMED_FIRST_NAME,
          values: { ...child.values },
        })),
    );
    await updateImportedChildren(
      tx,
      plan.children
        .filter((child) => child.action === 'update' && child.existingId)
        .map((child) => ({
          id: child.existingId as string,
          changes: Object.fromEntries(
            child.changedFields.map((field) => [field, child.values[field] ?? null]),
          ),
        })),
    );
    await upsertEpisodes(
      tx,
      actor.organisationId,
      plan.children.flatMap((child) => {
        const childId = child.existingId ?? added.get(child.caseRecordId);
        if (!childId) throw new Error(`No child for record ID ${child.caseRecordId}`);
        return child.episodes
          .filter((episode) => episode.action !== 'unchanged')
          .map((episode) => ({ ...episode, childId }));
      }),
    );
    const runId = await insertImportRun(tx, {
      organisationId: actor.organisationId,
      importedBy: actor.userId,
      via: actor.via,
      headerFileName: fileNameToKeep(files.names.header, 'header file'),
      episodesFileName: fileNameToKeep(files.names.episodes, 'episodes file'),
      counts: plan.counts,
      findings,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'children.imported',
      subjectType: 'ssda903_import_run',
      subjectId: runId,
      ...(actor.requestId ? { requestId: actor.requestId } : {}),
      detail: {
        ...plan.counts,
        findings: findings.length,
        via: actor.via,
        changed: !planChangesNothing(plan),
      },
    });
    return { outcome: 'imported', plan, findings, runId };
  });
}
