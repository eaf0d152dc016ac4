import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { socialConnectionRoutes } from './social-connections.routes.ts';
import { SocialConnectionsService } from './social-connections.service.ts';

/** The social connections tool (ecomap) for each young person, with its snapshots. */
export async function socialConnectionsFeature(app: FastifyInstance, options: { db: Db }) {
  socialConnectionRoutes(app, new SocialConnectionsService(new JourneyCases(options.db)));
}
