import type { Tx } from '../../db/database.ts';
import {
  canReadNetworkSensitive,
  canSignOffSafety,
  canWorkOnCase,
  type NetworkView,
  networkView,
} from '../../platform/access-policy.ts';
import {
  auditJourney,
  type Caller,
  type Child,
  type Ended,
  type JourneyCase,
  type JourneyCases,
  NOT_FOUND,
  type NotFound,
} from '../journeys/journey-case.service.ts';
import { type MemberWithPerson, networkService } from './network.service.ts';

const sideOf = (child: Child) => ({ socialWorkerId: child.social_worker_id });

/** A journey's network as one person may see it, for one of its children. */
export interface NetworkCase {
  found: JourneyCase;
  /** The child whose network this is (a journey about siblings has one network each). */
  child: Child;
  view: NetworkView;
  /** Risk notes, check outcomes, "not safe" reasons: coordinator, managers, the signer. */
  sensitive: boolean;
  canWork: boolean;
  canSignOff: boolean;
  caller: Caller;
}

export interface MemberCase extends NetworkCase {
  member: MemberWithPerson;
}

/**
 * Opens a journey's network in one transaction, as `JourneyCases` does: another organisation's,
 * or one this person may not see, is not found; every read is audited in the same transaction.
 */
export class NetworkCases {
  constructor(readonly cases: JourneyCases) {}

  private context(caller: Caller, found: JourneyCase, child: Child): NetworkCase {
    const view = networkView(caller.user, found.parties);
    return {
      found,
      child,
      view,
      sensitive: canReadNetworkSensitive(caller.user, found.parties, child.social_worker_id),
      canWork: canWorkOnCase(caller.user, found.parties),
      canSignOff: canSignOffSafety(caller.user, sideOf(child)),
      caller,
    };
  }

  /**
   * A network page for a child of the journey (the first when none or another is asked for).
   * `need`: 'summary' lets the IRO in; 'full' and 'work' do not.
   */
  open<T>(
    caller: Caller,
    journeyId: string,
    childId: string | null,
    need: 'summary' | 'full' | 'work',
    page: string,
    work: (tx: Tx, network: NetworkCase) => Promise<T>,
  ): Promise<T | NotFound | Ended> {
    return this.cases.run(
      caller,
      journeyId,
      need === 'work' ? 'work' : 'see',
      async (tx, found) => {
        // Without a choice, the eldest child's network first: the same every time.
        const eldestFirst = [...found.children].sort(
          (a, b) =>
            a.date_of_birth.localeCompare(b.date_of_birth) ||
            a.first_name.localeCompare(b.first_name),
        );
        const child = eldestFirst.find((one) => one.id === childId) ?? eldestFirst[0];
        if (!child) return NOT_FOUND;
        const network = this.context(caller, found, child);
        if (network.view === 'none' || (need !== 'summary' && network.view !== 'full')) {
          return NOT_FOUND;
        }
        await auditJourney(tx, caller, journeyId, 'network.viewed', { page, childId: child.id });
        if (need === 'work' && found.journey.status === 'ended') return { outcome: 'ended', found };
        return work(tx, network);
      },
    );
  }

  /** A page about one member of one of the journey's children's networks. */
  openMember<T>(
    caller: Caller,
    journeyId: string,
    memberId: string,
    need: 'full' | 'work' | 'sign-off',
    page: string,
    work: (tx: Tx, network: MemberCase) => Promise<T>,
  ): Promise<T | NotFound | Ended> {
    const runAs = need === 'work' ? 'work' : 'see';
    return this.cases.run(caller, journeyId, runAs, async (tx, found) => {
      const member = await networkService.member(tx, memberId, { lock: need !== 'full' });
      const child = found.children.find((one) => one.id === member?.child_id);
      if (!member || !child) return NOT_FOUND;
      const network = this.context(caller, found, child);
      if (network.view !== 'full') return NOT_FOUND;
      if (need === 'sign-off' && !network.canSignOff) return NOT_FOUND;
      await auditJourney(tx, caller, journeyId, 'network.viewed', {
        page,
        childId: child.id,
        memberId,
      });
      if (need !== 'full' && found.journey.status === 'ended') return { outcome: 'ended', found };
      return work(tx, { ...network, member });
    });
  }
}
