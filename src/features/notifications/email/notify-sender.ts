import { NotifyClient } from 'notifications-node-client';
import type { EmailDelivery } from '../../../config-email.ts';
import { type EmailSender, SendRefused, withSendLimit } from './email-sender.ts';

type NotifyDelivery = Extract<EmailDelivery, { provider: 'notify' }>;

interface NotifyFailure {
  response?: { status?: number; data?: { errors?: Array<{ error?: string; message?: string }> } };
  code?: string;
}

/**
 * GOV.UK Notify, through its official client. One template serves every kind of notice: it
 * lays out ((subject)), ((message)) and ((sign_in_link)), which Kindred fills from the notice's
 * kind alone (README, "Configuration").
 */
export function notifySender(delivery: NotifyDelivery): EmailSender {
  const client = new NotifyClient(delivery.baseUrl, delivery.apiKey);
  return {
    provider: 'notify',
    async send(to, email, reference) {
      try {
        const response = await withSendLimit(
          client.sendEmail(delivery.templateId, to, {
            personalisation: {
              subject: email.subject,
              message: email.message,
              sign_in_link: email.signInUrl,
            },
            reference,
          }),
        );
        return response.data.id;
      } catch (error) {
        if (error instanceof SendRefused) throw error;
        // The client's error is an axios error: it holds the bearer token and the
        // personalisation, so only the status and Notify's own words are kept.
        const failure = error as NotifyFailure;
        const status = failure.response?.status;
        const said = failure.response?.data?.errors
          ?.map((e) => `${e.error ?? ''} ${e.message ?? ''}`.trim())
          .join('; ');
        if (status === undefined) {
          throw new SendRefused(
            `Notify could not be reached (${failure.code ?? 'no answer'})`,
            false,
          );
        }
        throw new SendRefused(
          `Notify refused the email (status ${status}${said ? `: ${said}` : ''})`,
          status === 400 || status === 403,
        );
      }
    },
    close() {},
  };
}
