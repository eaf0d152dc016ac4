import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { useEmailSettings } from './email/email-settings.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { NotificationsService } from './notifications.service.ts';
import './send-email.job.ts';

/** Notices: the notification centre, email choices, and the outbox's sending job. */
export async function notificationsFeature(
  app: FastifyInstance,
  options: { db: Db; config: Config },
) {
  useEmailSettings(options.config.email);
  notificationsRoutes(app, new NotificationsService(options.db));
}
