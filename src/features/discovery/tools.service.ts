import type { DiscoveryTool } from '../../domain/discovery-tools.ts';
import { canWorkOnCase } from '../../platform/access-policy.ts';
import { auditJourney, type Caller, type JourneyCases } from '../journeys/journey-case.service.ts';
import { toolRecord } from './discovery-facts.service.ts';
import { notYetDiscovery, readNetworkWork } from './network-access.ts';
import { countSearches } from './searches.repository.ts';
import { sessionsOf } from './sessions.repository.ts';
import { saveTool, toolsOf } from './tools.repository.ts';
import type { ToolForm } from './tools.schemas.ts';

/** The discovery page (the six tools as a task list) and recording each tool. */
export class ToolsService {
  constructor(private readonly cases: JourneyCases) {}

  overview(caller: Caller, journeyId: string) {
    return readNetworkWork(this.cases, caller, journeyId, async (tx, found) => {
      const tools = await toolsOf(tx, found.journey.id);
      const sessions = await sessionsOf(tx, found.journey.id);
      const searches = await countSearches(tx, found.journey.id);
      await auditJourney(tx, caller, found.journey.id, 'discovery.viewed');
      return {
        outcome: 'found' as const,
        found,
        records: tools.map(toolRecord),
        sessions,
        searches,
        canWork:
          canWorkOnCase(caller.user, found.parties) &&
          found.journey.status !== 'ended' &&
          notYetDiscovery(found) === null,
      };
    });
  }

  toolPage(caller: Caller, journeyId: string, tool: DiscoveryTool) {
    return this.cases.formPage(caller, journeyId, `discovery-tool-${tool}`, async (tx, found) => {
      const row = (await toolsOf(tx, found.journey.id)).find((each) => each.tool === tool);
      return {
        outcome: 'found' as const,
        found,
        row,
        blockedReason: notYetDiscovery(found),
      };
    });
  }

  record(caller: Caller, journeyId: string, tool: DiscoveryTool, form: ToolForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const blocked = notYetDiscovery(found);
      if (blocked) return { outcome: 'refused', reason: blocked };
      const { id } = await saveTool(
        tx,
        { organisationId: caller.user.organisationId, journeyId: found.journey.id, tool },
        form,
        caller.user.id,
      );
      await auditJourney(tx, caller, found.journey.id, 'discovery-tool.recorded', {
        discoveryToolId: id,
        tool,
        outcome: form.outcome,
        discussedWithYoungPerson: form.discussedWithYoungPerson,
        discussedWithProfessionals: form.discussedWithProfessionals,
      });
      return { outcome: 'done' };
    });
  }
}
