import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { boardRoutes } from './board/board.routes.ts';
import { BoardService } from './board/board.service.ts';
import { contactRoutes } from './contact/contact.routes.ts';
import { ContactService } from './contact/contact.service.ts';
import { duplicateRoutes } from './duplicates/duplicates.routes.ts';
import { MergeService } from './duplicates/merge.service.ts';
import { NetworkCases } from './network-case.ts';
import { peopleRoutes } from './people/people.routes.ts';
import { PeopleService } from './people/people.service.ts';
import { pipelineRoutes } from './pipeline/pipeline.routes.ts';
import { PipelineService } from './pipeline/pipeline.service.ts';
import { safetyRoutes } from './safety/safety.routes.ts';
import { SafetyService } from './safety/safety.service.ts';

/** The young person's network (issue 10, stages 3–4): see README.md and ADR 0022. */
export async function networkFeature(app: FastifyInstance, options: { db: Db }) {
  const networks = new NetworkCases(new JourneyCases(options.db));
  boardRoutes(app, new BoardService(networks));
  peopleRoutes(app, new PeopleService(networks));
  pipelineRoutes(app, new PipelineService(networks));
  safetyRoutes(app, new SafetyService(networks));
  contactRoutes(app, new ContactService(networks));
  duplicateRoutes(app, new MergeService(networks));
}
