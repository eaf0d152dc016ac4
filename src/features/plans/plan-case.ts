import type { Tx } from '../../db/database.ts';
import { type PlanContent, readContent } from '../../domain/plan-content.ts';
import { canDecidePlan } from '../../platform/access-policy-plans.ts';
import type { ConferenceCase, ConferenceCases } from '../conferences/conference-case.ts';
import type { Caller, Ended, NotFound } from '../journeys/journey-case.service.ts';
import { NOT_FOUND } from '../journeys/journey-case.service.ts';
import {
  latestVersion,
  type PlanRow,
  planOfConference,
  type VersionRow,
} from './plans.repository.ts';

export interface PlanIds {
  journeyId: string;
  conferenceId: string;
}

export interface PlanCase extends ConferenceCase {
  plan: PlanRow;
  /** The latest version: the draft, or the one with (or agreed by) the referrer. */
  version: VersionRow;
  content: PlanContent;
  /** A family group conference's plan has carers and bottom lines; a Lifelong Links one not. */
  fgc: boolean;
  /** The journey's referrer may decide on the plan (ADR 0030). */
  canDecide: boolean;
}

/** The conference has no plan yet: pages about one send the person to start it. */
export type NoPlan = { outcome: 'no-plan'; ids: PlanIds };

/**
 * 'read': whoever reads the conference's summary (the IRO too: the IRO holds a copy of the
 * plan); 'work': the coordinator and team managers; 'decide': the journey's referrer.
 */
export type PlanNeed = 'read' | 'work' | 'decide';

/**
 * Opens a conference's plan in one transaction, through the conference feature's cases (404 for
 * what the person may not see; the read audited; an ended journey not changed).
 */
export class PlanCases {
  constructor(readonly conferences: ConferenceCases) {}

  conference<T>(
    caller: Caller,
    ids: PlanIds,
    need: PlanNeed,
    page: string,
    work: (tx: Tx, open: ConferenceCase & { canDecide: boolean }) => Promise<T>,
  ): Promise<T | NotFound | Ended> {
    const conferenceNeed = need === 'work' ? 'work' : need === 'decide' ? 'full' : 'summary';
    return this.conferences.conference(
      caller,
      ids.journeyId,
      ids.conferenceId,
      conferenceNeed,
      page,
      async (tx, open) => {
        const canDecide = canDecidePlan(caller.user, open.found.parties);
        if (need === 'decide' && !canDecide) return NOT_FOUND;
        return work(tx, { ...open, canDecide });
      },
    );
  }

  plan<T>(
    caller: Caller,
    ids: PlanIds,
    need: PlanNeed,
    page: string,
    work: (tx: Tx, open: PlanCase) => Promise<T>,
  ): Promise<T | NotFound | Ended | NoPlan> {
    return this.conference(caller, ids, need, page, async (tx, open): Promise<T | NoPlan> => {
      const found = await withPlan(tx, open, need !== 'read');
      return found ? work(tx, found) : { outcome: 'no-plan', ids };
    });
  }
}

/** The conference's plan and its latest version, once the conference is open; or null. */
export async function withPlan(
  tx: Tx,
  open: ConferenceCase & { canDecide: boolean },
  lock: boolean,
): Promise<PlanCase | null> {
  const plan = await planOfConference(tx, open.conference.id, { lock });
  const version = plan ? await latestVersion(tx, plan.id) : undefined;
  if (!plan || !version) return null;
  return {
    ...open,
    plan,
    version,
    content: readContent(version.content),
    fgc: open.conference.kind === 'fgc',
  };
}
