import { type Db, inOrganisation } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { caseVisibility } from '../../platform/access-policy.ts';
import { auditListView } from '../../platform/list-audit.ts';
import { type PageRequest, pageFrom } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import {
  coordinators,
  countJourneysCapped,
  isJourneyKey,
  type JourneyListQuery,
  journeysPage,
} from './journey-lists.repository.ts';
import type { JourneyFilter } from './journey-lists.schemas.ts';

/** Journeys on a page of the list. */
export const JOURNEYS_PAGE_SIZE = 50;

/** The journeys a person can see: their own, or the whole team's for managers. */
export class JourneyListsService {
  constructor(private readonly db: Db) {}

  /** A page of the list, how many match (capped), and the team view's coordinators. */
  list(user: SignedInUser, filter: JourneyFilter, page: PageRequest, requestId: string) {
    return this.read(user, filter, page, requestId, true);
  }

  /** The home page: the first few open journeys, most urgent first, and how many are open. */
  open(user: SignedInUser, shown: number, requestId: string) {
    return this.read(
      user,
      { openOnly: true },
      { direction: 'after', key: null, size: shown },
      requestId,
      false,
    );
  }

  private read(
    user: SignedInUser,
    filter: JourneyListQuery,
    request: PageRequest,
    requestId: string,
    withCoordinators: boolean,
  ) {
    const visibility = caseVisibility(user);
    const page = request.key && !isJourneyKey(request.key) ? { ...request, key: null } : request;
    const { organisationId } = user;
    return inOrganisation(this.db, { organisationId, userId: user.id }, async (tx) => {
      const fetched = await journeysPage(tx, organisationId, visibility, filter, page);
      const matching = await countJourneysCapped(tx, organisationId, visibility, filter);
      await auditListView(
        tx,
        { ...user, requestId },
        'journeys',
        { ...filter, page: page.key ? page.direction : undefined },
        matching,
      );
      return {
        page: pageFrom(fetched, page),
        matching,
        teamView: visibility.everything,
        coordinators: withCoordinators && visibility.everything ? await coordinators(tx) : [],
        today: todayInLondon(),
      };
    });
  }
}
