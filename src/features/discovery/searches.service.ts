import { type Db, inOrganisation } from '../../db/database.ts';
import { canReadNetworkSensitive } from '../../platform/access-policy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { type PageRequest, pageFrom } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { auditJourney, type Caller, type JourneyCases } from '../journeys/journey-case.service.ts';
import { notYetDiscovery, readNetworkWork } from './network-access.ts';
import { insertSearch, searchesOf, searchLogPage } from './searches.repository.ts';
import type { SearchForm } from './searches.schemas.ts';

export const SEARCH_LOG_PAGE_SIZE = 25;

/**
 * The online search log. What was searched for and what was found are sensitive: only the
 * coordinator and the team managers read them; the referrer sees that a search was done, where,
 * by whom, on what lawful basis and whether it is safe to share.
 */
export class SearchesService {
  constructor(
    private readonly cases: JourneyCases,
    private readonly db: Db,
  ) {}

  journeyLog(caller: Caller, journeyId: string) {
    return readNetworkWork(this.cases, caller, journeyId, async (tx, found) => {
      const sensitive = canReadNetworkSensitive(caller.user, found.parties);
      const rows = await searchesOf(tx, found.journey.id);
      await auditJourney(tx, caller, found.journey.id, 'online-searches.viewed', {
        results: rows.length,
        sensitive,
      });
      return {
        outcome: 'found' as const,
        found,
        rows: rows.map((row) => (sensitive ? row : { ...row, terms: null, result: null })),
        sensitive,
      };
    });
  }

  page(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'new-online-search', async (_tx, found) => ({
      outcome: 'found' as const,
      found,
      blockedReason: notYetDiscovery(found),
    }));
  }

  add(caller: Caller, journeyId: string, form: SearchForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const blocked = notYetDiscovery(found);
      if (blocked) return { outcome: 'refused', reason: blocked };
      const { id } = await insertSearch(
        tx,
        {
          organisationId: caller.user.organisationId,
          journeyId: found.journey.id,
          searchedBy: caller.user.id,
        },
        form,
      );
      await auditJourney(tx, caller, found.journey.id, 'online-search.logged', {
        onlineSearchId: id,
        source: form.source,
        safeToShare: form.safeToShare,
      });
      return { outcome: 'done' };
    });
  }

  /** Every search of the organisation, for the team manager; the view is audited. */
  teamLog(
    user: SignedInUser,
    requestId: string,
    filter: { q?: string | undefined; source?: SearchForm['source'] | undefined },
    request: PageRequest,
  ) {
    return inOrganisation(
      this.db,
      { organisationId: user.organisationId, userId: user.id },
      async (tx) => {
        const fetched = await searchLogPage(tx, user.organisationId, filter, request);
        const page = pageFrom(fetched, request);
        await recordAudit(tx, {
          organisationId: user.organisationId,
          actorUserId: user.id,
          action: 'online-searches.listed',
          subjectType: 'list',
          requestId,
          detail: {
            query: Object.fromEntries(Object.entries(filter).filter(([, value]) => value)),
            results: page.rows.length,
          },
        });
        return page;
      },
    );
  }
}
