import path from 'node:path';
import { z } from 'zod';
import {
  type EmailConfig,
  EmailConfigError,
  emailConfigFrom,
  emailEnvironmentShape,
} from './config-email.ts';

// Secrets that are only acceptable on a developer's machine. Production refuses them.
export const DEVELOPMENT_COOKIE_SECRET = 'kindred-development-cookie-secret-not-for-production';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z.url().optional(),
  MIGRATION_DATABASE_URL: z.url().optional(),
  KINDRED_DATA_DIR: z.string().min(1).default('data'),
  EMBEDDED_DATABASE_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  COOKIE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  KINDRED_DEMO: booleanFromEnv.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  TRUST_PROXY: booleanFromEnv.default(false),
  KINDRED_WATCH: booleanFromEnv.default(false),
  ...emailEnvironmentShape,
});

export interface Config {
  environment: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** Connection used to serve requests: a role that owns nothing. Undefined means embedded. */
  databaseUrl: string | undefined;
  /** Connection that owns the schema and runs migrations. */
  migrationDatabaseUrl: string | undefined;
  dataDir: string;
  embeddedDatabasePort: number;
  cookieSecret: string;
  demo: boolean;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Sign-in attempts allowed per client address per minute. */
  signInRateLimit: number;
  trustProxy: boolean;
  secureCookies: boolean;
  /**
   * Recompile every template on every request, so a developer sees an edit at once (`npm run
   * dev`). Off by default, also in development: recompiling makes pages many times slower, and
   * `npm start` is what a newcomer first sees.
   */
  watchTemplates: boolean;
  /** Email for notices: GOV.UK Notify, SMTP or none (config-email.ts). */
  email: EmailConfig;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Kindred's configuration is not valid:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';

  if (production) {
    const missing: string[] = [];
    if (!values.DATABASE_URL) missing.push('DATABASE_URL (the application role)');
    if (!values.MIGRATION_DATABASE_URL) missing.push('MIGRATION_DATABASE_URL (the schema owner)');
    if (!values.COOKIE_SECRET || values.COOKIE_SECRET === DEVELOPMENT_COOKIE_SECRET) {
      missing.push('COOKIE_SECRET (a random secret of at least 32 characters)');
    }
    if (values.KINDRED_DEMO) missing.push('KINDRED_DEMO must not be true in production');
    if (missing.length > 0) {
      throw new ConfigError(
        `Kindred will not start in production without:\n  ${missing.join('\n  ')}`,
      );
    }
  }
  if (values.MIGRATION_DATABASE_URL && !values.DATABASE_URL) {
    throw new ConfigError(
      'DATABASE_URL is needed with MIGRATION_DATABASE_URL: set both to use your own PostgreSQL, or neither for the embedded one.',
    );
  }
  if (values.DATABASE_URL && !values.MIGRATION_DATABASE_URL) {
    throw new ConfigError(
      'MIGRATION_DATABASE_URL is needed with DATABASE_URL: migrations run as the schema owner, requests as DATABASE_URL.',
    );
  }

  let email: EmailConfig;
  try {
    email = emailConfigFrom(values, { production, port: values.PORT });
  } catch (error) {
    if (error instanceof EmailConfigError) throw new ConfigError(error.message);
    throw error;
  }

  return {
    environment: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    migrationDatabaseUrl: values.MIGRATION_DATABASE_URL,
    dataDir: path.resolve(values.KINDRED_DATA_DIR),
    embeddedDatabasePort: values.EMBEDDED_DATABASE_PORT,
    cookieSecret: values.COOKIE_SECRET ?? DEVELOPMENT_COOKIE_SECRET,
    demo: values.KINDRED_DEMO ?? !production,
    logLevel: values.LOG_LEVEL,
    sessionIdleMinutes: values.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: values.SESSION_ABSOLUTE_HOURS,
    signInRateLimit: values.SIGN_IN_RATE_LIMIT,
    trustProxy: values.TRUST_PROXY,
    secureCookies: production,
    watchTemplates: values.KINDRED_WATCH,
    email,
  };
}
