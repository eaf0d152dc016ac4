import type { FastifyInstance } from 'fastify';

/** Pages every visitor can read: how Kindred meets accessibility rules and uses information. */
export async function aboutFeature(app: FastifyInstance) {
  app.get('/accessibility', { config: { access: 'public' } }, async (_request, reply) =>
    reply.viewAsync('features/about/views/accessibility.njk', { title: 'Accessibility statement' }),
  );
  app.get('/privacy', { config: { access: 'public' } }, async (_request, reply) =>
    reply.viewAsync('features/about/views/privacy.njk', { title: 'How Kindred uses information' }),
  );
}
