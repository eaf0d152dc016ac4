import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeReturnTo } from '../../src/features/auth/auth.schemas.ts';
import { TestAgent } from '../support/agent.ts';
import { createOrganisation, createUser, type TestUser } from '../support/factories.ts';
import { createTestContext, type TestContext } from '../support/test-app.ts';

/** The inputs that once gave 500: each is now a 4xx with a page, and nothing is written. */
let context: TestContext;
let manager: TestUser;
let socialWorker: TestUser;

async function childrenCount(): Promise<number> {
  const row = await context.ownerDb.db
    .selectFrom('children')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', manager.organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  context = await createTestContext();
  const organisation = await createOrganisation(context.ownerDb.db);
  manager = await createUser(context.ownerDb.db, organisation, ['team_manager']);
  socialWorker = await createUser(context.ownerDb.db, organisation, ['social_worker']);
});
afterAll(() => context.close());

describe('control characters', () => {
  it('refuses a NUL in a search with a 400 page', async () => {
    const agent = new TestAgent(context.app);
    await agent.signIn(manager.email, manager.password);
    for (const query of ['q=%00', 'q=abc%00', 'q=%0B', 'q=%7F']) {
      const response = await agent.get(`/children?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.body).toContain('There is a problem with what was sent');
    }
  });

  it('refuses a NUL in any form field and writes nothing, but keeps line breaks in long text', async () => {
    const agent = new TestAgent(context.app);
    await agent.signIn(socialWorker.email, socialWorker.password);
    const before = await childrenCount();
    const response = await agent.post('/children/new/details', {
      firstName: 'Abc\u0000',
      lastName: 'Rivers',
      'dateOfBirth-day': '2',
      'dateOfBirth-month': '4',
      'dateOfBirth-year': '2010',
    });
    expect(response.statusCode).toBe(400);
    expect(await childrenCount()).toBe(before);
    const signIn = await agent.post('/sign-in', { email: 'a\u0000@example.org', password: 'x' });
    expect(signIn.statusCode).toBe(400);
    // Tab and line breaks are what a textarea sends: they reach the form's own checks.
    const withBreaks = new TestAgent(context.app);
    const typed = await withBreaks.post('/sign-in', {
      email: 'someone@example.org',
      password: 'two\r\nlines\tand a tab',
    });
    expect(typed.statusCode).toBe(401);
  });
});

describe('bodies our forms never send', () => {
  it.each([
    ['a JSON array', 'application/json', '["kind", "fgc"]'],
    ['a JSON string', 'application/json', '"kind=fgc"'],
    ['plain text', 'text/plain', 'kind=fgc'],
    ['multipart, to a route that takes no files', 'multipart/form-data; boundary=x', '--x--\r\n'],
  ])('answers %s with 415', async (_label, type, payload) => {
    const agent = new TestAgent(context.app);
    await agent.signIn(socialWorker.email, socialWorker.password);
    for (const url of ['/referrals/new', '/referrals/new/referrer', '/sign-in']) {
      const response = await agent.request({
        method: 'POST',
        url,
        headers: { 'content-type': type },
        payload,
      });
      expect(response.statusCode, url).toBe(415);
      expect(response.body).toContain('There is a problem with what was sent');
    }
  });
});

describe('where sign-in returns a person', () => {
  it('shows the sign-in page when returnTo is given twice', async () => {
    const response = await context.app.inject({
      method: 'GET',
      url: '/sign-in?returnTo=a&returnTo=b',
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('name="returnTo" value="/"');
  });

  it('refuses a returnTo with a line break or vertical tab in the address', async () => {
    for (const character of ['%0D', '%0A', '%0B', '%09']) {
      const response = await context.app.inject({
        method: 'GET',
        url: `/sign-in?returnTo=%2F${character}%2Fevil.example`,
      });
      expect(response.statusCode, character).toBe(400);
    }
  });

  it('sends a person home after sign-in when returnTo would leave Kindred', async () => {
    for (const returnTo of [
      '/\t/evil.example',
      '/\r\n/evil.example',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/ /evil.example',
    ]) {
      const agent = new TestAgent(context.app);
      await agent.get('/sign-in');
      const response = await agent.post('/sign-in', {
        email: manager.email,
        password: manager.password,
        returnTo,
      });
      expect(response.statusCode, JSON.stringify(returnTo)).toBe(303);
      expect(response.headers.location, JSON.stringify(returnTo)).toBe('/');
    }
  });

  it('keeps a Kindred path, with its query, and nothing else', () => {
    expect(safeReturnTo('/children?q=Rivers')).toBe('/children?q=Rivers');
    expect(safeReturnTo('/journeys/abc#timeline')).toBe('/journeys/abc');
    expect(safeReturnTo('/%09/evil.example')).toBe('/%09/evil.example');
    expect(safeReturnTo('/a/../..//evil.example')).toBe('/');
    expect(safeReturnTo(['/a', '/b'])).toBe('/');
  });
});
