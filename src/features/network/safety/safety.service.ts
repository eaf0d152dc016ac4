import { todayInLondon } from '../../../domain/dates.ts';
import { canCheckSafety } from '../../../domain/network-pipeline.ts';
import type { Caller } from '../../journeys/journey-case.service.ts';
import { safetyCheckOf, updateMember } from '../network.repository.ts';
import { auditNetwork, memberFacts } from '../network.service.ts';
import type { MemberCase, NetworkCases } from '../network-case.ts';
import {
  recordOverride,
  type SafetyDetails,
  saveSafetyCheck,
  signOff,
} from './safety.repository.ts';

type Problem = { field: string; text: string };
const refused = (field: string, text: string) => ({
  outcome: 'refused' as const,
  problems: [{ field, text }] as Problem[],
});
const done = (network: MemberCase) => ({ outcome: 'done' as const, network });

/**
 * A member's safety check: recorded by the coordinator (or a team manager), signed off by a team
 * manager or the child's social worker; a team manager may let a first contact happen before the
 * sign-off, with a reason. Sensitive throughout: only those who may read it reach these pages.
 */
export class SafetyService {
  constructor(private readonly networks: NetworkCases) {}

  checkPage(
    caller: Caller,
    journeyId: string,
    memberId: string,
    need: 'work' | 'sign-off',
    page: string,
  ) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      need,
      page,
      async (tx, network) => ({
        outcome: 'found' as const,
        network,
        safety: (await safetyCheckOf(tx, memberId)) ?? null,
      }),
    );
  }

  record(caller: Caller, journeyId: string, memberId: string, details: SafetyDetails) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'safety',
      async (tx, network) => {
        const verdict = canCheckSafety(memberFacts(network.member));
        if (!verdict.ok) return refused('riskNotes', verdict.reason);
        await saveSafetyCheck(tx, caller, memberId, details);
        await auditNetwork(
          tx,
          caller,
          'network.safety_recorded',
          { type: 'network_member', id: memberId },
          {
            childId: network.member.child_id,
            outcome: details.outcome,
          },
        );
        return done(network);
      },
    );
  }

  signOff(caller: Caller, journeyId: string, memberId: string) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'sign-off',
      'safety-sign-off',
      async (tx, network) => {
        const check = await safetyCheckOf(tx, memberId);
        if (!check?.outcome)
          return refused(
            '',
            'The coordinator has not recorded the outcome of the safety check yet.',
          );
        if (check.signed_off_at)
          return refused('', 'This safety check has already been signed off.');
        const as = caller.user.roles.includes('team_manager') ? 'team_manager' : 'social_worker';
        await signOff(tx, memberId, caller.user.id, as);
        if (check.outcome === 'not_safe') {
          await updateMember(tx, memberId, { off_ramp: 'not_safe', off_ramp_on: todayInLondon() });
        } else if (network.member.status === 'located' && !network.member.off_ramp) {
          await updateMember(tx, memberId, { status: 'safety_checked' });
        }
        await auditNetwork(
          tx,
          caller,
          'network.safety_signed_off',
          { type: 'network_member', id: memberId },
          {
            childId: network.member.child_id,
            as,
          },
        );
        return done(network);
      },
    );
  }

  override(caller: Caller, journeyId: string, memberId: string, reason: string) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'safety-override',
      async (tx, network) => {
        if (!caller.user.roles.includes('team_manager')) {
          return refused('reason', 'Only a team manager can allow contact before the sign-off.');
        }
        const check = await safetyCheckOf(tx, memberId);
        if (check?.signed_off_at)
          return refused('reason', 'The safety check is already signed off.');
        await recordOverride(tx, caller, memberId, reason);
        await auditNetwork(
          tx,
          caller,
          'network.safety_overridden',
          { type: 'network_member', id: memberId },
          {
            childId: network.member.child_id,
          },
        );
        return done(network);
      },
    );
  }
}
