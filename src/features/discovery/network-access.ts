import type { Tx } from '../../db/database.ts';
import { canSeeNetwork } from '../../platform/access-policy.ts';
import {
  type Caller,
  type JourneyCase,
  type JourneyCases,
  NOT_FOUND,
} from '../journeys/journey-case.service.ts';

/**
 * Opens a journey to read its discovery and engagement records: whoever sees the network in full
 * (`canSeeNetwork`, ADR 0034); anyone else (even someone who sees the case page) is not found.
 */
export function readNetworkWork<T>(
  cases: JourneyCases,
  caller: Caller,
  journeyId: string,
  work: (tx: Tx, found: JourneyCase) => Promise<T>,
) {
  return cases.run(caller, journeyId, 'see', async (tx, found) => {
    if (!canSeeNetwork(caller.user, found.parties)) return NOT_FOUND;
    return work(tx, found);
  });
}

/** Discovery and engagement are recorded from stage 3; before it the pages say so. */
export function notYetDiscovery(found: JourneyCase): string | null {
  return found.journey.stage < 3
    ? 'This is recorded once the journey has moved on to stage 3, Discovery.'
    : null;
}
