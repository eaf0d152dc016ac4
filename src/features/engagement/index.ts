import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { engagementRoutes } from './engagement.routes.ts';
import { safetyConcernRoutes } from './safety-concerns.routes.ts';
import { SafetyConcernsService } from './safety-concerns.service.ts';
import { SharesService } from './shares.service.ts';

/**
 * Stage 4, Engagement: information shared with the network (checked against the child's
 * consent first) and safety concerns sent to the child's social worker.
 */
export async function engagementFeature(app: FastifyInstance, options: { db: Db }) {
  const cases = new JourneyCases(options.db);
  engagementRoutes(app, new SharesService(cases));
  safetyConcernRoutes(app, new SafetyConcernsService(cases, options.db));
}
