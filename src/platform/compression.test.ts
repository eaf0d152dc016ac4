import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../tests/support/agent.ts';
import { createOrganisation, createUser, type TestUser } from '../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../tests/support/test-app.ts';

let context: TestContext;
let person: TestUser;

beforeAll(async () => {
  context = await createTestContext();
  const organisation = await createOrganisation(context.ownerDb.db);
  person = await createUser(context.ownerDb.db, organisation, ['team_manager']);
});
afterAll(() => context.close());

/** The page without the two values that are new on every request: the nonce and CSRF token. */
function withoutPerRequestValues(html: string): string {
  return html
    .replace(/nonce-[^']+'|nonce="[^"]+"/g, 'NONCE')
    .replace(/name="_csrf" value="[^"]+"/g, 'CSRF');
}

async function signedInAgent(): Promise<TestAgent> {
  const agent = new TestAgent(context.app);
  await agent.signIn(person.email, person.password);
  return agent;
}

function decoded(response: LightMyRequestResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.rawPayload).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.rawPayload).toString('utf8');
  return response.body;
}

describe('compressed pages', () => {
  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])(
    'sends the home page with Accept-Encoding "%s" as %s, and it decodes to the same page',
    async (accepted, expected) => {
      const agent = await signedInAgent();
      const plain = await agent.get('/');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toContain('<html');

      const compressed = await agent.request({
        method: 'GET',
        url: '/',
        headers: { 'accept-encoding': accepted },
      });
      expect(compressed.statusCode).toBe(200);
      expect(compressed.headers['content-encoding']).toBe(expected);
      expect(compressed.headers.vary).toMatch(/accept-encoding/i);
      expect(compressed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(withoutPerRequestValues(decoded(compressed))).toBe(
        withoutPerRequestValues(plain.body),
      );
    },
  );

  it('sends the page plain when the browser accepts no compression we offer', async () => {
    const agent = await signedInAgent();
    for (const accepted of ['identity', 'deflate', '']) {
      const response = await agent.request({
        method: 'GET',
        url: '/',
        headers: { 'accept-encoding': accepted },
      });
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body).toContain('<html');
    }
  });

  it('does not compress a tiny reply', async () => {
    const response = await context.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toEqual({ status: 'ok' });
  });
});
