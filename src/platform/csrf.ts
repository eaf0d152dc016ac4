import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF secret's cookie: `__Host-` in production, like the session's. */
export function csrfCookieName(config: Pick<Config, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-kindred_csrf' : 'kindred_csrf';
}

/**
 * Cookies and CSRF protection. Every state-changing request must carry the form's `_csrf`
 * token; the check runs after the body is parsed (preHandler), as the token is in the body.
 */
export const cookiesAndCsrf = fp(async (app: FastifyInstance, options: { config: Config }) => {
  await app.register(cookie, { secret: options.config.cookieSecret });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: csrfCookieName(options.config),
    cookieOpts: {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      signed: true,
      secure: options.config.secureCookies,
    },
  });
  app.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method) || !request.routeOptions.config.access) return done();
    app.csrfProtection(request, reply, done);
  });
});
