import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { pathwayPlanRoutes } from './pathway-plan.routes.ts';
import { PathwayPlanService } from './pathway-plan.service.ts';
import { supervisionRoutes } from './supervision.routes.ts';
import { SupervisionService } from './supervision.service.ts';
import { turningFifteenRoutes } from './turning-fifteen.routes.ts';
import { TurningFifteenService } from './turning-fifteen.service.ts';
import './turning-fifteen.job.ts';

/**
 * Oversight of the council's promise that every looked-after young person hears about Lifelong
 * Links at 15: the monthly turning-15 list, supervision decisions, who has no IRO or social
 * worker, and the pathway plan's answer.
 */
export async function oversightFeature(app: FastifyInstance, options: { db: Db }) {
  turningFifteenRoutes(app, new TurningFifteenService(options.db));
  supervisionRoutes(app, new SupervisionService(options.db));
  pathwayPlanRoutes(app, new PathwayPlanService(options.db));
}
