import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { serviceStatusRoutes } from './service-status.routes.ts';
import { ServiceStatusService } from './service-status.service.ts';
import { teamsRoutes } from './teams.routes.ts';
import { TeamsService } from './teams.service.ts';
import { usersRoutes } from './users.routes.ts';
import { UsersService } from './users.service.ts';

/**
 * Administration: the people who use Kindred in the administrator's own organisation, their
 * teams, and how the service runs (email and the jobs log). Nothing here reads or shows a child's record.
 */
export async function adminFeature(app: FastifyInstance, options: { db: Db; config: Config }) {
  app.get('/', { config: { access: 'users:manage' } }, async (_request, reply) =>
    reply.redirect('/admin/users', 303),
  );
  usersRoutes(app, new UsersService(options.db));
  teamsRoutes(app, new TeamsService(options.db));
  serviceStatusRoutes(app, new ServiceStatusService(options.db, () => options.config.email));
}
