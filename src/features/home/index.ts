import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { HomeService } from './home.service.ts';
import { homeSectionsFor, waitingConcernItems } from './home.view-model.ts';

export async function homeFeature(app: FastifyInstance, options: { db: Db }) {
  const home = new HomeService(options.db);
  app.get('/', { config: { access: 'signed-in' } }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.redirect('/sign-in', 303);
    const figures = await home.figuresFor(user, request.id);
    return reply.viewAsync('features/home/views/home.njk', {
      title: 'Home',
      sections: homeSectionsFor(user.roles, figures),
      safetyConcerns: waitingConcernItems(user, figures),
    });
  });
}
