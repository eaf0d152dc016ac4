import type { Tx } from '../../db/database.ts';
import type { SnapshotConnection, SnapshotKind } from '../../db/schema.ts';
import { type CaringAdults, caringAdults } from '../../domain/caring-adults.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { canSeeNetwork } from '../../platform/access-policy.ts';
import {
  auditJourney,
  type Caller,
  type Child,
  type Done,
  type Ended,
  type JourneyCase,
  type JourneyCases,
  NOT_FOUND,
  type NotFound,
  type Refused,
} from '../journeys/journey-case.service.ts';
import { type MemberWithPerson, networkService } from '../network/network.service.ts';
import {
  connectionsOfChild,
  insertSnapshot,
  saveConnection,
  snapshotsOfChild,
} from './social-connections.repository.ts';
import type { ConnectionForm } from './social-connections.schemas.ts';

export type ConnectionRow = Awaited<ReturnType<typeof connectionsOfChild>>[number];
export type SnapshotRow = Awaited<ReturnType<typeof snapshotsOfChild>>[number];

export interface ConnectionsPage {
  outcome: 'found';
  found: JourneyCase;
  child: Child;
  members: MemberWithPerson[];
  connections: Map<string, ConnectionRow>;
  snapshots: SnapshotRow[];
  indicator: CaringAdults;
}

function indicatorOf(members: MemberWithPerson[], connections: Map<string, ConnectionRow>) {
  return caringAdults(
    members.flatMap((m) => {
      const c = connections.get(m.id);
      return c
        ? [{ professional: m.professional, deceased: m.deceased, lovesAndCares: c.loves_and_cares }]
        : [];
    }),
  );
}

/**
 * The social connections tool for one young person: the coordinator records, for each person in
 * the network, how close they are and the young person's own answer to "does this person love
 * and care for you?"; snapshots keep the map at discovery, at the plan and at each review.
 */
export class SocialConnectionsService {
  constructor(private readonly cases: JourneyCases) {}

  private async load(tx: Tx, caller: Caller, found: JourneyCase, childId: string, page: string) {
    const child = found.children.find((c) => c.id === childId);
    if (!child || !canSeeNetwork(caller.user, found.parties)) return null;
    await auditJourney(tx, caller, found.journey.id, 'network.viewed', { page, childId });
    const organisationId = caller.user.organisationId;
    const members = (await networkService.allMembers(tx, organisationId, childId)).filter(
      (m) => m.person_child_id !== childId,
    );
    const connections = new Map(
      (await connectionsOfChild(tx, organisationId, childId)).map((c) => [c.member_id, c]),
    );
    const snapshots = await snapshotsOfChild(tx, organisationId, childId);
    return {
      outcome: 'found' as const,
      found,
      child,
      members,
      connections,
      snapshots,
      indicator: indicatorOf(members, connections),
    };
  }

  page(
    caller: Caller,
    journeyId: string,
    childId: string,
    page: 'social-connections' | 'social-connections-pdf' = 'social-connections',
  ): Promise<ConnectionsPage | NotFound> {
    return this.cases.run(caller, journeyId, 'see', async (tx, found) => {
      return (await this.load(tx, caller, found, childId, page)) ?? NOT_FOUND;
    });
  }

  formPage(
    caller: Caller,
    journeyId: string,
    childId: string,
  ): Promise<ConnectionsPage | Ended | NotFound> {
    return this.cases.runUnlessEnded(caller, journeyId, async (tx, found) => {
      return (await this.load(tx, caller, found, childId, 'social-connection-form')) ?? NOT_FOUND;
    });
  }

  record(caller: Caller, journeyId: string, childId: string, form: ConnectionForm) {
    return this.cases.change(caller, journeyId, async (tx, found): Promise<Refused | Done> => {
      if (!found.children.some((c) => c.id === childId))
        return { outcome: 'refused', reason: 'This young person is not on this journey' };
      const member = await networkService.member(tx, form.memberId);
      if (!member || member.child_id !== childId)
        return {
          outcome: 'refused',
          reason: 'Choose a person in this young person’s network',
          field: 'memberId',
        };
      await saveConnection(tx, {
        organisation_id: caller.user.organisationId,
        member_id: member.id,
        closeness: form.closeness,
        strength: form.strength,
        contact_frequency: form.contactFrequency,
        support: form.support,
        loves_and_cares: form.lovesAndCares,
        in_own_words: form.inOwnWords,
        recorded_by: caller.user.id,
      });
      await auditJourney(tx, caller, journeyId, 'social-connection.recorded', {
        childId,
        memberId: member.id,
      });
      return { outcome: 'done' };
    });
  }

  snapshot(caller: Caller, journeyId: string, childId: string, kind: SnapshotKind) {
    return this.cases.change(caller, journeyId, async (tx, found): Promise<Refused | Done> => {
      if (!found.children.some((c) => c.id === childId))
        return { outcome: 'refused', reason: 'This young person is not on this journey' };
      const organisationId = caller.user.organisationId;
      const members = await networkService.allMembers(tx, organisationId, childId);
      const connections = new Map(
        (await connectionsOfChild(tx, organisationId, childId)).map((c) => [c.member_id, c]),
      );
      const copy: SnapshotConnection[] = members.flatMap((m) => {
        const c = connections.get(m.id);
        if (!c) return [];
        return [
          {
            personId: m.person_id,
            name: [m.first_name, m.last_name].filter(Boolean).join(' '),
            professional: m.professional,
            deceased: m.deceased,
            closeness: c.closeness,
            strength: c.strength,
            lovesAndCares: c.loves_and_cares,
          },
        ];
      });
      const { id } = await insertSnapshot(tx, {
        organisationId,
        childId,
        journeyId,
        kind,
        takenOn: todayInLondon(),
        takenBy: caller.user.id,
        connections: copy,
      });
      await auditJourney(tx, caller, journeyId, 'social-connections.snapshot_taken', {
        childId,
        snapshotId: id,
        kind,
        size: copy.length,
      });
      return { outcome: 'done' };
    });
  }
}

/**
 * The indicator for each child of a journey, for the case page (which the IRO sees too): read
 * inside the caller's transaction, after the case page has checked who may see the journey.
 */
export async function caringAdultsForChildren(
  tx: Tx,
  organisationId: string,
  childIds: readonly string[],
) {
  const result = new Map<string, CaringAdults>();
  for (const childId of childIds) {
    const members = await networkService.allMembers(tx, organisationId, childId);
    const connections = new Map(
      (await connectionsOfChild(tx, organisationId, childId)).map((c) => [c.member_id, c]),
    );
    result.set(childId, indicatorOf(members, connections));
  }
  return result;
}
