import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { calendarRoutes } from './calendar.routes.ts';
import { deadlineSettingsRoutes } from './deadline-settings.routes.ts';
import { deadlineRoutes } from './deadlines.routes.ts';
import { DeadlinesService } from './deadlines.service.ts';
import './reminders.job.ts';

/** Deadlines: the due and overdue view, reminders, the organisation's closure days and settings. */
export async function deadlinesFeature(app: FastifyInstance, options: { db: Db }) {
  deadlineRoutes(app, new DeadlinesService(options.db));
  calendarRoutes(app, options.db);
  deadlineSettingsRoutes(app, options.db);
}
