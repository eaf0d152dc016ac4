import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../../tests/support/agent.ts';
import { createOrganisation, createUser, type TestUser } from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';

let context: TestContext;
let coordinator: TestUser;

beforeAll(async () => {
  context = await createTestContext();
  const organisation = await createOrganisation(context.ownerDb.db);
  coordinator = await createUser(context.ownerDb.db, organisation, ['coordinator'], {
    displayName: 'Cara Coordinator',
  });
});
afterAll(() => context.close());

describe('signing in', () => {
  it('takes a person with the right password to their home page', async () => {
    const agent = new TestAgent(context.app);
    await agent.signIn(coordinator.email, coordinator.password);
    const home = await agent.get('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Hello, Cara Coordinator');
    expect(home.body).toContain('Your journeys');
    expect(home.headers['cache-control']).toBe('no-store');
  });

  it('gives the same message for an unknown email and a wrong password', async () => {
    const agent = new TestAgent(context.app);
    await agent.get('/sign-in');
    const wrongPassword = await agent.post('/sign-in', {
      email: coordinator.email,
      password: 'not the password',
    });
    const unknown = await agent.post('/sign-in', {
      email: 'nobody@test.kindred.example',
      password: 'not the password',
    });
    for (const response of [wrongPassword, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.body).toContain('Enter a correct email address and password');
      expect(agent.hasCookie('kindred_session')).toBe(false);
    }
  });
});
