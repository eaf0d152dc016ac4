import type { Tx } from '../../db/database.ts';
import type { FgcOutcome } from '../../db/schema.ts';

/** A journey's outcomes, oldest first (a handful over the life of a journey). */
export function outcomesOf(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('journey_outcomes')
    .selectAll()
    .where('journey_id', '=', journeyId)
    .orderBy('outcome_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type OutcomeRow = Awaited<ReturnType<typeof outcomesOf>>[number];

export function insertOutcome(
  tx: Tx,
  organisationId: string,
  row: {
    journey_id: string;
    outcome: FgcOutcome;
    outcome_on: string;
    notes: string | null;
    recorded_by: string;
  },
) {
  return tx
    .insertInto('journey_outcomes')
    .values({ ...row, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}
