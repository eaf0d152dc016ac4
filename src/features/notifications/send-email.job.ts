import { z } from 'zod';
import { inOrganisation } from '../../db/database.ts';
import { emailForNotice, isNoticeKind, retryDelaySeconds } from '../../domain/notice-kinds.ts';
import { enqueueJob } from '../../platform/jobs/enqueue.ts';
import { describeJobError } from '../../platform/jobs/job-error.ts';
import { defineJob, type JobContext, scheduleJob } from '../../platform/jobs/job-registry.ts';
import { senderFor } from './email/email-sender.ts';
import { emailSettings } from './email/email-settings.ts';
import {
  lockOutboxMessage,
  markOutboxFailed,
  markOutboxRetry,
  markOutboxSent,
  overdueOutboxMessages,
} from './outbox.repository.ts';

export const SEND_EMAIL_JOB = 'send-email';
const payloadSchema = z.object({ organisationId: z.uuid(), messageId: z.uuid() });
type SendEmailPayload = z.infer<typeof payloadSchema>;

/** A job sent earlier than its message's next try (a duplicate from the sweep) waits for it. */
const EARLY_SLACK_MS = 5_000;

/**
 * Sends one outbox message. Idempotent: the message is locked, and one already sent or failed
 * is left alone. A refusal is recorded on the message with the next try queued in the same
 * transaction, so it is never lost; after the last try the message stays, as failed.
 */
async function sendEmail(payload: SendEmailPayload, context: JobContext): Promise<void> {
  const email = emailSettings() ?? context.config.email;
  await inOrganisation(context.db, { organisationId: payload.organisationId }, async (tx) => {
    const message = await lockOutboxMessage(tx, payload.messageId);
    if (message?.status !== 'pending') return;
    if (message.next_attempt_at.getTime() > Date.now() + EARLY_SLACK_MS) return;
    const attempts = message.attempts + 1;
    if (email.delivery.provider === 'none' || !isNoticeKind(message.kind)) {
      const error = isNoticeKind(message.kind) ? 'Email is turned off' : 'Unknown kind of notice';
      await markOutboxFailed(tx, message.id, { attempts, error });
      return;
    }
    const sender = senderFor(email.delivery);
    try {
      const reference = await sender.send(
        message.to_address,
        emailForNotice(message.kind, email.publicUrl),
        message.id,
      );
      await markOutboxSent(tx, message.id, { provider: sender.provider, reference, attempts });
    } catch (refusal) {
      const error = describeJobError(refusal);
      const permanent = (refusal as { permanent?: boolean }).permanent === true;
      if (permanent || attempts >= email.maxAttempts) {
        context.logger.warn(`email: message ${message.id} failed after ${attempts} tries`);
        await markOutboxFailed(tx, message.id, { attempts, error });
        return;
      }
      const waitMs = retryDelaySeconds(attempts, email.retrySeconds) * 1000;
      const nextAttemptAt = new Date(Date.now() + waitMs);
      await markOutboxRetry(tx, message.id, { attempts, error, nextAttemptAt });
      await enqueueJob(tx, SEND_EMAIL_JOB, payload, { runAt: nextAttemptAt });
    }
  });
}

defineJob(SEND_EMAIL_JOB, payloadSchema, sendEmail);

/** Queues the sending of a message written in the caller's transaction. */
export async function queueEmail(
  tx: Parameters<typeof enqueueJob>[0],
  organisationId: string,
  messageId: string,
): Promise<void> {
  await enqueueJob(
    tx,
    SEND_EMAIL_JOB,
    { organisationId, messageId },
    {
      jobKey: `send-email:${messageId}`,
    },
  );
}

/**
 * The safety net: a pending message whose next try is long past has lost its job (a database
 * restored from a backup, a job removed by hand). It is queued again; sending is idempotent.
 */
const OVERDUE_MINUTES = 15;
defineJob('outbox-sweep', z.object({}).loose(), async (_payload, context) => {
  for (const message of await overdueOutboxMessages(context.db, OVERDUE_MINUTES)) {
    await queueEmail(context.db, message.organisation_id, message.id);
  }
});
scheduleJob('outbox-sweep', '*/10 * * * *');
