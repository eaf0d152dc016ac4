import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../../tests/support/agent.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { accountKey } from './auth.repository.ts';

let context: TestContext;
let council: TestOrganisation;
let coordinator: TestUser;

async function auditActions(userId: string): Promise<string[]> {
  const rows = await context.ownerDb.db
    .selectFrom('audit_events')
    .select('action')
    .where('subject_id', '=', userId)
    .orderBy('occurred_at')
    .execute();
  return rows.map((row) => row.action);
}

beforeAll(async () => {
  context = await createTestContext();
  council = await createOrganisation(context.ownerDb.db, 'Northshire Council');
  coordinator = await createUser(context.ownerDb.db, council, ['coordinator'], {
    displayName: 'Cara Coordinator',
  });
});
afterAll(() => context.close());

describe('signing in', () => {
  it('takes a person with the right password to their home page and audits it', async () => {
    const agent = new TestAgent(context.app);
    await agent.signIn(coordinator.email.toUpperCase(), coordinator.password);
    const home = await agent.get('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Hello, Cara Coordinator');
    expect(home.body).toContain('Northshire Council');
    expect(home.body).toContain('Your journeys');
    expect(home.headers['cache-control']).toBe('no-store');
    expect(await auditActions(coordinator.id)).toContain('session.signed-in');
  });

  it('sets a session cookie that scripts cannot read, and stores only its hash', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/sign-in' });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1] ?? '';
    const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const signIn = await context.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: csrf,
        email: coordinator.email,
        password: coordinator.password,
      }).toString(),
    });
    const session = signIn.cookies.find((c) => c.name === 'kindred_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    const stored = await context.ownerDb.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('token_hash', '=', session?.value ?? '')
      .executeTakeFirst();
    expect(stored).toBeUndefined();
  });

  it('gives the same message for an unknown email, a wrong password and a disabled account', async () => {
    const disabled = await createUser(context.ownerDb.db, council, ['iro'], { active: false });
    const agent = new TestAgent(context.app);
    const attempts = [
      { email: coordinator.email, password: 'not the password' },
      { email: 'nobody@test.kindred.example', password: 'not the password' },
      { email: disabled.email, password: disabled.password },
    ];
    for (const attempt of attempts) {
      const response = await agent.post('/sign-in', attempt);
      expect(response.statusCode).toBe(401);
      expect(response.body).toContain('Enter a correct email address and password');
      expect(response.body).toContain(`value="${attempt.email}"`);
      expect(response.body).not.toContain(attempt.password);
      expect(agent.hasCookie('kindred_session')).toBe(false);
    }
    expect(await auditActions(disabled.id)).toContain('session.sign-in-refused');
  });

  it('shows what is missing when the form is empty, and keeps nothing', async () => {
    const agent = new TestAgent(context.app);
    const response = await agent.post('/sign-in', { email: '', password: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain('href="#email"');
    expect(response.body).toContain('Enter your password');
  });

  it('counts failures against a hash of the address, and forgets them after a success', async () => {
    const person = await createUser(context.ownerDb.db, council, ['social_worker']);
    const agent = new TestAgent(context.app);
    await agent.post('/sign-in', { email: person.email, password: 'wrong one' });
    await agent.post('/sign-in', { email: person.email, password: 'wrong two' });
    const failures = () =>
      context.ownerDb.db
        .selectFrom('sign_in_failures')
        .select('failures')
        .where('account_key', '=', accountKey(person.email))
        .executeTakeFirst();
    expect((await failures())?.failures).toBe(2);
    const rows = await sql<{
      n: number;
    }>`select count(*)::int as n from sign_in_failures where account_key = ${person.email}`.execute(
      context.ownerDb.db,
    );
    expect(rows.rows[0]?.n).toBe(0);
    await agent.signIn(person.email, person.password);
    expect(await failures()).toBeUndefined();
  });

  it('returns a person to the page they asked for, but never to another site', async () => {
    const agent = new TestAgent(context.app);
    const asked = await agent.get('/account/password');
    expect(asked.statusCode).toBe(303);
    expect(asked.headers.location).toBe('/sign-in?returnTo=%2Faccount%2Fpassword');
    await agent.get('/sign-in?returnTo=%2Faccount%2Fpassword');
    const back = await agent.post('/sign-in', {
      email: coordinator.email,
      password: coordinator.password,
      returnTo: '/account/password',
    });
    expect(back.headers.location).toBe('/account/password');
    const other = new TestAgent(context.app);
    const away = await other.post('/sign-in', {
      email: coordinator.email,
      password: coordinator.password,
      returnTo: '//evil.example/',
    });
    expect(away.headers.location).toBe('/');
  });

  it('asks for the organisation code when one address and password open two councils', async () => {
    const other = await createOrganisation(context.ownerDb.db, 'Southshire Council');
    const email = 'shared.person@test.kindred.example';
    await createUser(context.ownerDb.db, council, ['coordinator'], { email });
    await createUser(context.ownerDb.db, other, ['iro'], { email, displayName: 'In Southshire' });
    const agent = new TestAgent(context.app);
    const ambiguous = await agent.post('/sign-in', { email, password: coordinator.password });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.body).toContain('enter your organisation code');
    const chosen = await agent.post('/sign-in', {
      email,
      password: coordinator.password,
      organisation: other.code.toLowerCase(),
    });
    expect(chosen.statusCode).toBe(303);
    expect((await agent.get('/')).body).toContain('Hello, In Southshire');
  });
});

describe('rate limiting', () => {
  it('refuses sign-in attempts beyond the limit with 429', async () => {
    const limited = await createTestContext({ SIGN_IN_RATE_LIMIT: '3' });
    try {
      const agent = new TestAgent(limited.app);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        statuses.push(
          (await agent.post('/sign-in', { email: 'x@example.org', password: 'nope' })).statusCode,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  it('ends the session on sign-out, and the old cookie no longer works', async () => {
    const agent = new TestAgent(context.app);
    await agent.signIn(coordinator.email, coordinator.password);
    const out = await agent.post('/sign-out');
    expect(out.headers.location).toBe('/signed-out');
    expect((await agent.get('/signed-out')).body).toContain('You have signed out');
    expect((await agent.get('/')).headers.location).toBe('/sign-in?returnTo=%2F');
  });

  it('ends a session left idle for 30 minutes', async () => {
    const agent = new TestAgent(context.app);
    const person = await createUser(context.ownerDb.db, council, ['iro']);
    await agent.signIn(person.email, person.password);
    await context.ownerDb.db
      .updateTable('sessions')
      .set({ last_seen_at: sql`now() - interval '31 minutes'` })
      .where('user_id', '=', person.id)
      .execute();
    expect((await agent.get('/')).headers.location).toBe('/sign-in?returnTo=%2F');
  });

  it('ends a session 12 hours after sign-in however busy it is', async () => {
    const agent = new TestAgent(context.app);
    const person = await createUser(context.ownerDb.db, council, ['iro']);
    await agent.signIn(person.email, person.password);
    await context.ownerDb.db
      .updateTable('sessions')
      .set({ absolute_expires_at: sql`now() - interval '1 second'` })
      .where('user_id', '=', person.id)
      .execute();
    expect((await agent.get('/')).headers.location).toBe('/sign-in?returnTo=%2F');
  });

  it('ends a session at once when the account is disabled', async () => {
    const agent = new TestAgent(context.app);
    const person = await createUser(context.ownerDb.db, council, ['iro']);
    await agent.signIn(person.email, person.password);
    await context.ownerDb.db
      .updateTable('users')
      .set({ active: false })
      .where('id', '=', person.id)
      .execute();
    expect((await agent.get('/')).headers.location).toBe('/sign-in?returnTo=%2F');
  });
});

describe('changing your own password', () => {
  it('needs the current password, checks the new one, and signs out other sessions', async () => {
    const person = await createUser(context.ownerDb.db, council, ['practice_manager']);
    const here = new TestAgent(context.app);
    const elsewhere = new TestAgent(context.app);
    await here.signIn(person.email, person.password);
    await elsewhere.signIn(person.email, person.password);

    const short = await here.post('/account/password', {
      currentPassword: person.password,
      newPassword: 'short',
      confirmPassword: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('at least 12 characters');

    const wrong = await here.post('/account/password', {
      currentPassword: 'not my password',
      newPassword: 'river kettle lantern',
      confirmPassword: 'river kettle lantern',
    });
    expect(wrong.body).toContain('Your current password is not right');

    const changed = await here.post('/account/password', {
      currentPassword: person.password,
      newPassword: 'river kettle lantern',
      confirmPassword: 'river kettle lantern',
    });
    expect(changed.headers.location).toBe('/account/password?changed=yes');
    expect((await here.get('/')).statusCode).toBe(200);
    expect((await elsewhere.get('/')).headers.location).toBe('/sign-in?returnTo=%2F');
    await new TestAgent(context.app).signIn(person.email, 'river kettle lantern');
    expect(await auditActions(person.id)).toContain('user.password-changed');
  });
});

describe('a temporary password', () => {
  it('must be replaced before the person can do anything else', async () => {
    const person = await createUser(context.ownerDb.db, council, ['coordinator']);
    await context.ownerDb.db
      .updateTable('users')
      .set({ password_must_change: true })
      .where('id', '=', person.id)
      .execute();
    const agent = new TestAgent(context.app);
    await agent.post('/sign-in', { email: person.email, password: person.password });
    expect((await agent.get('/')).headers.location).toBe('/account/password');
    const page = await agent.get('/account/password');
    expect(page.body).toContain('You signed in with a temporary password');
    await agent.post('/account/password', {
      currentPassword: person.password,
      newPassword: 'harbour pencil thistle',
      confirmPassword: 'harbour pencil thistle',
    });
    expect((await agent.get('/')).statusCode).toBe(200);
  });
});
