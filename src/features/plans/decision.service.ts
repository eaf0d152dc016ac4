import { auditJourney, type Caller, type Refused } from '../journeys/journey-case.service.ts';
import { tellCoordinatorOfDecision } from './plan.notices.ts';
import type { PlanCases, PlanIds } from './plan-case.ts';
import { decisionsOf, insertDecision, markVersion } from './plans.repository.ts';
import type { DecisionForm } from './plans.schemas.ts';

export type Decided = { outcome: 'decided'; decision: DecisionForm['outcome'] };

/**
 * The referrer's decision on the plan's latest version (ADR 0030): agreed (the version is locked),
 * agreement delayed (why, by when, and that the family were told), or not agreed because it
 * places the young person at risk of harm. Every decision is kept.
 */
export class DecisionService {
  constructor(readonly cases: PlanCases) {}

  page(caller: Caller, ids: PlanIds) {
    return this.cases.plan(caller, ids, 'decide', 'plan-decision', async (tx, open) => ({
      outcome: 'found' as const,
      ...open,
      decisions: await decisionsOf(tx, open.plan.id),
    }));
  }

  decide(caller: Caller, ids: PlanIds, form: DecisionForm) {
    return this.cases.plan(caller, ids, 'decide', 'plan-decision', async (tx, open) => {
      if (open.found.journey.status === 'ended') {
        return { outcome: 'refused', reason: 'This journey has ended' } satisfies Refused;
      }
      const { version } = open;
      if (version.agreed_at) {
        return {
          outcome: 'refused',
          reason:
            'This version of the plan is already agreed and locked. A change to the plan makes a new version for you to agree',
        } satisfies Refused;
      }
      if (!version.ready_at) {
        return {
          outcome: 'refused',
          reason: 'The coordinator has not sent the plan to you yet',
        } satisfies Refused;
      }
      await insertDecision(tx, caller.user.organisationId, {
        plan_id: open.plan.id,
        plan_version_id: version.id,
        outcome: form.outcome,
        reason: form.reason,
        promised_on: form.promisedOn,
        family_told: form.familyTold,
        decided_by: caller.user.id,
      });
      if (form.outcome === 'agreed') await markVersion(tx, version.id, 'agreed_at');
      await tellCoordinatorOfDecision(tx, caller, open, form);
      await auditJourney(tx, caller, ids.journeyId, 'plan.decided', {
        planId: open.plan.id,
        version: version.number,
        outcome: form.outcome,
      });
      return { outcome: 'decided', decision: form.outcome } satisfies Decided;
    });
  }
}
