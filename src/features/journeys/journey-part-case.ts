import type { Tx } from '../../db/database.ts';
import {
  auditJourney,
  type Caller,
  type Ended,
  type JourneyCase,
  type JourneyCases,
  NOT_FOUND,
  type NotFound,
} from './journey-case.service.ts';

/** How a feature opens its part of a journey (its conferences, its plans' handover, ...). */
export interface JourneyPartOpening<Open> {
  /** 'work' locks the journey and needs someone who works on the case; 'see' reads it. */
  access: 'see' | 'work';
  /** A change, or a change's page: an ended journey is not changed. */
  changes: boolean;
  /** The audit event of the read, written in the same transaction. */
  audit: { action: string; detail: Record<string, unknown> };
  /** The feature's own access rule and records: what the work needs, or null for not found. */
  open: (tx: Tx, found: JourneyCase) => Promise<Open | null>;
}

/**
 * Opens a feature's part of a journey in one transaction, as `JourneyCases` does: a journey of
 * another organisation, or a part this person may not see (or act on, for a change), is not
 * found; every read is audited in the same transaction, and an ended journey is not changed.
 */
export function openJourneyPart<Open, T>(
  cases: JourneyCases,
  caller: Caller,
  journeyId: string,
  opening: JourneyPartOpening<Open>,
  work: (tx: Tx, open: Open) => Promise<T>,
): Promise<T | NotFound | Ended> {
  return cases.run(caller, journeyId, opening.access, async (tx, found) => {
    const open = await opening.open(tx, found);
    if (open === null) return NOT_FOUND;
    await auditJourney(tx, caller, journeyId, opening.audit.action, opening.audit.detail);
    if (opening.changes && found.journey.status === 'ended') {
      return { outcome: 'ended', found } satisfies Ended;
    }
    return work(tx, open);
  });
}
