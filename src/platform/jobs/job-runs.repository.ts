import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';

/** The jobs log, through the database's own functions (migration 015): the app role has no table. */

export interface JobRunRecord {
  organisationId: string | null;
  jobName: string;
  jobId: string;
  attempt: number;
  startedAt: Date;
  outcome: 'succeeded' | 'failed';
  error: string | null;
}

export async function recordJobRun(db: Db, run: JobRunRecord): Promise<void> {
  await sql`select kindred_job_run_record(${run.organisationId}::uuid, ${run.jobName}, ${run.jobId},
      ${run.attempt}::integer, ${run.startedAt}::timestamptz, ${run.outcome}, ${run.error})`.execute(
    db,
  );
}

export interface JobRunRow {
  id: number;
  job_name: string;
  attempt: number;
  started_at: Date;
  finished_at: Date;
  outcome: 'succeeded' | 'failed';
  error: string | null;
  for_service: boolean;
}

/** A page of the runs the transaction's organisation may see (its own and the service's). */
export async function jobRunsPage(
  tx: Tx,
  page: { beforeId: number | null; size: number; onlyFailed: boolean },
): Promise<JobRunRow[]> {
  const result = await sql<JobRunRow>`select * from kindred_job_runs_page(
      ${page.beforeId}::bigint, ${page.size}::integer, ${page.onlyFailed})`.execute(tx);
  return result.rows;
}

export async function pruneJobRuns(db: Db, keepDays: number): Promise<void> {
  await sql`select kindred_job_runs_prune(${keepDays}::integer)`.execute(db);
}
