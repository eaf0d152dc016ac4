import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { useEmailSettings } from './email/email-settings.ts';
import './send-email.job.ts';

/** Notices: the notification centre, email preferences and the email outbox. */
export async function notificationsFeature(
  _app: FastifyInstance,
  options: { db: Db; config: Config },
) {
  useEmailSettings(options.config.email);
  void options.db;
}
