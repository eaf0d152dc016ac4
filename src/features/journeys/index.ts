import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { caseNoteRoutes } from './case-notes.routes.ts';
import { CaseNotesService } from './case-notes.service.ts';
import { casePageRoutes } from './case-page.routes.ts';
import { CasePageService } from './case-page.service.ts';
import { consentRoutes } from './consent.routes.ts';
import { ConsentChangesService } from './consent-changes.service.ts';
import { JourneyCases } from './journey-case.service.ts';
import { JourneyChangesService } from './journey-changes.service.ts';
import { journeyListRoutes } from './journey-lists.routes.ts';
import { JourneyListsService } from './journey-lists.service.ts';
import { planningMeetingRoutes } from './planning-meeting.routes.ts';
import { PlanningMeetingService } from './planning-meeting.service.ts';
import { stageMoveRoutes } from './stage-moves.routes.ts';
import { statusChangeRoutes } from './status-changes.routes.ts';

/**
 * The journey of an accepted referral: its case page and history, moving it through the
 * stages, pausing and ending it, consent, case notes, the planning meeting and the lists.
 */
export async function journeysFeature(app: FastifyInstance, options: { db: Db }) {
  const cases = new JourneyCases(options.db);
  journeyListRoutes(app, new JourneyListsService(options.db));
  casePageRoutes(app, new CasePageService(cases));
  const changes = new JourneyChangesService(cases);
  stageMoveRoutes(app, changes);
  statusChangeRoutes(app, changes);
  consentRoutes(app, new ConsentChangesService(cases));
  caseNoteRoutes(app, new CaseNotesService(cases));
  planningMeetingRoutes(app, new PlanningMeetingService(cases));
}
