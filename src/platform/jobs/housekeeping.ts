import { z } from 'zod';
import { defineJob, scheduleJob } from './job-registry.ts';
import { pruneJobRuns } from './job-runs.repository.ts';

/** The jobs log keeps 90 days of runs; older ones are let go each night. */
const KEEP_DAYS = 90;

defineJob('jobs-log-prune', z.object({}).loose(), async (_payload, context) => {
  await pruneJobRuns(context.db, KEEP_DAYS);
});
scheduleJob('jobs-log-prune', '30 3 * * *');
