import type { FastifyInstance } from 'fastify';
import { homeSectionsFor } from './home.view-model.ts';

export async function homeFeature(app: FastifyInstance) {
  app.get('/', { config: { access: 'public' } }, async (request, reply) => {
    if (!request.user) return reply.redirect('/sign-in', 303);
    return reply.viewAsync('features/home/views/home.njk', {
      title: 'Home',
      sections: homeSectionsFor(request.user.roles),
    });
  });
}
