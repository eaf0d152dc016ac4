import { auditJourney, type Caller, type JourneyCases } from '../journeys/journey-case.service.ts';
import { notYetDiscovery, readNetworkWork } from './network-access.ts';
import { insertTimelineEntry, timelinesOf } from './timeline.repository.ts';
import type { TimelineForm } from './timeline.schemas.ts';

/** The timeline: the young person's own version of their life, in their words, in order. */
export class TimelineService {
  constructor(private readonly cases: JourneyCases) {}

  overview(caller: Caller, journeyId: string) {
    return readNetworkWork(this.cases, caller, journeyId, async (tx, found) => {
      const rows = await timelinesOf(
        tx,
        caller.user.organisationId,
        found.children.map((child) => child.id),
      );
      await auditJourney(tx, caller, found.journey.id, 'timeline.viewed', { entries: rows.length });
      return { outcome: 'found' as const, found, rows };
    });
  }

  page(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'new-timeline-entry', async (_tx, found) => ({
      outcome: 'found' as const,
      found,
      blockedReason: notYetDiscovery(found),
    }));
  }

  add(caller: Caller, journeyId: string, form: TimelineForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const blocked = notYetDiscovery(found);
      if (blocked) return { outcome: 'refused', reason: blocked };
      if (!found.children.some((child) => child.id === form.childId)) {
        return { outcome: 'refused', reason: 'Select whose timeline this is', field: 'childId' };
      }
      const { id } = await insertTimelineEntry(
        tx,
        {
          organisationId: caller.user.organisationId,
          journeyId: found.journey.id,
          recordedBy: caller.user.id,
        },
        form,
      );
      await auditJourney(tx, caller, found.journey.id, 'timeline-entry.added', {
        timelineEntryId: id,
        childId: form.childId,
      });
      return { outcome: 'done' };
    });
  }
}
