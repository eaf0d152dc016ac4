import { z } from 'zod';
import { defineJob, scheduleJob } from '../../platform/jobs/job-registry.ts';
import { organisationIds } from '../oversight/turning-fifteen.service.ts';
import { DeadlinesService } from './deadlines.service.ts';
import { sendReminderNotices } from './reminders.notices.ts';

export const REMINDERS_JOB = 'deadline-reminders';

/** Every morning (UK time): the reminders due today, each sent once (deadline_reminders). */
defineJob(REMINDERS_JOB, z.object({}).passthrough(), async (_payload, context) => {
  const service = new DeadlinesService(context.db, sendReminderNotices);
  for (const organisationId of await organisationIds(context.db)) {
    await service.sendReminders(organisationId, new Date());
  }
});
scheduleJob(REMINDERS_JOB, '30 7 * * *', { backfillHours: 24 * 3 });
