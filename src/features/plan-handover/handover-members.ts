import type { Tx } from '../../db/database.ts';
import { invitationRefusal, offerable } from '../../domain/conference-rules.ts';
import type { JourneyCase, Refused } from '../journeys/journey-case.service.ts';
import { memberFacts, networkService } from '../network/network.service.ts';

/**
 * The journey's network members who may get the plan or be invited to reviews: the young person
 * said yes to them and they are not "not safe" (the same rule as inviting them to the conference).
 */
export async function membersForPlan(tx: Tx, found: JourneyCase, organisationId: string) {
  const members = (
    await Promise.all(
      found.children.map((child) => networkService.allMembers(tx, organisationId, child.id)),
    )
  ).flat();
  const safety = await networkService.safetyFactsOf(
    tx,
    members.map((member) => member.id),
  );
  return members.filter((member) => offerable(memberFacts(member), safety.get(member.id) ?? null));
}

/** Why this member may not be named on the plan's handover, or null when they may. */
export async function memberRefusal(
  tx: Tx,
  found: JourneyCase,
  memberId: string,
  field: string,
): Promise<Refused | null> {
  const member = await networkService.member(tx, memberId);
  if (!member || !found.children.some((child) => child.id === member.child_id)) {
    return { outcome: 'refused', reason: 'Select the network member', field };
  }
  const safety = (await networkService.safetyFactsOf(tx, [memberId])).get(memberId) ?? null;
  const reason = invitationRefusal(memberFacts(member), safety);
  if (reason) {
    return { outcome: 'refused', reason: reason.replace('be invited', 'be named here'), field };
  }
  return offerable(memberFacts(member), safety)
    ? null
    : { outcome: 'refused', reason: 'The young person has not said yes to this person', field };
}
