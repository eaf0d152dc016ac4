import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { genogramRoutes } from './genogram.routes.ts';
import { GenogramService } from './genogram.service.ts';

/** The young person's genogram: drawn from the records, built through forms, downloaded. */
export async function genogramFeature(app: FastifyInstance, options: { db: Db }) {
  genogramRoutes(app, new GenogramService(new JourneyCases(options.db)));
}
