import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_COOKIE_SECRET, loadConfig } from './config.ts';

const database = {
  DATABASE_URL: 'postgres://kindred_app:x@db.internal:5432/kindred',
  MIGRATION_DATABASE_URL: 'postgres://kindred_owner:y@db.internal:5432/kindred',
};
const secret = 'a-real-secret-that-is-long-enough-0123456789';

describe('configuration', () => {
  it('runs on a developer machine with nothing set, in demo mode on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      demo: true,
      databaseUrl: undefined,
    });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('caches compiled templates unless a developer asks for watching', () => {
    expect(loadConfig({}).watchTemplates).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).watchTemplates).toBe(false);
    expect(loadConfig({ KINDRED_WATCH: 'true' }).watchTemplates).toBe(true);
    expect(() => loadConfig({ KINDRED_WATCH: 'sometimes' })).toThrow(/KINDRED_WATCH/);
  });

  it('refuses to start in production without a database or with default secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL[\s\S]*COOKIE_SECRET/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ...database, COOKIE_SECRET: DEVELOPMENT_COOKIE_SECRET }),
    ).toThrow(/COOKIE_SECRET/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        ...database,
        COOKIE_SECRET: secret,
        KINDRED_DEMO: 'true',
      }),
    ).toThrow(/KINDRED_DEMO/);
  });

  it('starts in production with its own database and secret, secure cookies and no demo', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...database, COOKIE_SECRET: secret });
    expect(config).toMatchObject({
      demo: false,
      secureCookies: true,
      databaseUrl: database.DATABASE_URL,
    });
  });

  it('needs the schema owner’s connection alongside DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: database.DATABASE_URL })).toThrow(
      /MIGRATION_DATABASE_URL/,
    );
  });

  it('says which setting is wrong and why', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ COOKIE_SECRET: 'short' })).toThrow(
      /COOKIE_SECRET: must be at least 32 characters/,
    );
    expect(() => loadConfig({ KINDRED_DEMO: 'perhaps' })).toThrow(/KINDRED_DEMO/);
  });
});
