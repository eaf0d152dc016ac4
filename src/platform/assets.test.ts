import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../tests/support/agent.ts';
import { createOrganisation, createUser, type TestUser } from '../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../tests/support/test-app.ts';

let context: TestContext;
let person: TestUser;

beforeAll(async () => {
  context = await createTestContext();
  const organisation = await createOrganisation(context.ownerDb.db);
  person = await createUser(context.ownerDb.db, organisation, ['coordinator']);
});
afterAll(() => context.close());

const CACHE_FOREVER = 'public, max-age=31536000, immutable';

/** Every /assets/ URL a page, a stylesheet or a script names. */
function assetUrlsIn(text: string): string[] {
  const patterns = [
    /(?:href|src)="(\/assets\/[^"]+)"/g,
    /url\("?(\/assets\/[^")]+)"?\)/g,
    /from '(\/assets\/[^']+)'/g,
  ];
  return [
    ...new Set(patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] ?? ''))),
  ];
}

async function get(url: string, acceptEncoding?: string) {
  return context.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });
}

/** Follows every asset reference from the pages, through stylesheets and scripts. */
async function everyAssetReachedFrom(pages: string[]): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  const queue = pages.flatMap(assetUrlsIn);
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    const response = await get(url);
    seen.set(url, response.statusCode);
    if (/\.(css|m?js)$/.test(url)) queue.push(...assetUrlsIn(response.body));
  }
  return seen;
}

describe('static assets', () => {
  it('serves every asset that a page refers to, directly or through its stylesheet and script', async () => {
    const agent = new TestAgent(context.app);
    const signIn = await agent.get('/sign-in');
    await agent.signIn(person.email, person.password);
    const home = await agent.get('/');
    const reached = await everyAssetReachedFrom([signIn.body, home.body]);

    const urls = [...reached.keys()];
    expect(urls.some((url) => url.endsWith('.css'))).toBe(true);
    expect(urls.some((url) => url.endsWith('.mjs'))).toBe(true);
    expect(urls.some((url) => url.endsWith('.js'))).toBe(true);
    expect(urls.some((url) => url.endsWith('.svg'))).toBe(true);
    expect([...reached].filter(([, status]) => status !== 200)).toEqual([]);

    for (const url of urls) {
      const response = await get(url);
      expect(response.headers['cache-control'], url).toBe(CACHE_FOREVER);
      // The name carries the start of the content's SHA-256: a new file gets a new name.
      const fingerprint = /-([0-9a-f]{16})\.[a-z]+$/.exec(url)?.[1];
      const contentHash = createHash('sha256').update(response.rawPayload).digest('hex');
      expect(contentHash.startsWith(fingerprint ?? 'none'), url).toBe(true);
    }
  });

  it('gives each kind of file its content type', async () => {
    const page = await get('/sign-in');
    const [stylesheet] = assetUrlsIn(page.body).filter((url) => url.endsWith('.css'));
    const [script] = assetUrlsIn(page.body).filter((url) => url.endsWith('.mjs'));
    const [icon] = assetUrlsIn(page.body).filter((url) => url.endsWith('.svg'));
    expect((await get(stylesheet ?? '')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get(script ?? '')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get(icon ?? '')).headers['content-type']).toBe('image/svg+xml');
  });

  it('sends the stylesheet precompressed as the browser accepts, the same CSS once decoded', async () => {
    const page = await get('/sign-in');
    const stylesheet = assetUrlsIn(page.body).find((url) => url.endsWith('.css')) ?? '';
    const plain = await get(stylesheet);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('.govuk-header');
    expect(plain.body).not.toContain('GDS Transport');

    const br = await get(stylesheet, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe(CACHE_FOREVER);
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);

    const gzip = await get(stylesheet, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);

    const refused = await get(stylesheet, 'br;q=0, gzip;q=0');
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('answers 404 for an old or unknown name, and never serves the design system’s templates', async () => {
    for (const url of [
      '/assets/kindred.css',
      '/assets/kindred-0000000000000000.css',
      '/assets/govuk/template.njk',
      '/assets/../package.json',
    ]) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });
});
