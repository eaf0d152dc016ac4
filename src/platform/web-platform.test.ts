import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../tests/support/agent.ts';
import { createOrganisation, createUser, type TestUser } from '../../tests/support/factories.ts';
import { createTestContext, type TestContext, testConfig } from '../../tests/support/test-app.ts';
import { buildApp } from '../app.ts';
import { connectDatabase } from '../db/database.ts';

let context: TestContext;
let person: TestUser;
const logLines: string[] = [];

beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  context = await createTestContext({ LOG_LEVEL: 'trace' }, { logStream });
  const organisation = await createOrganisation(context.ownerDb.db);
  person = await createUser(context.ownerDb.db, organisation, ['social_worker']);
});
afterAll(() => context.close());

describe('pages for things that go wrong', () => {
  it('shows a design-system 404 page for an unknown address', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/no/such/page' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('govuk-template');
    expect(response.body).toContain('Page not found');
  });

  it('refuses a form without its CSRF token and changes nothing', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email: person.email, password: person.password }).toString(),
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('You cannot do that');
    expect(response.cookies.find((cookie) => cookie.name === 'kindred_session')).toBeUndefined();
  });

  it('answers an oversized body with 413, not 500', async () => {
    const agent = new TestAgent(context.app);
    const response = await agent.post('/sign-in', {
      email: 'a@example.org',
      password: 'x'.repeat(300_000),
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('What you sent is too large');
  });

  it('answers a malformed JSON body (which no form sends) with 415, not 500', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(415);
    expect(response.body).toContain('There is a problem with what was sent');
  });

  it('says plainly that the database cannot be reached, with no details, and stays live', async () => {
    const broken = connectDatabase(
      'postgres://nobody:nothing@127.0.0.1:1/none',
      pino({ level: 'silent' }),
    );
    const app = await buildApp({ config: testConfig(), db: broken.db });
    try {
      const response = await app.inject({
        method: 'GET',
        url: '/',
        headers: { cookie: 'kindred_session=some-token' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('60');
      expect(response.body).toContain('Kindred cannot reach its database. Try again in a minute.');
      expect(response.body).not.toContain('ECONNREFUSED');
      const live = await app.inject({
        method: 'GET',
        url: '/health/live',
        headers: { cookie: 'kindred_session=some-token' },
      });
      expect(live.statusCode).toBe(200);
      const ready = await app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
    } finally {
      await app.close();
      await broken.close();
    }
  });
});

describe('security headers', () => {
  it('allows only our own scripts, and the template’s inline script by its nonce', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/sign-in' });
    const policy = String(response.headers['content-security-policy']);
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(response.body).toContain(`<script nonce="${nonce}">`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('lets the browser keep stylesheets, which hold no personal data', async () => {
    const page = await context.app.inject({ method: 'GET', url: '/sign-in' });
    const url = /href="(\/assets\/kindred-[0-9a-f]+\.css)"/.exec(page.body)?.[1] ?? '';
    const response = await context.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/css');
    expect(response.headers['cache-control']).toContain('max-age=31536000');
    expect(response.body).toContain('govuk-header');
    expect(response.body).not.toContain('GDS Transport');
  });

  it('never serves the design system’s templates', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/assets/govuk/template.njk' });
    expect(response.statusCode).toBe(404);
  });
});

describe('health', () => {
  it('says the process is alive and the database is reachable', async () => {
    const live = await context.app.inject({ method: 'GET', url: '/health/live' });
    expect(live.json()).toEqual({ status: 'ok' });
    const ready = await context.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok' });
  });
});

describe('logs', () => {
  it('keep no email address, password, cookie or query string', async () => {
    const agent = new TestAgent(context.app);
    await agent.signIn(person.email, person.password);
    await agent.get('/?search=Jayden+Smith');
    await agent.post('/sign-in', { email: 'leak.check@example.org', password: 'hunter2-secret' });
    const logs = logLines.join('');
    expect(logs).toContain('"path":"/sign-in"');
    expect(logs).not.toContain(person.email);
    expect(logs).not.toContain('leak.check@example.org');
    expect(logs).not.toContain('hunter2-secret');
    expect(logs).not.toContain('Jayden');
    expect(logs).not.toContain('kindred_session=');
  });
});
