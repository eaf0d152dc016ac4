import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';

/**
 * The jobs Kindred knows, and when the scheduled ones run. A feature defines its jobs in a
 * `*.job.ts` file that its plugin imports, so every Kindred process (and every test that builds
 * the app) knows the same jobs. See README.md in this folder.
 */

export interface JobContext {
  /** The app role's connection: act for an organisation with `inOrganisation()`. */
  db: Db;
  logger: Logger;
  config: Config;
  jobId: string;
  /** 1 on the first try. */
  attempt: number;
  maxAttempts: number;
  /** For a scheduled run: the UK minute it was due (a missed run caught up is in the past). */
  scheduledFor: Date | null;
}

export interface JobDefinition<P> {
  name: string;
  schema: z.ZodType<P>;
  handler: (payload: P, context: JobContext) => Promise<void>;
  /** Tries before graphile-worker gives up on a job that keeps throwing. */
  maxAttempts: number;
}

export interface JobSchedule {
  name: string;
  /** Minute hour day-of-month month day-of-week, in UK time (Europe/London). */
  cron: string;
  /** Runs missed while no Kindred was running are made up if they fell within this window. */
  backfillHours: number;
}

const NAME = /^[a-z][a-z0-9-]{0,63}$/;
const definitions = new Map<string, JobDefinition<unknown>>();
const schedules = new Map<string, JobSchedule>();

/**
 * Declares a job: its name, the shape of its payload (ids, never personal details) and its
 * handler. A handler must be idempotent: a job can run again after a crash or a retry.
 */
export function defineJob<P>(
  name: string,
  schema: z.ZodType<P>,
  handler: (payload: P, context: JobContext) => Promise<void>,
  options: { maxAttempts?: number } = {},
): JobDefinition<P> {
  if (!NAME.test(name)) throw new Error(`A job name is lower-case words and dashes: ${name}`);
  const existing = definitions.get(name);
  if (existing && existing.handler !== handler) {
    throw new Error(`Two jobs are named ${name}`);
  }
  const definition: JobDefinition<P> = {
    name,
    schema,
    handler,
    maxAttempts: options.maxAttempts ?? 10,
  };
  definitions.set(name, definition as JobDefinition<unknown>);
  return definition;
}

/**
 * Runs a defined job on a schedule, in UK time: `scheduleJob('turning-15-lists', '0 7 * * *')`.
 * With several Kindred processes on one database, each scheduled run happens once.
 */
export function scheduleJob(name: string, cron: string, options: { backfillHours?: number } = {}) {
  if (!definitions.has(name)) throw new Error(`Define the job ${name} before scheduling it`);
  schedules.set(name, { name, cron, backfillHours: options.backfillHours ?? 0 });
}

export function jobDefinition(name: string): JobDefinition<unknown> | undefined {
  return definitions.get(name);
}

export function definedJobs(): JobDefinition<unknown>[] {
  return [...definitions.values()];
}

export function definedSchedules(): JobSchedule[] {
  return [...schedules.values()];
}
