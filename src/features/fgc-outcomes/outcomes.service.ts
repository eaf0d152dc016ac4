import type { Tx } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  auditJourney,
  type Caller,
  type Done,
  type JourneyCases,
  type Refused,
} from '../journeys/journey-case.service.ts';
import { insertOutcome, outcomesOf } from './outcomes.repository.ts';
import type { OutcomeForm } from './outcomes.schemas.ts';

const NOT_FGC =
  'Outcomes are recorded for Family Group Conference journeys. This is a Lifelong Links journey';

/** What the case page shows of a journey's outcomes (only an FGC has them). */
export const fgcOutcomes = {
  ofJourney: (tx: Tx, journeyId: string) => outcomesOf(tx, journeyId),
};

/**
 * The outcomes of a Family Group Conference journey (issue 8): stepped down, case closed, and
 * so on, each with its date; more than one over time. The coordinator and team managers record
 * them; everyone who sees the case sees them on the case page.
 */
export class OutcomesService {
  constructor(private readonly cases: JourneyCases) {}

  formPage(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'fgc-outcome', async (tx, found) => ({
      outcome: 'found' as const,
      found,
      fgc: found.journey.kind === 'fgc',
      outcomes: await outcomesOf(tx, journeyId),
      today: todayInLondon(),
    }));
  }

  record(caller: Caller, journeyId: string, form: OutcomeForm) {
    return this.cases.change(caller, journeyId, async (tx, found): Promise<Refused | Done> => {
      if (found.journey.kind !== 'fgc') return { outcome: 'refused', reason: NOT_FGC };
      const { id } = await insertOutcome(tx, caller.user.organisationId, {
        journey_id: journeyId,
        outcome: form.outcome,
        outcome_on: form.outcomeOn,
        notes: form.notes,
        recorded_by: caller.user.id,
      });
      await auditJourney(tx, caller, journeyId, 'journey.outcome-recorded', {
        outcomeId: id,
        outcome: form.outcome,
        on: form.outcomeOn,
      });
      return { outcome: 'done' };
    });
  }
}
