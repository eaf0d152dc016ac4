import type { Tx } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { canWorkOnCase, networkView } from '../../platform/access-policy.ts';
import { canConfirmCarePlan, canRecordIroCopy } from '../../platform/access-policy-plans.ts';
import { organisationCalendar } from '../deadlines/calendar.service.ts';
import {
  type Caller,
  type Ended,
  type JourneyCase,
  type JourneyCases,
  NOT_FOUND,
  type NotFound,
} from '../journeys/journey-case.service.ts';
import { openJourneyPart } from '../journeys/journey-part-case.ts';
import { findPlan, versionsOf } from './plan-handover.repository.ts';

/**
 * What a page needs: 'read' (anyone who sees the case, the IRO included); 'work' (the journey's
 * coordinator or a team manager: copies, feedback, reviews); 'iro-copy' (the child's IRO);
 * 'confirm' (the child's social worker or the referrer).
 */
export type Need = 'read' | 'work' | 'iro-copy' | 'confirm';

export interface HandoverJourney {
  found: JourneyCase;
  caller: Caller;
  /** Whether this person sees network members' names (not the IRO: ADR 0022). */
  seesNames: boolean;
  canWork: boolean;
  canRecordIroCopy: boolean;
  canConfirm: boolean;
  today: string;
  closureDays: readonly string[];
}

export interface HandoverPlan extends HandoverJourney {
  plan: NonNullable<Awaited<ReturnType<typeof findPlan>>>;
  versions: Awaited<ReturnType<typeof versionsOf>>;
}

function allowed(need: Need, open: HandoverJourney): boolean {
  if (need === 'work') return open.canWork;
  if (need === 'iro-copy') return open.canRecordIroCopy;
  if (need === 'confirm') return open.canConfirm;
  return true;
}

/**
 * Opens a journey's plans in one transaction (`openJourneyPart`): a journey of another
 * organisation, or one this person may not see (or act on, for a change), is not found; every
 * read is audited in the same transaction, and an ended journey is not changed.
 */
export class HandoverCases {
  constructor(readonly cases: JourneyCases) {}

  journey<T>(
    caller: Caller,
    journeyId: string,
    need: Need,
    page: string,
    work: (tx: Tx, open: HandoverJourney) => Promise<T>,
  ): Promise<T | NotFound | Ended> {
    return openJourneyPart(
      this.cases,
      caller,
      journeyId,
      {
        // A change by the coordinator or a manager locks the journey, as other changes to it do.
        access: need === 'work' ? 'work' : 'see',
        changes: need !== 'read',
        audit: { action: 'plan-handover.viewed', detail: { page } },
        open: async (tx, found) => {
          const calendar = await organisationCalendar(tx, caller.user.organisationId);
          const open: HandoverJourney = {
            found,
            caller,
            seesNames: networkView(caller.user, found.parties) === 'full',
            canWork: canWorkOnCase(caller.user, found.parties),
            canRecordIroCopy: canRecordIroCopy(caller.user, found.parties),
            canConfirm: canConfirmCarePlan(caller.user, found.parties),
            today: todayInLondon(),
            closureDays: calendar.closureDays,
          };
          return allowed(need, open) ? open : null;
        },
      },
      work,
    );
  }

  plan<T>(
    caller: Caller,
    journeyId: string,
    planId: string,
    need: Need,
    page: string,
    work: (tx: Tx, open: HandoverPlan) => Promise<T>,
  ): Promise<T | NotFound | Ended> {
    return this.journey(caller, journeyId, need, page, async (tx, open) => {
      const plan = await findPlan(tx, planId);
      if (!plan || plan.journey_id !== open.found.journey.id) return NOT_FOUND;
      return work(tx, { ...open, plan, versions: await versionsOf(tx, plan.id) });
    });
  }
}
