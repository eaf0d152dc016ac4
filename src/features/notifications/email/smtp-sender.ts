import nodemailer from 'nodemailer';
import type { EmailDelivery } from '../../../config-email.ts';
import { plainTextOf } from '../../../domain/notice-kinds.ts';
import { type EmailSender, SendRefused, withSendLimit } from './email-sender.ts';

type SmtpDelivery = Extract<EmailDelivery, { provider: 'smtp' }>;

/** An SMTP server, through nodemailer: a plain-text email built from the notice's kind. */
export function smtpSender(delivery: SmtpDelivery): EmailSender {
  const transport = nodemailer.createTransport({
    host: delivery.host,
    port: delivery.port,
    secure: delivery.secure,
    ...(delivery.user ? { auth: { user: delivery.user, pass: delivery.password ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    provider: 'smtp',
    async send(to, email, reference) {
      try {
        const info = await withSendLimit(
          transport.sendMail({
            from: delivery.from,
            to,
            subject: email.subject,
            text: plainTextOf(email),
            headers: { 'X-Kindred-Reference': reference },
          }),
        );
        return typeof info.messageId === 'string' ? info.messageId.slice(0, 200) : null;
      } catch (error) {
        if (error instanceof SendRefused) throw error;
        const failure = error as { responseCode?: number; code?: string; response?: string };
        const code = failure.responseCode;
        const said = failure.response ?? failure.code ?? 'no answer';
        // 550–553: the server will never take this address or message; anything else may pass
        // on a later try (a full queue, a greylist, the server down).
        const permanent = code !== undefined && code >= 550 && code <= 553;
        throw new SendRefused(`The mail server refused the email (${said})`, permanent);
      }
    },
    close() {
      transport.close();
    },
  };
}
