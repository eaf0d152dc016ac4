import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answered, call, expectedFor } from '../support/access-matrix-calls.ts';
import { arrangeAccessMatrix, CALLERS, KINDS } from '../support/access-matrix-world.ts';
import type { TestContext } from '../support/test-app.ts';
import { EXPECTED, type RecordKind } from './access-expectations.ts';

/**
 * The role × route × record matrix: every registered route, called as a visitor and as each
 * role, with real records of the caller's own, of other people in their organisation and of
 * another organisation, must answer as access-expectations.ts (written by hand) says. That every
 * route has a row there is checked in access-expectations-coverage.test.ts.
 */
let context: TestContext;

beforeAll(async () => {
  context = await arrangeAccessMatrix();
});
afterAll(() => context.close());

describe('the access matrix', () => {
  it('answers every route, for every caller and record, as the table says', {
    timeout: 600_000,
  }, async () => {
    const wrong: string[] = [];
    for (const route of context.app.registeredRoutes) {
      const row = EXPECTED[`${route.method} ${route.url}`];
      if (!row) continue; // reported by the test above
      const kinds: RecordKind[] = route.url.includes(':') ? KINDS : ['own'];
      for (const caller of CALLERS) {
        for (const kind of kinds) {
          const response = await call(route, caller, kind);
          const expected = expectedFor(row, caller, kind);
          const got = response.statusCode >= 500 ? response.statusCode : answered(response);
          if (got !== expected) {
            wrong.push(
              `${route.method} ${route.url} as ${caller} on ${kind}: expected ${expected}, got ${response.statusCode} ${String(response.headers.location ?? '')}`,
            );
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
