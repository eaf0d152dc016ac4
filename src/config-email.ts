import { z } from 'zod';

/**
 * Email settings, part of `config.ts`'s one schema over the environment. Email is sent by GOV.UK
 * Notify or by SMTP, as EMAIL_PROVIDER says; with neither, notices are in Kindred only. A
 * provider set up wrongly stops Kindred in production and turns email off (with the reason on
 * the administrator's email page) anywhere else.
 */

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

export const emailEnvironmentShape = {
  EMAIL_PROVIDER: z.enum(['none', 'notify', 'smtp']).default('none'),
  NOTIFY_API_KEY: optionalText,
  NOTIFY_TEMPLATE_ID: optionalText,
  NOTIFY_BASE_URL: z.url().default('https://api.notifications.service.gov.uk'),
  SMTP_HOST: optionalText,
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .transform((value) => ['true', '1', 'yes'].includes(value))
    .default(false),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: optionalText,
  EMAIL_FROM: optionalText,
  KINDRED_PUBLIC_URL: z.url().optional(),
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  EMAIL_RETRY_SECONDS: z.coerce.number().int().min(0).default(60),
};

type EmailEnvironment = z.output<z.ZodObject<typeof emailEnvironmentShape>>;

export type EmailDelivery =
  | { provider: 'none'; offReason: string | null }
  | { provider: 'notify'; apiKey: string; templateId: string; baseUrl: string }
  | {
      provider: 'smtp';
      host: string;
      port: number;
      secure: boolean;
      user: string | undefined;
      password: string | undefined;
      from: string;
    };

export interface EmailConfig {
  delivery: EmailDelivery;
  /** The address people reach Kindred at: emails link to its sign-in. */
  publicUrl: string;
  /** Tries before a message is kept as failed. */
  maxAttempts: number;
  /** The wait before the second try; each later wait is five times longer. */
  retrySeconds: number;
}

// A Notify API key is "{key name}-{service id}-{secret key}", both ids UUIDs (the client reads
// them from the end of the key).
const NOTIFY_KEY =
  /^.+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$|^.*<[^\s@<>]+@[^\s@<>]+>$/;

function problemsOf(values: EmailEnvironment): string[] {
  const problems: string[] = [];
  if (values.EMAIL_PROVIDER === 'notify') {
    if (!values.NOTIFY_API_KEY) problems.push('NOTIFY_API_KEY is not set');
    else if (!NOTIFY_KEY.test(values.NOTIFY_API_KEY)) {
      problems.push(
        'NOTIFY_API_KEY is not a GOV.UK Notify API key (it ends with the service id and the secret key)',
      );
    }
    if (!values.NOTIFY_TEMPLATE_ID) problems.push('NOTIFY_TEMPLATE_ID is not set');
    else if (!UUID.test(values.NOTIFY_TEMPLATE_ID)) {
      problems.push('NOTIFY_TEMPLATE_ID is not a template id (a UUID from Notify)');
    }
  }
  if (values.EMAIL_PROVIDER === 'smtp') {
    if (!values.SMTP_HOST) problems.push('SMTP_HOST is not set');
    if (!values.EMAIL_FROM) problems.push('EMAIL_FROM is not set');
    else if (!ADDRESS.test(values.EMAIL_FROM)) problems.push('EMAIL_FROM is not an email address');
    if (Boolean(values.SMTP_USER) !== Boolean(values.SMTP_PASSWORD)) {
      problems.push('SMTP_USER and SMTP_PASSWORD go together: set both or neither');
    }
  }
  return problems;
}

export class EmailConfigError extends Error {
  override name = 'EmailConfigError';
}

export function emailConfigFrom(
  values: EmailEnvironment,
  context: { production: boolean; port: number },
): EmailConfig {
  const common = {
    publicUrl: (values.KINDRED_PUBLIC_URL ?? `http://localhost:${context.port}`).replace(
      /\/+$/,
      '',
    ),
    maxAttempts: values.EMAIL_MAX_ATTEMPTS,
    retrySeconds: values.EMAIL_RETRY_SECONDS,
  };
  const problems = problemsOf(values);
  if (values.EMAIL_PROVIDER !== 'none' && context.production && !values.KINDRED_PUBLIC_URL) {
    problems.push('KINDRED_PUBLIC_URL is not set (emails link to Kindred at this address)');
  }
  if (problems.length > 0) {
    if (context.production) {
      throw new EmailConfigError(
        `Kindred will not start: email by ${values.EMAIL_PROVIDER === 'notify' ? 'GOV.UK Notify' : 'SMTP'} is set up wrongly:\n  ${problems.join('\n  ')}\nCorrect these, or set EMAIL_PROVIDER=none to send notices in Kindred only.`,
      );
    }
    return { ...common, delivery: { provider: 'none', offReason: problems.join('; ') } };
  }
  if (values.EMAIL_PROVIDER === 'notify') {
    return {
      ...common,
      delivery: {
        provider: 'notify',
        apiKey: values.NOTIFY_API_KEY ?? '',
        templateId: values.NOTIFY_TEMPLATE_ID ?? '',
        baseUrl: values.NOTIFY_BASE_URL,
      },
    };
  }
  if (values.EMAIL_PROVIDER === 'smtp') {
    return {
      ...common,
      delivery: {
        provider: 'smtp',
        host: values.SMTP_HOST ?? '',
        port: values.SMTP_PORT,
        secure: values.SMTP_SECURE,
        user: values.SMTP_USER,
        password: values.SMTP_PASSWORD,
        from: values.EMAIL_FROM ?? '',
      },
    };
  }
  return { ...common, delivery: { provider: 'none', offReason: null } };
}
