import type { FastifyInstance } from 'fastify';
import { homeSectionsFor } from './home.view-model.ts';

export async function homeFeature(app: FastifyInstance) {
  app.get('/', { config: { access: 'signed-in' } }, async (request, reply) =>
    reply.viewAsync('features/home/views/home.njk', {
      title: 'Home',
      sections: homeSectionsFor(request.user?.roles ?? []),
    }),
  );
}
