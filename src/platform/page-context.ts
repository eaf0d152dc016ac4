import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { navigationFor } from './navigation.ts';

declare module 'fastify' {
  interface FastifyReply {
    /** Values every template sees (set by @fastify/view's own decorator). */
    locals: Record<string, unknown>;
  }
}

/**
 * What every page needs: the signed-in user, the service navigation, the CSP nonce for
 * govuk-frontend's inline script and a CSRF token for forms.
 */
export const pageContext = fp(async (app: FastifyInstance) => {
  app.addHook('preHandler', async (request, reply) => {
    if (request.url.startsWith('/assets/') || request.url.startsWith('/health/')) return;
    reply.locals = {
      ...reply.locals,
      user: request.user,
      navigation: navigationFor(request.user, request.url),
      cspNonce: reply.cspNonce?.script,
      csrfToken: reply.generateCsrf(),
      currentPath: request.url,
    };
  });
});
