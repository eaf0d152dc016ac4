import type { Db } from '../../db/database.ts';
import { DISCOVERY_TOOLS, type DiscoveryTool } from '../../domain/discovery-tools.ts';

/**
 * For tests (and the demo seed's shape): a journey at stage 3 with its planning meeting recorded,
 * and every discovery tool offered, completed and discussed, so it may move on to engagement.
 */
export async function recordEveryTool(
  ownerDb: Db,
  where: { organisationId: string; journeyId: string; userId: string },
  tools: readonly DiscoveryTool[] = DISCOVERY_TOOLS.map((tool) => tool.code),
) {
  for (const tool of tools) {
    await ownerDb
      .insertInto('discovery_tools')
      .values({
        organisation_id: where.organisationId,
        journey_id: where.journeyId,
        tool,
        offered_on: '2026-03-02',
        outcome: 'completed',
        discussed_with_young_person: true,
        discussed_with_professionals: true,
        next_steps: 'Contact the people found',
        updated_by: where.userId,
      })
      .onConflict((conflict) =>
        conflict.columns(['organisation_id', 'journey_id', 'tool']).doNothing(),
      )
      .execute();
  }
}

/** Puts an arranged journey (at stage 2) straight into stage 3, as if moved there. */
export async function atDiscovery(ownerDb: Db, journeyId: string) {
  await ownerDb.updateTable('journeys').set({ stage: 3 }).where('id', '=', journeyId).execute();
}
