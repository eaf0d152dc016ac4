import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/test-app.ts';
import { EXPECTED } from './access-expectations.ts';

/**
 * The access matrix (access-matrix.test.ts) walks the routes that access-expectations.ts has a
 * row for: every registered route must have one, written by hand.
 */
let context: TestContext;

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

describe('the access matrix', () => {
  it('has a hand-written expectation for every route', () => {
    const routes = context.app.registeredRoutes;
    expect(routes.length).toBeGreaterThan(10);
    const missing = routes
      .map((route) => `${route.method} ${route.url}`)
      .filter((key) => !(key in EXPECTED))
      .map((key) => `${key}: add it to tests/integration/access-expectations.ts`);
    expect(missing).toEqual([]);
  });
});
