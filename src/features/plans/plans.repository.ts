import type { Selectable } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { PlanDecisionsTable, PlansTable, PlanVersionsTable } from '../../db/schema.ts';

export type PlanRow = Selectable<PlansTable>;
export type VersionRow = Selectable<PlanVersionsTable>;
export type DecisionRow = Selectable<PlanDecisionsTable>;

export function planOfConference(tx: Tx, conferenceId: string, options: { lock?: boolean } = {}) {
  const query = tx.selectFrom('plans').selectAll().where('conference_id', '=', conferenceId);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

export async function insertPlan(
  tx: Tx,
  organisationId: string,
  row: { journey_id: string; conference_id: string; made_on: string; created_by: string },
) {
  return tx
    .insertInto('plans')
    .values({ ...row, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function latestVersion(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Whether any version of the plan has gone to the referrer (ADR 0030: then every change is new). */
export async function everReady(tx: Tx, planId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('plan_versions')
    .select('id')
    .where('plan_id', '=', planId)
    .where('ready_at', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export function versionByNumber(tx: Tx, planId: string, number: number) {
  return tx
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** Every version with who made it, newest first (a plan has tens of versions, not thousands). */
/** One version by its id (the version a review conference reviews). */
export function versionById(tx: Tx, versionId: string) {
  return tx
    .selectFrom('plan_versions')
    .select(['id', 'number', 'content'])
    .where('id', '=', versionId)
    .executeTakeFirst();
}

export function versionsOf(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_versions')
    .innerJoin('users', 'users.id', 'plan_versions.created_by')
    .select([
      'plan_versions.id',
      'plan_versions.number',
      'plan_versions.created_at',
      'plan_versions.ready_at',
      'plan_versions.agreed_at',
      'users.display_name as created_by_name',
    ])
    .where('plan_versions.plan_id', '=', planId)
    .orderBy('plan_versions.number', 'desc')
    .execute();
}

export async function insertVersion(
  tx: Tx,
  organisationId: string,
  row: { plan_id: string; number: number; content: unknown; created_by: string; ready: boolean },
) {
  return tx
    .insertInto('plan_versions')
    .values({
      organisation_id: organisationId,
      plan_id: row.plan_id,
      number: row.number,
      content: JSON.stringify(row.content),
      created_by: row.created_by,
      ready_at: row.ready ? new Date() : null,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
}

export async function updateDraft(tx: Tx, versionId: string, content: unknown) {
  await tx
    .updateTable('plan_versions')
    .set({ content: JSON.stringify(content) })
    .where('id', '=', versionId)
    .execute();
}

export async function markVersion(tx: Tx, versionId: string, mark: 'ready_at' | 'agreed_at') {
  await tx
    .updateTable('plan_versions')
    .set({ [mark]: new Date() })
    .where('id', '=', versionId)
    .execute();
}

export async function touchPlan(tx: Tx, planId: string) {
  await tx.updateTable('plans').set({ updated_at: new Date() }).where('id', '=', planId).execute();
}

export function decisionsOf(tx: Tx, planId: string) {
  return tx
    .selectFrom('plan_decisions')
    .innerJoin('users', 'users.id', 'plan_decisions.decided_by')
    .innerJoin('plan_versions', 'plan_versions.id', 'plan_decisions.plan_version_id')
    .select([
      'plan_decisions.id',
      'plan_decisions.outcome',
      'plan_decisions.reason',
      'plan_decisions.promised_on',
      'plan_decisions.family_told',
      'plan_decisions.decided_at',
      'plan_versions.number as version_number',
      'users.display_name as decided_by_name',
    ])
    .where('plan_decisions.plan_id', '=', planId)
    .orderBy('plan_decisions.decided_at', 'desc')
    .orderBy('plan_decisions.id', 'desc')
    .execute();
}

/** Whether the referrer has decided on this version (agreed, delayed or not agreed). */
export async function versionDecided(tx: Tx, versionId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('plan_decisions')
    .select('id')
    .where('plan_version_id', '=', versionId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertDecision(
  tx: Tx,
  organisationId: string,
  row: Omit<Parameters<typeof insertDecisionValues>[0], 'organisation_id'>,
) {
  return tx
    .insertInto('plan_decisions')
    .values(insertDecisionValues({ ...row, organisation_id: organisationId }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

function insertDecisionValues(row: {
  organisation_id: string;
  plan_id: string;
  plan_version_id: string;
  outcome: DecisionRow['outcome'];
  reason: string | null;
  promised_on: string | null;
  family_told: boolean;
  decided_by: string;
}) {
  return row;
}
