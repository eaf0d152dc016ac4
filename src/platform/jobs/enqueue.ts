import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import { jobDefinition } from './job-registry.ts';

export interface EnqueueOptions {
  /** Not before this instant. */
  runAt?: Date;
  /**
   * At most one waiting job per key: enqueueing again with the same key replaces the waiting
   * job's payload (and its time, unless `keepRunAt`).
   */
  jobKey?: string;
  keepRunAt?: boolean;
}

/**
 * Queues a job in the caller's transaction: if the transaction rolls back, the job was never
 * queued; once it commits, a runner picks it up (ADR 0025). The payload holds ids and codes,
 * never personal details: it sits in the jobs table, outside row-level security.
 */
export async function enqueueJob(
  trx: Tx | Db,
  name: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<void> {
  const definition = jobDefinition(name);
  if (!definition) throw new Error(`No job is defined with the name ${name}`);
  const parsed = definition.schema.safeParse(payload);
  if (!parsed.success) throw new Error(`The payload of a ${name} job is not valid`);
  await sql`select graphile_worker.add_job(
      ${name}::text,
      ${JSON.stringify(payload)}::json,
      run_at => ${options.runAt ?? null}::timestamptz,
      max_attempts => ${definition.maxAttempts}::integer,
      job_key => ${options.jobKey ?? null}::text,
      job_key_mode => ${options.keepRunAt ? 'preserve_run_at' : 'replace'}::text
    )`.execute(trx);
}
