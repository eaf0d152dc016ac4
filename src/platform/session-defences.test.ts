import { afterAll, beforeAll, describe, expect, it, inject as provided } from 'vitest';
import { TestAgent } from '../../tests/support/agent.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../tests/support/test-app.ts';

/**
 * The database guards sessions and password hashes itself (migration 007, ADR 0015): SQL run
 * as the app role cannot list or plant sessions, nor read a hash. And the session rules that a
 * person in a browser would notice.
 */
let context: TestContext;
let council: TestOrganisation;
let alex: TestUser;
let blair: TestUser;
let statements = 0;

/** Runs raw SQL as the app role, in a transaction acting for an organisation, then undoes it. */
async function asAppRole(text: string, values: unknown[] = [], organisationId = council.id) {
  const client = await context.appDb.pool.connect();
  try {
    await client.query('begin');
    await client.query("select set_config('kindred.organisation_id', $1, true)", [organisationId]);
    return await client.query(text, values);
  } finally {
    await client.query('rollback');
    client.release();
  }
}

beforeAll(async () => {
  context = await createTestContext();
  council = await createOrganisation(context.ownerDb.db, 'Session Council');
  alex = await createUser(context.ownerDb.db, council, ['coordinator'], { displayName: 'Alex' });
  blair = await createUser(context.ownerDb.db, council, ['iro'], { displayName: 'Blair' });
  // Count the statements the app sends, to see what a request costs.
  context.appDb.pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: typeof query }).query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
  });
});
afterAll(() => context.close());

describe('what the app role cannot do', () => {
  it('cannot read, plant, change or remove a session row', async () => {
    const agent = new TestAgent(context.app);
    await agent.signIn(alex.email, alex.password);
    for (const text of [
      'select * from sessions',
      `insert into sessions (token_hash, user_id, organisation_id, absolute_expires_at)
         values ('planted', '${alex.id}', '${council.id}', now() + interval '1 hour')`,
      "update sessions set absolute_expires_at = now() + interval '1 year'",
      'delete from sessions',
    ]) {
      await expect(asAppRole(text), text).rejects.toThrow(/permission denied/);
    }
    expect((await agent.get('/')).statusCode).toBe(200);
  });

  it('cannot read a password hash, nor the sign-in failures, but every other column of users', async () => {
    await expect(asAppRole('select password_hash from users')).rejects.toThrow(/permission denied/);
    await expect(asAppRole('select * from sign_in_failures')).rejects.toThrow(/permission denied/);
    await expect(asAppRole("select * from kindred_sign_in_candidates('x')")).rejects.toThrow(
      /does not exist/,
    );
    // A column added to users later needs its own grant (migration 007 explains why).
    const columns = await context.ownerDb.pool.query<{ column_name: string }>(
      `select column_name from information_schema.columns
        where table_schema = 'public' and table_name = 'users' and column_name <> 'password_hash'`,
    );
    for (const { column_name } of columns.rows) {
      const rows = await asAppRole(`select ${column_name} from users where id = $1`, [alex.id]);
      expect(rows.rowCount, column_name).toBe(1);
    }
  });

  it('gets a hash only for an active account, and only by counting an attempt', async () => {
    const disabled = await createUser(context.ownerDb.db, council, ['iro'], { active: false });
    const failures = async (email: string) =>
      (
        await context.ownerDb.pool.query<{ failures: number }>(
          'select failures from sign_in_failures where account_key = kindred_account_key($1)',
          [email],
        )
      ).rows[0]?.failures ?? 0;
    const before = await failures(disabled.email);
    const rows = await context.appDb.pool.query('select * from kindred_sign_in_attempt($1, 15)', [
      disabled.email,
    ]);
    expect(rows.rows).toEqual([expect.objectContaining({ password_hash: null, active: false })]);
    expect(await failures(disabled.email)).toBe(before + 1);
  });

  it('ends only sessions of the organisation the transaction acts for', async () => {
    const other = await createOrganisation(context.ownerDb.db, 'Other Council');
    const agent = new TestAgent(context.app);
    await agent.signIn(blair.email, blair.password);
    await asAppRole('select kindred_sessions_end_for_user($1, null)', [blair.id], other.id);
    expect((await agent.get('/')).statusCode).toBe(200);
  });
});

describe('a request’s session check', () => {
  it('is one statement for a page, and none at all for assets and health', async () => {
    const agent = new TestAgent(context.app);
    await agent.signIn(alex.email, alex.password);
    statements = 0;
    const page = await agent.get('/privacy');
    expect(page.statusCode).toBe(200);
    expect(statements).toBe(1);
    // The icon's address as the page names it (assets have fingerprinted names).
    const icon = /href="(\/assets\/[^"]*kindred-icon[^"]*\.svg)"/.exec(page.body)?.[1] ?? '';
    statements = 0;
    expect((await agent.get(icon)).statusCode).toBe(200);
    expect((await agent.get('/health/live')).statusCode).toBe(200);
    expect(statements).toBe(0);
  });
});

describe('signing in and out', () => {
  it('ends the earlier session when someone else signs in in the same browser', async () => {
    const agent = new TestAgent(context.app);
    await agent.signIn(alex.email, alex.password);
    const alexCookie = agent.cookie('kindred_session');
    const response = await agent.post('/sign-in', { email: blair.email, password: blair.password });
    expect(response.statusCode).toBe(303);
    expect((await agent.get('/')).body).toContain('Hello, Blair');
    const stale = await context.app.inject({
      method: 'GET',
      url: '/',
      headers: { cookie: `kindred_session=${alexCookie}` },
    });
    expect(stale.headers.location).toBe('/sign-in?returnTo=%2F');
  });

  it('gives a new CSRF secret at sign-in and at sign-out', async () => {
    const agent = new TestAgent(context.app);
    await agent.get('/sign-in');
    const before = agent.cookie('kindred_csrf');
    const signIn = await agent.post('/sign-in', { email: alex.email, password: alex.password });
    expect(signIn.cookies.find((cookie) => cookie.name === 'kindred_csrf')?.value).toBe('');
    await agent.get('/');
    const during = agent.cookie('kindred_csrf');
    expect(during).toBeDefined();
    expect(during).not.toBe(before);
    const signOut = await agent.post('/sign-out');
    expect(signOut.cookies.find((cookie) => cookie.name === 'kindred_csrf')?.value).toBe('');
  });
});

describe('in production', () => {
  it('names the session cookie __Host- and sends it only over HTTPS', async () => {
    const production = await createTestContext({
      NODE_ENV: 'production',
      DATABASE_URL: provided('appUrl'),
      MIGRATION_DATABASE_URL: provided('ownerUrl'),
      COOKIE_SECRET: 'a-production-like-secret-of-forty-characters',
      KINDRED_DEMO: 'false',
    });
    try {
      const agent = new TestAgent(production.app);
      await agent.get('/sign-in');
      const response = await agent.post('/sign-in', { email: alex.email, password: alex.password });
      const session = response.cookies.find((cookie) => cookie.name === '__Host-kindred_session');
      expect(session?.secure).toBe(true);
      expect(session?.path).toBe('/');
      expect(session?.domain).toBeUndefined();
      expect(response.cookies.some((cookie) => cookie.name === 'kindred_session')).toBe(false);
      expect((await agent.get('/')).body).toContain('Hello, Alex');
    } finally {
      await production.close();
    }
  });
});
