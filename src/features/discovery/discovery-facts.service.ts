import type { Tx } from '../../db/database.ts';
import { outstandingTool, type ToolRecord } from '../../domain/discovery-tools.ts';
import { type ToolRow, toolsOf } from './tools.repository.ts';

export function toolRecord(row: ToolRow): ToolRecord {
  return {
    tool: row.tool,
    offeredOn: row.offered_on,
    outcome: row.outcome,
    discussedWithYoungPerson: row.discussed_with_young_person,
    discussedWithSocialWorkerAndCarer: row.discussed_with_professionals,
    nextSteps: row.next_steps,
  };
}

/**
 * What the journeys feature asks of discovery, in its own transaction: the first tool still to
 * finish, for the rule on leaving stage 3 and for "what is due next". Callers check access.
 */
export const discoveryFacts = {
  async outstanding(tx: Tx, journey: { id: string; kind: 'fgc' | 'lifelong_links' }) {
    const rows = await toolsOf(tx, journey.id);
    return outstandingTool(journey.kind, rows.map(toolRecord));
  },
};
