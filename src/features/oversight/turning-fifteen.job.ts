import { z } from 'zod';
import { defineJob, scheduleJob } from '../../platform/jobs/job-registry.ts';
import { sendTurningFifteenNotices } from './turning-fifteen.notices.ts';
import { organisationIds, TurningFifteenService } from './turning-fifteen.service.ts';

export const TURNING_FIFTEEN_JOB = 'turning-15-lists';

/**
 * Every morning (UK time), each organisation's turning-15 list for the month is built once its
 * working day has come (the first by default): daily rather than monthly, so a closure day, an
 * organisation's own choice of day or a month missed while Kindred was down all need nothing more.
 */
defineJob(TURNING_FIFTEEN_JOB, z.object({}).passthrough(), async (_payload, context) => {
  const service = new TurningFifteenService(context.db, sendTurningFifteenNotices);
  for (const organisationId of await organisationIds(context.db)) {
    await service.buildDue(organisationId, new Date());
  }
});
scheduleJob(TURNING_FIFTEEN_JOB, '0 7 * * *', { backfillHours: 24 * 3 });
