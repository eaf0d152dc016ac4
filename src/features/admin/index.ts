import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { teamsRoutes } from './teams.routes.ts';
import { TeamsService } from './teams.service.ts';
import { usersRoutes } from './users.routes.ts';
import { UsersService } from './users.service.ts';

/**
 * Administration: the people who use Kindred in the administrator's own organisation, and
 * their teams. Nothing here reads or shows a child's record.
 */
export async function adminFeature(app: FastifyInstance, options: { db: Db }) {
  app.get('/', { config: { access: 'users:manage' } }, async (_request, reply) =>
    reply.redirect('/admin/users', 303),
  );
  usersRoutes(app, new UsersService(options.db));
  teamsRoutes(app, new TeamsService(options.db));
}
