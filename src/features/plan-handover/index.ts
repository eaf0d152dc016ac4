import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { carePlanRoutes } from './care-plan.routes.ts';
import { CarePlanService } from './care-plan.service.ts';
import { distributionRoutes } from './distribution.routes.ts';
import { DistributionService } from './distribution.service.ts';
import { HandoverCases } from './handover-case.ts';
import { reviewRoutes } from './review.routes.ts';
import { ReviewService } from './review.service.ts';
import { summaryRoutes } from './summary.routes.ts';
import { SummaryService } from './summary.service.ts';

/** The plan sent out and handed over (issue 8, stages 6–7): see README.md and ADR 0031. */
export async function planHandoverFeature(app: FastifyInstance, options: { db: Db }) {
  const cases = new HandoverCases(new JourneyCases(options.db));
  summaryRoutes(app, new SummaryService(cases));
  distributionRoutes(app, new DistributionService(cases));
  reviewRoutes(app, new ReviewService(cases));
  carePlanRoutes(app, new CarePlanService(cases));
}
