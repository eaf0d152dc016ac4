import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { aboutRoutes } from './about.routes.ts';
import { checkRoutes } from './check.routes.ts';
import { childrenRoutes } from './children.routes.ts';
import { conflictDeclarationRoutes } from './conflict-declarations.routes.ts';
import { conflictDeclarationService } from './conflict-declarations.service.ts';
import { consentRoutes } from './consent.routes.ts';
import { inboxRoutes } from './inbox.routes.ts';
import { matchingRoutes } from './matching.routes.ts';
import { matchingService } from './matching.service.ts';
import { preProceedingsRoutes } from './pre-proceedings.routes.ts';
import { preProceedingsService } from './pre-proceedings.service.ts';
import { referralRoutes } from './referral.routes.ts';
import { referralChildrenService } from './referral-children.service.ts';
import { referralConsentService } from './referral-consent.service.ts';
import { referralsService } from './referrals.service.ts';
import { startRoutes } from './start.routes.ts';
import { triageRoutes } from './triage.routes.ts';
import { triageService } from './triage.service.ts';

/**
 * Stage 1 of the journey: a referral made with consent, the team inbox, accepting or declining,
 * matching a coordinator (which opens the journey) and the FGC pre-proceedings offer.
 */
export async function referralsFeature(app: FastifyInstance, options: { db: Db }) {
  const referrals = referralsService(options.db);
  const triage = triageService(options.db);
  startRoutes(app, referrals);
  referralRoutes(app, referrals);
  childrenRoutes(app, referralChildrenService(options.db));
  aboutRoutes(app, referrals);
  consentRoutes(app, referrals, referralConsentService(options.db));
  preProceedingsRoutes(app, preProceedingsService(options.db));
  checkRoutes(app, referrals);
  inboxRoutes(app, triage);
  triageRoutes(app, triage);
  matchingRoutes(app, matchingService(options.db));
  conflictDeclarationRoutes(app, conflictDeclarationService(options.db));
}
