import {
  auditJourney,
  type Caller,
  type JourneyCases,
  NOT_FOUND,
} from '../journeys/journey-case.service.ts';
import { networkService } from '../network/network.service.ts';
import { findPlace, insertPlace, linkPersonToPlace, placesOf } from './mobility.repository.ts';
import type { LeadForm, PlaceForm } from './mobility.schemas.ts';
import { notYetDiscovery, readNetworkWork } from './network-access.ts';

/**
 * Mobility mapping: the places a young person has lived or spent time, and the people there. A
 * person remembered at a place becomes a lead in the young person's network in one step (found
 * by mobility mapping), linked to the place.
 */
export class MobilityService {
  constructor(private readonly cases: JourneyCases) {}

  overview(caller: Caller, journeyId: string) {
    return readNetworkWork(this.cases, caller, journeyId, async (tx, found) => {
      const rows = await placesOf(
        tx,
        caller.user.organisationId,
        found.children.map((child) => child.id),
      );
      await auditJourney(tx, caller, found.journey.id, 'mobility-map.viewed', {
        places: rows.length,
      });
      return { outcome: 'found' as const, found, rows };
    });
  }

  page(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'new-mobility-place', async (_tx, found) => ({
      outcome: 'found' as const,
      found,
      blockedReason: notYetDiscovery(found),
    }));
  }

  add(caller: Caller, journeyId: string, form: PlaceForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const blocked = notYetDiscovery(found);
      if (blocked) return { outcome: 'refused', reason: blocked };
      if (!found.children.some((child) => child.id === form.childId)) {
        return {
          outcome: 'refused',
          reason: 'Select whose map this place is on',
          field: 'childId',
        };
      }
      const { id } = await insertPlace(
        tx,
        {
          organisationId: caller.user.organisationId,
          journeyId: found.journey.id,
          recordedBy: caller.user.id,
        },
        form,
      );
      await auditJourney(tx, caller, found.journey.id, 'mobility-place.added', {
        mobilityPlaceId: id,
        kind: form.kind,
      });
      return { outcome: 'done' };
    });
  }

  leadPage(caller: Caller, journeyId: string, placeId: string) {
    return this.cases.formPage(caller, journeyId, 'new-mobility-lead', async (tx, found) => {
      const place = await findPlace(tx, placeId);
      if (!place || place.journey_id !== found.journey.id) return NOT_FOUND;
      return { outcome: 'found' as const, found, place, blockedReason: notYetDiscovery(found) };
    });
  }

  /** The person becomes a lead (identified, found by mobility mapping) linked to the place. */
  addLead(caller: Caller, journeyId: string, placeId: string, form: LeadForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const place = await findPlace(tx, placeId);
      if (!place || place.journey_id !== found.journey.id) {
        return { outcome: 'refused', reason: 'This place is not on the young person’s map.' };
      }
      const added = await networkService.addToNetwork(tx, caller, {
        childId: place.child_id,
        journeyId: found.journey.id,
        person: {
          details: {
            firstName: form.firstName,
            lastName: form.lastName,
            otherNames: null,
            knownAs: null,
            kind: form.kind,
            professional: form.kind === 'teacher' || form.kind === 'former_residential_worker',
            deceased: false,
            diedYear: null,
            dateOfBirth: null,
            birthYear: null,
            birthYearApproximate: false,
            gender: 'unknown',
            firstLanguage: null,
            needs: null,
            contacts: [],
          },
        },
        membership: { relationship: form.relationship, foundBy: 'mobility_mapping' },
      });
      if (added.outcome === 'refused') {
        const problem = added.problems[0];
        return { outcome: 'refused', reason: problem?.text ?? 'This person could not be added.' };
      }
      await linkPersonToPlace(tx, caller.user.organisationId, place.id, added.personId);
      await auditJourney(tx, caller, found.journey.id, 'mobility-lead.added', {
        mobilityPlaceId: place.id,
        personId: added.personId,
        memberId: added.memberId,
      });
      return { outcome: 'done' };
    });
  }
}
