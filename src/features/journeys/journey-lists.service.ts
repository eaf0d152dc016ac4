import { type Db, inOrganisation } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { caseVisibility } from '../../platform/access-policy.ts';
import { auditListView } from '../../platform/list-audit.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { coordinators, LIST_LIMIT, listJourneys } from './journey-lists.repository.ts';
import type { JourneyFilter } from './journey-lists.schemas.ts';

/** The journeys a person can see: their own, or the whole team's for managers. */
export class JourneyListsService {
  constructor(private readonly db: Db) {}

  list(user: SignedInUser, filter: JourneyFilter, requestId: string) {
    const visibility = caseVisibility(user);
    return inOrganisation(
      this.db,
      { organisationId: user.organisationId, userId: user.id },
      async (tx) => {
        const rows = await listJourneys(tx, visibility, filter);
        await auditListView(tx, { ...user, requestId }, 'journeys', filter, rows.length);
        return {
          rows: rows.slice(0, LIST_LIMIT),
          more: rows.length > LIST_LIMIT,
          teamView: visibility.everything,
          coordinators: visibility.everything ? await coordinators(tx) : [],
          today: todayInLondon(),
        };
      },
    );
  }
}
