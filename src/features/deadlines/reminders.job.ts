import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { defineJob, scheduleJob } from '../../platform/jobs/job-registry.ts';
import { organisationIds } from '../oversight/turning-fifteen.service.ts';
import { DeadlinesService } from './deadlines.service.ts';
import { sendReminderNotices } from './reminders.notices.ts';

export const REMINDERS_JOB = 'deadline-reminders';

/** The reminders due today in every organisation, each sent once (deadline_reminders). */
export async function sendTodaysReminders(db: Db, now = new Date()) {
  const service = new DeadlinesService(db, sendReminderNotices);
  for (const organisationId of await organisationIds(db)) {
    await service.sendReminders(organisationId, now);
  }
}

/** Every morning (UK time). */
defineJob(REMINDERS_JOB, z.object({}).passthrough(), async (_payload, context) =>
  sendTodaysReminders(context.db),
);
scheduleJob(REMINDERS_JOB, '30 7 * * *', { backfillHours: 24 * 3 });
