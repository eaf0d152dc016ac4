import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { outcomeRoutes } from './outcomes.routes.ts';
import { OutcomesService } from './outcomes.service.ts';

/** The outcomes of a Family Group Conference journey (issue 8): see README.md and ADR 0029. */
export async function fgcOutcomesFeature(app: FastifyInstance, options: { db: Db }) {
  outcomeRoutes(app, new OutcomesService(new JourneyCases(options.db)));
}
