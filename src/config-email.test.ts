import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://kindred_app:x@db.internal:5432/kindred',
  MIGRATION_DATABASE_URL: 'postgres://kindred_owner:y@db.internal:5432/kindred',
  COOKIE_SECRET: 'a-real-secret-that-is-long-enough-0123456789',
  KINDRED_PUBLIC_URL: 'https://kindred.council.example',
};
const goodKey =
  'kindred_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
const templateId = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

describe('email configuration', () => {
  it('is off with nothing set: notices in Kindred only, with no problem to report', () => {
    expect(loadConfig({}).email.delivery).toEqual({ provider: 'none', offReason: null });
  });

  it('chooses GOV.UK Notify or SMTP by EMAIL_PROVIDER', () => {
    const notify = loadConfig({
      EMAIL_PROVIDER: 'notify',
      NOTIFY_API_KEY: goodKey,
      NOTIFY_TEMPLATE_ID: templateId,
    });
    expect(notify.email.delivery).toMatchObject({ provider: 'notify', templateId });
    const smtp = loadConfig({
      EMAIL_PROVIDER: 'smtp',
      SMTP_HOST: 'mail.council.example',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'kindred',
      SMTP_PASSWORD: 'secret',
      EMAIL_FROM: 'kindred@council.example',
    });
    expect(smtp.email.delivery).toMatchObject({ provider: 'smtp', port: 465, secure: true });
  });

  it('stops start-up in production when the Notify key is not a Notify key, and says why', () => {
    expect(() =>
      loadConfig({
        ...production,
        EMAIL_PROVIDER: 'notify',
        NOTIFY_API_KEY: 'not-a-key',
        NOTIFY_TEMPLATE_ID: templateId,
      }),
    ).toThrow(
      /Kindred will not start: email by GOV\.UK Notify[\s\S]*NOTIFY_API_KEY is not a GOV\.UK Notify API key/,
    );
  });

  it('turns email off with the reason, outside production, when it is set up wrongly', () => {
    const demo = loadConfig({ EMAIL_PROVIDER: 'notify', NOTIFY_API_KEY: 'not-a-key' });
    expect(demo.email.delivery.provider).toBe('none');
    expect(demo.email.delivery).toMatchObject({
      offReason: expect.stringMatching(/NOTIFY_API_KEY.*NOTIFY_TEMPLATE_ID is not set/),
    });
    const smtp = loadConfig({ EMAIL_PROVIDER: 'smtp', SMTP_HOST: 'mail.council.example' });
    expect(smtp.email.delivery).toMatchObject({
      provider: 'none',
      offReason: 'EMAIL_FROM is not set',
    });
  });

  it('needs the address people reach Kindred at for email in production', () => {
    const { KINDRED_PUBLIC_URL: _, ...withoutUrl } = production;
    expect(() =>
      loadConfig({
        ...withoutUrl,
        EMAIL_PROVIDER: 'smtp',
        SMTP_HOST: 'mail.council.example',
        EMAIL_FROM: 'kindred@council.example',
      }),
    ).toThrow(/KINDRED_PUBLIC_URL/);
  });
});
