import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { chronologyRoutes } from './chronology.routes.ts';
import { ChronologyService } from './chronology.service.ts';
import { discoveryRoutes } from './discovery.routes.ts';
import { mobilityRoutes } from './mobility.routes.ts';
import { MobilityService } from './mobility.service.ts';
import { searchRoutes } from './searches.routes.ts';
import { SearchesService } from './searches.service.ts';
import { sessionRoutes } from './sessions.routes.ts';
import { SessionsService } from './sessions.service.ts';
import { timelineRoutes } from './timeline.routes.ts';
import { TimelineService } from './timeline.service.ts';
import { ToolsService } from './tools.service.ts';

/**
 * Stage 3, Discovery: the six tools of a journey, the sessions with the young person, the
 * online search log (with the team manager's view of every search), the chronology and the
 * young person's own timeline, and the mobility map.
 */
export async function discoveryFeature(app: FastifyInstance, options: { db: Db }) {
  const cases = new JourneyCases(options.db);
  discoveryRoutes(app, new ToolsService(cases));
  sessionRoutes(app, new SessionsService(cases));
  searchRoutes(app, new SearchesService(cases, options.db));
  chronologyRoutes(app, new ChronologyService(cases));
  timelineRoutes(app, new TimelineService(cases));
  mobilityRoutes(app, new MobilityService(cases));
}
