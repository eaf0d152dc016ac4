import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { conferenceRoutes } from './conference.routes.ts';
import { ConferenceService } from './conference.service.ts';
import { ConferenceCases } from './conference-case.ts';
import { invitationRoutes } from './invitations.routes.ts';
import { InvitationsService } from './invitations.service.ts';
import { venueRoutes } from './venues.routes.ts';
import { VenuesService } from './venues.service.ts';

/** Planning the conference (issue 8, stage 5): see README.md and ADR 0027. */
export async function conferencesFeature(app: FastifyInstance, options: { db: Db }) {
  const cases = new ConferenceCases(new JourneyCases(options.db));
  conferenceRoutes(app, new ConferenceService(cases));
  invitationRoutes(app, new InvitationsService(cases));
  venueRoutes(app, new VenuesService(options.db));
}
