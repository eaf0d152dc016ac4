import type { Tx } from '../../db/database.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import {
  auditJourney,
  type Caller,
  type JourneyCase,
  type JourneyCases,
} from '../journeys/journey-case.service.ts';
import { networkService } from '../network/network.service.ts';
import { chronologiesOf, insertChronologyEntry } from './chronology.repository.ts';
import type { ChronologyForm } from './chronology.schemas.ts';
import { notYetDiscovery, readNetworkWork } from './network-access.ts';

/** The network people of each of the journey's children, to link to an entry. */
export async function peopleOfChildren(tx: Tx, organisationId: string, found: JourneyCase) {
  const people = new Map<string, { id: string; name: string; childIds: string[] }>();
  for (const child of found.children) {
    for (const member of await networkService.allMembers(tx, organisationId, child.id)) {
      const known = people.get(member.person_id);
      if (known) known.childIds.push(child.id);
      else
        people.set(member.person_id, {
          id: member.person_id,
          name: networkPersonName(member),
          childIds: [child.id],
        });
    }
  }
  return [...people.values()];
}

/**
 * The chronology: dated events from the records, with the imported placement episodes, per child
 * (siblings share a child's chronology through the child, not the journey).
 */
export class ChronologyService {
  constructor(private readonly cases: JourneyCases) {}

  overview(caller: Caller, journeyId: string) {
    return readNetworkWork(this.cases, caller, journeyId, async (tx, found) => {
      const rows = await chronologiesOf(
        tx,
        caller.user.organisationId,
        found.children.map((child) => child.id),
      );
      await auditJourney(tx, caller, found.journey.id, 'chronology.viewed', {
        entries: rows.length,
      });
      return { outcome: 'found' as const, found, rows };
    });
  }

  page(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'new-chronology-entry', async (tx, found) => ({
      outcome: 'found' as const,
      found,
      people: await peopleOfChildren(tx, caller.user.organisationId, found),
      blockedReason: notYetDiscovery(found),
    }));
  }

  add(caller: Caller, journeyId: string, form: ChronologyForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const blocked = notYetDiscovery(found);
      if (blocked) return { outcome: 'refused', reason: blocked };
      if (!found.children.some((child) => child.id === form.childId)) {
        return {
          outcome: 'refused',
          reason: 'Select whose chronology this is for',
          field: 'childId',
        };
      }
      const people = await peopleOfChildren(tx, caller.user.organisationId, found);
      const theirs = new Set(
        people
          .filter((person) => person.childIds.includes(form.childId))
          .map((person) => person.id),
      );
      if (form.personIds.some((id) => !theirs.has(id))) {
        return {
          outcome: 'refused',
          reason: 'Select only people in this young person’s network',
          field: 'people',
        };
      }
      const { id } = await insertChronologyEntry(
        tx,
        caller.user.organisationId,
        caller.user.id,
        form,
      );
      await auditJourney(tx, caller, found.journey.id, 'chronology-entry.added', {
        chronologyEntryId: id,
        childId: form.childId,
        category: form.category,
        people: form.personIds.length,
      });
      return { outcome: 'done' };
    });
  }
}
