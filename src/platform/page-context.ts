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
 * govuk-frontend's inline script, a CSRF token for forms, and when the session will end.
 */
export const pageContext = fp(async (app: FastifyInstance, options: { idleMinutes: number }) => {
  app.addHook('preHandler', async (request, reply) => {
    if (request.url.startsWith('/assets/') || request.url.startsWith('/health/')) return;
    reply.locals = {
      ...reply.locals,
      user: request.user,
      navigation: navigationFor(request.user, request.url),
      cspNonce: reply.cspNonce?.script,
      csrfToken: reply.generateCsrf(),
      currentPath: request.url,
      // For the warning before the session ends (assets/public/session-timeout.mjs).
      sessionTimeout:
        request.user && request.sessionEndsAt
          ? { idleSeconds: options.idleMinutes * 60, endsAt: request.sessionEndsAt.toISOString() }
          : null,
    };
  });
});
