import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Helmet's headers with a strict content security policy: scripts only from us and with the
 * page's nonce. Pages that may show a child's record are never stored by the browser.
 */
export const securityHeaders = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    // Our own pages learn which page a form was sent from (to put its answers back after a
    // session ends: unsaved-answers.ts); no other site ever learns a Kindred address.
    referrerPolicy: { policy: 'same-origin' },
  });

  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/assets/')) {
      reply.header('Cache-Control', 'no-store');
    }
  });
});
