import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { genogramRoutes } from './genogram.routes.ts';
import { GenogramService } from './genogram.service.ts';
import { relationshipChangeRoutes } from './relationship-changes.routes.ts';
import { RelationshipChanges } from './relationship-changes.service.ts';

/** The young person's genogram: drawn from the records, built through forms, downloaded. */
export async function genogramFeature(app: FastifyInstance, options: { db: Db }) {
  const cases = new JourneyCases(options.db);
  genogramRoutes(app, new GenogramService(cases));
  relationshipChangeRoutes(app, new RelationshipChanges(cases));
}
