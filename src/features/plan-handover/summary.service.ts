import type { Tx } from '../../db/database.ts';
import { distributionState } from '../../domain/plan-handover.ts';
import type { Caller } from '../journeys/journey-case.service.ts';
import type { HandoverCases } from './handover-case.ts';
import {
  confirmationsOf,
  copiesSent,
  feedbackAskedOf,
  iroCopiesOf,
  offersOf,
  plansOfJourney,
  recipientsOf,
  reviewInvitationsOf,
  versionsOf,
} from './plan-handover.repository.ts';

async function planSummary(
  tx: Tx,
  plan: Awaited<ReturnType<typeof plansOfJourney>>[number],
  today: string,
  closureDays: readonly string[],
) {
  const [versions, recipients, feedback, offers, iroCopies, confirmations, invitations, copies] =
    await Promise.all([
      versionsOf(tx, plan.id),
      recipientsOf(tx, plan.id),
      feedbackAskedOf(tx, plan.id),
      offersOf(tx, plan.id),
      iroCopiesOf(tx, plan.id),
      confirmationsOf(tx, plan.id),
      reviewInvitationsOf(tx, plan.id),
      copiesSent(tx, plan.id),
    ]);
  return {
    plan,
    versions,
    recipients,
    feedback,
    offers,
    iroCopies,
    confirmations,
    invitations,
    distribution: distributionState(plan.made_on, copies, today, closureDays),
  };
}

export type PlanSummary = Awaited<ReturnType<typeof planSummary>>;

/** The handover page: every plan of the journey, newest first, and where each has got to. */
export class SummaryService {
  constructor(readonly cases: HandoverCases) {}

  summary(caller: Caller, journeyId: string) {
    return this.cases.journey(caller, journeyId, 'read', 'summary', async (tx, open) => {
      const plans = [];
      // One after the other: one transaction runs one query at a time.
      for (const plan of await plansOfJourney(tx, journeyId)) {
        plans.push(await planSummary(tx, plan, open.today, open.closureDays));
      }
      return { outcome: 'found' as const, ...open, plans };
    });
  }
}

/**
 * What the case page asks of the handover, in its transaction (the caller checked access): where
 * sending out the journey's latest plan stands, or null before there is a plan.
 */
export const planHandoverFacts = {
  async sentOut(tx: Tx, journeyId: string, today: string, closureDays: readonly string[]) {
    const [latest] = await plansOfJourney(tx, journeyId);
    if (!latest) return null;
    return distributionState(latest.made_on, await copiesSent(tx, latest.id), today, closureDays);
  },
};
