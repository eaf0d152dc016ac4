import type { EmailDelivery } from '../../../config-email.ts';
import type { NoticeEmail } from '../../../domain/notice-kinds.ts';
import { notifySender } from './notify-sender.ts';
import { smtpSender } from './smtp-sender.ts';

/** One email out, by whichever provider the configuration chose. */
export interface EmailSender {
  provider: 'notify' | 'smtp';
  /** Resolves with the provider's reference for the message; rejects with `SendRefused`. */
  send(to: string, email: NoticeEmail, reference: string): Promise<string | null>;
  close(): void;
}

/**
 * The provider said no, or could not be reached. `permanent` when trying again cannot help (a
 * rejected address, a request Notify calls bad); otherwise the outbox tries again later. The
 * message never includes the provider's own error object, which can carry the API token.
 */
export class SendRefused extends Error {
  override name = 'SendRefused';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

const SEND_LIMIT_MS = 30_000;

/** A send that has not answered in 30 seconds is taken as refused, and tried again later. */
export function withSendLimit<T>(sending: Promise<T>, limitMs = SEND_LIMIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SendRefused(`No answer within ${limitMs / 1000} seconds`, false)),
      limitMs,
    );
  });
  return Promise.race([sending, limit]).finally(() => clearTimeout(timer));
}

let cached: { delivery: EmailDelivery; sender: EmailSender } | undefined;

/** The sender for a configuration, made once per process and reused. */
export function senderFor(delivery: Exclude<EmailDelivery, { provider: 'none' }>): EmailSender {
  if (cached?.delivery === delivery) return cached.sender;
  cached?.sender.close();
  const sender = delivery.provider === 'notify' ? notifySender(delivery) : smtpSender(delivery);
  cached = { delivery, sender };
  return sender;
}
