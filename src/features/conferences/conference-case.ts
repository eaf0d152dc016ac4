import type { Tx } from '../../db/database.ts';
import { canWorkOnCase, networkView } from '../../platform/access-policy.ts';
import type {
  Caller,
  Ended,
  JourneyCase,
  JourneyCases,
  NotFound,
} from '../journeys/journey-case.service.ts';
import { openJourneyPart } from '../journeys/journey-part-case.ts';
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

/** Whether this person sees the conferences as the page needs: their view, or null (not found). */
function viewFor(caller: Caller, found: JourneyCase, need: Need): ConferenceView | null {
  const view = networkView(caller.user, found.parties);
  if (view === 'none' || (need !== 'summary' && view !== 'full')) return null;
  return view;
}

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
    return openJourneyPart(
      this.cases,
      caller,
      journeyId,
      {
        access: need === 'work' ? 'work' : 'see',
        changes: need === 'work',
        audit: { action: 'conference.viewed', detail: { page } },
        open: async (_tx, found) => {
          const view = viewFor(caller, found, need);
          if (!view) return null;
          return { found, view, canWork: canWorkOnCase(caller.user, found.parties), caller };
        },
      },
      work,
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
    return openJourneyPart(
      this.cases,
      caller,
      journeyId,
      {
        access: need === 'work' ? 'work' : 'see',
        changes: need === 'work',
        audit: { action: 'conference.viewed', detail: { page, conferenceId } },
        open: async (tx, found) => {
          const view = viewFor(caller, found, need);
          if (!view) return null;
          const conference = await findConference(tx, conferenceId, { lock: need === 'work' });
          if (!conference || conference.journey_id !== found.journey.id) return null;
          const canWork = canWorkOnCase(caller.user, found.parties);
          return { found, view, canWork, caller, conference };
        },
      },
      work,
    );
  }
}
