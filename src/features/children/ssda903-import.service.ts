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
  updateImportedChild,
  upsertEpisodes,
} from './ssda903-import.repository.ts';

/**
 * The import of the looked-after children return (SSDA903), for the web pages and the command
 * line alike. A preview (dry run) writes nothing; an import applies the plan in one transaction,
 * all or nothing, and is audited as one event with its counts.
 */

export interface ImportActor {
  organisationId: string;
  /** Null when the command line runs it (a nightly feed has no person behind it). */
  userId: string | null;
  requestId?: string;
  via: 'web' | 'command-line';
}

export type ImportResult =
  | { outcome: 'invalid'; problems: Ssda903Problem[] }
  | {
      outcome: 'previewed' | 'imported';
      plan: ImportPlan;
      /** The files as text, line endings made \n: what a preview's confirmation sends back. */
      texts: { header: string; episodes: string };
    };

export interface ImportOptions {
  dryRun: boolean;
  /** The day in the UK; no date in the files may be after it. */
  today?: string;
}

export async function importSsda903(
  db: Db,
  actor: ImportActor,
  upload: Ssda903Upload,
  options: ImportOptions,
): Promise<ImportResult> {
  const reading = readSsda903(upload, options.today ?? todayInLondon());
  if (!reading.ok) return { outcome: 'invalid', problems: reading.problems };
  const { children, episodes, texts } = reading;
  const scope = { organisationId: actor.organisationId, userId: actor.userId ?? undefined };

  return inOrganisation(db, scope, async (tx) => {
    if (!options.dryRun) await lockImports(tx, actor.organisationId);
    const existing = await existingChildren(
      tx,
      children.map((child) => child.child),
    );
    const plan = planSsda903Import(children, episodes, existing);
    if (options.dryRun) return { outcome: 'previewed', plan, texts };

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
    for (const child of plan.children) {
      if (child.action !== 'update' || !child.existingId) continue;
      const changes = Object.fromEntries(
        child.changedFields.map((field) => [field, child.values[field]]),
      );
      await updateImportedChild(tx, child.existingId, changes);
    }
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
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'children.imported',
      subjectType: 'organisation',
      subjectId: actor.organisationId,
      ...(actor.requestId ? { requestId: actor.requestId } : {}),
      detail: { ...plan.counts, via: actor.via, changed: !planChangesNothing(plan) },
    });
    return { outcome: 'imported', plan, texts };
  });
}
