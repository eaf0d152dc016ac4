import type { Tx } from '../../db/database.ts';
import type { DiscoveryTool } from '../../domain/discovery-tools.ts';

/** A journey's discovery tools as recorded, in no order (the page orders them by the policy). */
export function toolsOf(tx: Tx, journeyId: string) {
  return tx
    .selectFrom('discovery_tools')
    .leftJoin('users', 'users.id', 'discovery_tools.updated_by')
    .select([
      'discovery_tools.id',
      'discovery_tools.tool',
      'discovery_tools.offered_on',
      'discovery_tools.outcome',
      'discovery_tools.discussed_with_young_person',
      'discovery_tools.discussed_with_professionals',
      'discovery_tools.next_steps',
      'discovery_tools.updated_at',
      'users.display_name as updated_by_name',
    ])
    .where('discovery_tools.journey_id', '=', journeyId)
    .execute();
}
export type ToolRow = Awaited<ReturnType<typeof toolsOf>>[number];

export interface ToolValues {
  offeredOn: string;
  outcome: 'completed' | 'declined' | null;
  discussedWithYoungPerson: boolean;
  discussedWithProfessionals: boolean;
  nextSteps: string | null;
}

/** Records a tool, or corrects what was recorded: one row per tool per journey. */
export async function saveTool(
  tx: Tx,
  where: { organisationId: string; journeyId: string; tool: DiscoveryTool },
  values: ToolValues,
  userId: string,
) {
  const row = {
    offered_on: values.offeredOn,
    outcome: values.outcome,
    discussed_with_young_person: values.discussedWithYoungPerson,
    discussed_with_professionals: values.discussedWithProfessionals,
    next_steps: values.nextSteps,
    updated_by: userId,
  };
  return tx
    .insertInto('discovery_tools')
    .values({
      organisation_id: where.organisationId,
      journey_id: where.journeyId,
      tool: where.tool,
      ...row,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['organisation_id', 'journey_id', 'tool'])
        .doUpdateSet({ ...row, updated_at: new Date() }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
}
