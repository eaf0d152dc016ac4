import { auditJourney, type Caller, type JourneyCases } from '../journeys/journey-case.service.ts';
import { notYetDiscovery } from './network-access.ts';
import { insertSession } from './sessions.repository.ts';
import type { SessionForm } from './sessions.schemas.ts';

/** Recording a session with the young person. They are listed on the discovery page. */
export class SessionsService {
  constructor(private readonly cases: JourneyCases) {}

  page(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'new-session', async (_tx, found) => ({
      outcome: 'found' as const,
      found,
      blockedReason: notYetDiscovery(found),
    }));
  }

  add(caller: Caller, journeyId: string, form: SessionForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const blocked = notYetDiscovery(found);
      if (blocked) return { outcome: 'refused', reason: blocked };
      const { id } = await insertSession(
        tx,
        {
          organisationId: caller.user.organisationId,
          journeyId: found.journey.id,
          recordedBy: caller.user.id,
        },
        form,
      );
      await auditJourney(tx, caller, found.journey.id, 'young-person-session.recorded', {
        sessionId: id,
        tools: form.tools,
      });
      return { outcome: 'done' };
    });
  }
}
