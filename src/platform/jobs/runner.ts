import { parseCronItems, type Runner, run, type TaskList } from 'graphile-worker';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { graphileLoggerFor } from './graphile-logger.ts';
import { describeJobError } from './job-error.ts';
import { definedJobs, definedSchedules, type JobDefinition } from './job-registry.ts';
import { recordJobRun } from './job-runs.repository.ts';
import './housekeeping.ts';
import { londonMatcher } from './london-schedule.ts';

export interface JobRunnerOptions {
  /** The app role's connection string: the runner owns nothing (ADR 0025). */
  appUrl: string;
  db: Db;
  logger: Logger;
  config: Config;
  concurrency?: number;
  /** How often to look for due jobs when no notification wakes the runner. */
  pollIntervalMs?: number;
}

export interface JobRunner {
  /** Takes no new job, waits for those running, and closes its connections. */
  stop(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function organisationOf(raw: unknown): string | null {
  const value = (raw as { organisationId?: unknown } | null)?.organisationId;
  return typeof value === 'string' && UUID.test(value) ? value : null;
}

function scheduledFor(raw: unknown): Date | null {
  const ts = (raw as { _cron?: { ts?: unknown } } | null)?._cron?.ts;
  return typeof ts === 'string' ? new Date(ts) : null;
}

function taskFor(definition: JobDefinition<unknown>, options: JobRunnerOptions): TaskList[string] {
  const { db, logger, config } = options;
  return async (raw, helpers) => {
    const startedAt = new Date();
    const { id: jobId, attempts: attempt, max_attempts: maxAttempts } = helpers.job;
    const log = async (outcome: 'succeeded' | 'failed', error: string | null) => {
      const run = { organisationId: organisationOf(raw), jobName: definition.name, jobId };
      await recordJobRun(db, { ...run, attempt, startedAt, outcome, error }).catch(
        (problem: unknown) =>
          logger.warn(
            `jobs: could not log a run of ${definition.name}: ${describeJobError(problem)}`,
          ),
      );
    };
    try {
      const payload = definition.schema.parse(raw);
      await definition.handler(payload, {
        db,
        logger,
        config,
        jobId,
        attempt,
        maxAttempts,
        scheduledFor: scheduledFor(raw),
      });
    } catch (error) {
      const described = describeJobError(error);
      logger.warn(`jobs: ${definition.name} (job ${jobId}, try ${attempt}) failed: ${described}`);
      await log('failed', described);
      throw new Error(described);
    }
    await log('succeeded', null);
  };
}

/**
 * Starts graphile-worker in this process, on the same PostgreSQL, with every defined job and
 * schedule. Any number of Kindred processes may run one: each job is taken by one runner
 * (`for update skip locked`), and each scheduled minute is queued once.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const taskList: TaskList = {};
  for (const definition of definedJobs()) taskList[definition.name] = taskFor(definition, options);
  const parsedCronItems = parseCronItems(
    definedSchedules().map((schedule) => ({
      task: schedule.name,
      identifier: schedule.name,
      match: londonMatcher(schedule.cron),
      options: { backfillPeriod: schedule.backfillHours * 3_600_000 },
    })),
  );
  const concurrency = options.concurrency ?? 2;
  const runner: Runner = await run({
    connectionString: options.appUrl,
    concurrency,
    maxPoolSize: concurrency + 2,
    pollInterval: options.pollIntervalMs ?? 2000,
    noHandleSignals: true,
    taskList,
    parsedCronItems,
    logger: graphileLoggerFor(options.logger),
  });
  return {
    async stop() {
      await runner.stop();
    },
  };
}
