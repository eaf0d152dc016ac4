import {
  type ContactContext,
  contactability,
  type MemberFacts,
  type SafetyFacts,
  statusRank,
  type Verdict,
} from './network-pipeline.ts';

/**
 * Recording a contact in a member's contact log (stage 4, ADR 0033). A contact is allowed only
 * when the member may be contacted now (`contactability`: the young person's yes, located, the
 * safety check signed off or overridden by a team manager, the journey active, the child's own
 * consent); the first one also moves the member to "contacted" on that day.
 */
export function decideContact(
  member: MemberFacts,
  safety: SafetyFacts | null,
  context: ContactContext,
): { verdict: Verdict; firstContact: boolean } {
  const verdict = contactability(member, safety, context);
  return {
    verdict,
    firstContact: verdict.ok && statusRank(member.status) < statusRank('contacted'),
  };
}
