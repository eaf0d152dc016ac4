import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { ConferenceCases } from '../conferences/conference-case.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { decisionRoutes } from './decision.routes.ts';
import { DecisionService } from './decision.service.ts';
import { documentRoutes } from './document.routes.ts';
import { DocumentService } from './document.service.ts';
import { partsRoutes } from './parts.routes.ts';
import { planRoutes } from './plan.routes.ts';
import { PlanService } from './plan.service.ts';
import { PlanCases } from './plan-case.ts';

/** The plan a conference (or an alternative way of deciding) made: see README.md and ADR 0030. */
export async function plansFeature(app: FastifyInstance, options: { db: Db }) {
  const cases = new PlanCases(new ConferenceCases(new JourneyCases(options.db)));
  const plans = new PlanService(cases);
  planRoutes(app, plans);
  partsRoutes(app, plans);
  decisionRoutes(app, new DecisionService(cases));
  documentRoutes(app, new DocumentService(cases));
}
