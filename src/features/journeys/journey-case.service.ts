import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import { type CaseParties, canSeeCase, canWorkOnCase } from '../../platform/access-policy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { childrenService } from '../children/children.service.ts';
import {
  findJourney,
  insertJourneyEvent,
  type JourneyRow,
  peopleByIds,
} from './journeys.repository.ts';

/** The signed-in person asking, and the request to audit against. */
export interface Caller {
  user: SignedInUser;
  requestId: string;
}

export type Child = Awaited<ReturnType<typeof childrenService.byIds>>[number];
export type Person = Awaited<ReturnType<typeof peopleByIds>>[number];

/** A journey with the children it is about and the people it belongs to. */
export interface JourneyCase {
  journey: JourneyRow;
  children: Child[];
  parties: CaseParties;
}

export const NOT_FOUND = { outcome: 'not-found' } as const;
export type NotFound = typeof NOT_FOUND;

/** A rule refused the change; the page says why. */
export interface Refused {
  outcome: 'refused';
  reason: string;
  field?: string;
}

/** The journey has ended, so it is read-only. */
export type Ended = { outcome: 'ended'; found: JourneyCase };
export type Done = { outcome: 'done' };

async function loadCase(tx: Tx, journeyId: string, lock: boolean): Promise<JourneyCase | null> {
  const journey = await findJourney(tx, journeyId, { lock });
  if (!journey) return null;
  const children = await childrenService.ofReferral(tx, journey.referral_id);
  const present = (ids: Array<string | null>) => ids.filter((id): id is string => id !== null);
  return {
    journey,
    children,
    parties: {
      referrerId: journey.referrer_id,
      coordinatorId: journey.coordinator_id,
      iroIds: present(children.map((child) => child.iro_id)),
      socialWorkerIds: present(children.map((child) => child.social_worker_id)),
    },
  };
}

/**
 * Opens a journey for someone, in one transaction acting for their organisation: a journey of
 * another organisation, or one they may not see (or work on, for changes), is not found.
 */
export class JourneyCases {
  constructor(readonly db: Db) {}

  async run<T>(
    caller: Caller,
    journeyId: string,
    need: 'see' | 'work',
    work: (tx: Tx, found: JourneyCase) => Promise<T>,
  ): Promise<T | NotFound> {
    const { user } = caller;
    return inOrganisation(
      this.db,
      { organisationId: user.organisationId, userId: user.id },
      async (tx) => {
        // A change locks the journey, so two changes to it happen one after the other.
        const found = await loadCase(tx, journeyId, need === 'work');
        if (!found) return NOT_FOUND;
        const allowed =
          need === 'work' ? canWorkOnCase(user, found.parties) : canSeeCase(user, found.parties);
        if (!allowed) return NOT_FOUND;
        return work(tx, found);
      },
    );
  }

  /** Opens a journey to change it, or for a change's page: an ended journey is not changed. */
  runUnlessEnded<T>(
    caller: Caller,
    journeyId: string,
    work: (tx: Tx, found: JourneyCase) => Promise<T>,
  ): Promise<T | Ended | NotFound> {
    return this.run(caller, journeyId, 'work', async (tx, found): Promise<T | Ended> => {
      if (found.journey.status === 'ended') return { outcome: 'ended', found };
      return work(tx, found);
    });
  }

  /**
   * Opens a change's page (its form shows the child's name): the view is audited in the same
   * transaction, then as `runUnlessEnded`.
   */
  formPage<T>(
    caller: Caller,
    journeyId: string,
    page: string,
    work: (tx: Tx, found: JourneyCase) => Promise<T>,
  ): Promise<T | Ended | NotFound> {
    return this.run(caller, journeyId, 'work', async (tx, found): Promise<T | Ended> => {
      await auditJourney(tx, caller, journeyId, 'journey.viewed', { page });
      if (found.journey.status === 'ended') return { outcome: 'ended', found };
      return work(tx, found);
    });
  }

  /** A change to a journey that has not ended: done, or refused by a rule. */
  change(
    caller: Caller,
    journeyId: string,
    work: (tx: Tx, found: JourneyCase) => Promise<Refused | Done>,
  ): Promise<Refused | Done | Ended | NotFound> {
    return this.runUnlessEnded(caller, journeyId, work);
  }

  /** People named on the case: coordinator, referrer, managers, IROs and social workers. */
  people(tx: Tx, ids: Array<string | null>): Promise<Person[]> {
    return peopleByIds(
      tx,
      ids.filter((id): id is string => id !== null),
    );
  }
}

/** Writes the audit event of a change to (or read of) a journey. */
export function auditJourney(
  tx: Tx,
  caller: Caller,
  journeyId: string,
  action: string,
  detail: Record<string, unknown> = {},
) {
  return recordAudit(tx, {
    organisationId: caller.user.organisationId,
    actorUserId: caller.user.id,
    action,
    subjectType: 'journey',
    subjectId: journeyId,
    requestId: caller.requestId,
    detail,
  });
}

type JourneyEvent = Omit<
  Parameters<typeof insertJourneyEvent>[1],
  'organisationId' | 'journeyId' | 'actorId'
>;

/** Adds an event to a journey's history, with its audit event, in the caller's transaction. */
export async function recordJourneyEvent(
  tx: Tx,
  caller: Caller,
  journeyId: string,
  event: JourneyEvent,
  audit: { action: string; detail?: Record<string, unknown> },
) {
  await insertJourneyEvent(tx, {
    organisationId: caller.user.organisationId,
    journeyId,
    ...event,
    actorId: caller.user.id,
  });
  await auditJourney(tx, caller, journeyId, audit.action, audit.detail);
}

export function canWork(caller: Caller, found: JourneyCase): boolean {
  return canWorkOnCase(caller.user, found.parties);
}
