import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { alternativeRoutes } from './alternative.routes.ts';
import { conferenceRoutes } from './conference.routes.ts';
import { ConferenceService } from './conference.service.ts';
import { ConferenceCases } from './conference-case.ts';
import { conferenceDayRoutes } from './day/day.routes.ts';
import { ConferenceDayService } from './day/day.service.ts';
import { invitationRoutes } from './invitations.routes.ts';
import { InvitationsService } from './invitations.service.ts';
import { venueRoutes } from './venues.routes.ts';
import { VenuesService } from './venues.service.ts';

/** Planning the conference and the conference itself (issue 8): see README.md, ADRs 0027 and 0029. */
export async function conferencesFeature(app: FastifyInstance, options: { db: Db }) {
  const cases = new ConferenceCases(new JourneyCases(options.db));
  const conferences = new ConferenceService(cases);
  conferenceRoutes(app, conferences);
  alternativeRoutes(app, conferences);
  conferenceDayRoutes(app, new ConferenceDayService(cases));
  invitationRoutes(app, new InvitationsService(cases));
  venueRoutes(app, new VenuesService(options.db));
}
