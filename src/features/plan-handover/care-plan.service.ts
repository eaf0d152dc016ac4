import { planDateRefusal } from '../../domain/plan-handover.ts';
import { auditJourney, type Caller, type Refused } from '../journeys/journey-case.service.ts';
import type { Saved } from './distribution.service.ts';
import type { HandoverCases, HandoverPlan } from './handover-case.ts';
import { insertConfirmation, insertIroCopy } from './plan-handover.repository.ts';
import type { CarePlanForm, IroCopyForm } from './plan-handover.schemas.ts';

const SAVED: Saved = { outcome: 'saved' };

function checkVersionAndDate(
  open: HandoverPlan,
  versionId: string,
  on: string,
  what: string,
  field: string,
): Refused | null {
  if (!open.versions.some((version) => version.id === versionId)) {
    return { outcome: 'refused', reason: 'Select the version of the plan', field: 'versionId' };
  }
  const when = planDateRefusal(open.plan.made_on, open.today, on, what);
  return when ? { outcome: 'refused', reason: when, field } : null;
}

/** Stage 7: the IRO's own copy, and the social worker's confirmation of the care plan. */
export class CarePlanService {
  constructor(readonly cases: HandoverCases) {}

  iroCopyPage(caller: Caller, journeyId: string, planId: string) {
    return this.cases.plan(
      caller,
      journeyId,
      planId,
      'iro-copy',
      'iro-copy',
      async (_tx, open) => ({
        outcome: 'found' as const,
        ...open,
      }),
    );
  }

  recordIroCopy(caller: Caller, journeyId: string, planId: string, form: IroCopyForm) {
    return this.cases.plan(caller, journeyId, planId, 'iro-copy', 'iro-copy', async (tx, open) => {
      const refused = checkVersionAndDate(
        open,
        form.versionId,
        form.receivedOn,
        'The date you received it',
        'receivedOn-day',
      );
      if (refused) return refused;
      await insertIroCopy(tx, caller.user.organisationId, {
        plan_id: planId,
        plan_version_id: form.versionId,
        iro_id: caller.user.id,
        received_on: form.receivedOn,
        method: form.method,
      });
      await auditJourney(tx, caller, journeyId, 'plan-handover.iro-copy-recorded', { planId });
      return SAVED;
    });
  }

  carePlanPage(caller: Caller, journeyId: string, planId: string) {
    return this.cases.plan(
      caller,
      journeyId,
      planId,
      'confirm',
      'care-plan',
      async (_tx, open) => ({
        outcome: 'found' as const,
        ...open,
      }),
    );
  }

  confirmCarePlan(caller: Caller, journeyId: string, planId: string, form: CarePlanForm) {
    return this.cases.plan(caller, journeyId, planId, 'confirm', 'care-plan', async (tx, open) => {
      const refused = checkVersionAndDate(
        open,
        form.versionId,
        form.includedOn,
        'The date it was included',
        'includedOn-day',
      );
      if (refused) return refused;
      await insertConfirmation(tx, caller.user.organisationId, {
        plan_id: planId,
        plan_version_id: form.versionId,
        care_plan_kind: form.carePlanKind,
        main_record_reference: form.reference,
        included_on: form.includedOn,
        confirmed_by: caller.user.id,
      });
      await auditJourney(tx, caller, journeyId, 'plan-handover.care-plan-confirmed', {
        planId,
        carePlanKind: form.carePlanKind,
      });
      return SAVED;
    });
  }
}
