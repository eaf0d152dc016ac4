import type { Tx } from '../../db/database.ts';
import { canWorkOnCase, networkView } from '../../platform/access-policy.ts';
import {
  auditJourney,
  type Caller,
  type Ended,
  type JourneyCase,
  type JourneyCases,
  NOT_FOUND,
  type NotFound,
} from '../journeys/journey-case.service.ts';
import { type ConferenceRow, findConference } from './conferences.repository.ts';

/**
 * What a person sees of a journey's conferences: 'full' (the coordinator, managers, the
 * referrer and the child's social worker) or 'summary' (the IRO: arrangements and readiness,
 * not who is invited or what they said).
 */
export type ConferenceView = 'full' | 'summary';

export interface ConferenceJourney {
  found: JourneyCase;
  view: ConferenceView;
  canWork: boolean;
  caller: Caller;
}

export interface ConferenceCase extends ConferenceJourney {
  conference: ConferenceRow;
}

/** What a page needs: 'summary' lets the IRO read; 'full' does not; 'work' is a change. */
export type Need = 'summary' | 'full' | 'work';

/**
 * Opens a journey's conferences in one transaction, as `JourneyCases` does: another
 * organisation's, or one this person may not see, is not found; every read is audited in the
 * same transaction, and an ended journey is not changed.
 */
export class ConferenceCases {
  constructor(readonly cases: JourneyCases) {}

  journey<T>(
    caller: Caller,
    journeyId: string,
    need: Need,
    page: string,
    work: (tx: Tx, open: ConferenceJourney) => Promise<T>,
  ): Promise<T | NotFound | Ended> {
    return this.cases.run(
      caller,
      journeyId,
      need === 'work' ? 'work' : 'see',
      async (tx, found) => {
        const view = networkView(caller.user, found.parties);
        if (view === 'none' || (need !== 'summary' && view !== 'full')) return NOT_FOUND;
        await auditJourney(tx, caller, journeyId, 'conference.viewed', { page });
        if (need === 'work' && found.journey.status === 'ended') return { outcome: 'ended', found };
        return work(tx, {
          found,
          view,
          canWork: canWorkOnCase(caller.user, found.parties),
          caller,
        });
      },
    );
  }

  conference<T>(
    caller: Caller,
    journeyId: string,
    conferenceId: string,
    need: Need,
    page: string,
    work: (tx: Tx, open: ConferenceCase) => Promise<T>,
  ): Promise<T | NotFound | Ended> {
    return this.cases.run(
      caller,
      journeyId,
      need === 'work' ? 'work' : 'see',
      async (tx, found) => {
        const view = networkView(caller.user, found.parties);
        if (view === 'none' || (need !== 'summary' && view !== 'full')) return NOT_FOUND;
        const conference = await findConference(tx, conferenceId, { lock: need === 'work' });
        if (!conference || conference.journey_id !== found.journey.id) return NOT_FOUND;
        await auditJourney(tx, caller, journeyId, 'conference.viewed', { page, conferenceId });
        if (need === 'work' && found.journey.status === 'ended') return { outcome: 'ended', found };
        const canWork = canWorkOnCase(caller.user, found.parties);
        return work(tx, { found, view, canWork, caller, conference });
      },
    );
  }
}
