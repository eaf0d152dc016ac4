import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

/**
 * A tiny browser for `app.inject()`: keeps cookies between requests and fills in the CSRF
 * token from the last page it saw, as a person's browser would.
 */
export class TestAgent {
  private cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url });
  }

  /** Posts a form; fetches a page first if no CSRF token has been seen yet. */
  async post(
    url: string,
    form: Record<string, string | string[]> = {},
  ): Promise<LightMyRequestResponse> {
    if (!this.csrfToken) await this.get('/sign-in');
    const body = new URLSearchParams();
    body.append('_csrf', this.csrfToken ?? '');
    for (const [key, value] of Object.entries(form)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
    }
    return this.request({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/sign-in');
    const response = await this.post('/sign-in', { email, password });
    if (response.statusCode !== 303) {
      throw new Error(`Sign-in as ${email} failed with ${response.statusCode}`);
    }
    // Follow where sign-in sends them, as a browser would: the CSRF secret is new after sign-in,
    // so the next form's token comes from the page they land on.
    let next = await this.get(String(response.headers.location ?? '/'));
    for (let hop = 0; hop < 3 && next.statusCode === 303 && next.headers.location; hop += 1) {
      next = await this.get(String(next.headers.location));
    }
    return response;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const cookieHeader = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      ...options,
      headers: { ...(options.headers ?? {}), ...(cookieHeader ? { cookie: cookieHeader } : {}) },
    });
    for (const cookie of response.cookies) {
      const expired =
        cookie.value === '' ||
        (cookie.expires instanceof Date && cookie.expires.getTime() < Date.now());
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrfToken = token;
    return response;
  }
}
