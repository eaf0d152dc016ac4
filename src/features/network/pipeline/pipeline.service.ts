import type { OffRamp, YoungPersonSay } from '../../../db/schema.ts';
import { todayInLondon } from '../../../domain/dates.ts';
import {
  afterSay,
  canOffRamp,
  canRecordAgreed,
  canRecordContacted,
  canRecordLocated,
  type Verdict,
} from '../../../domain/network-pipeline.ts';
import type { Caller } from '../../journeys/journey-case.service.ts';
import { safetyCheckOf, updateMember, updatePerson } from '../network.repository.ts';
import { auditNetwork, memberFacts, safetyFacts } from '../network.service.ts';
import type { MemberCase, NetworkCases } from '../network-case.ts';
import { recordNotSafe } from '../safety/safety.repository.ts';

export type Step = 'located' | 'contacted' | 'agreed';

type Problem = { field: string; text: string };
const refused = (field: string, verdict: Extract<Verdict, { ok: false }>) => ({
  outcome: 'refused' as const,
  problems: [{ field, text: verdict.reason }] as Problem[],
});
const done = (network: MemberCase) => ({ outcome: 'done' as const, network });

/** Moving a member along the pipeline: the young person's say, progress, closing. */
export class PipelineService {
  constructor(private readonly networks: NetworkCases) {}

  page(caller: Caller, journeyId: string, memberId: string, page: string) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      page,
      async (_tx, network) => ({
        outcome: 'found' as const,
        network,
      }),
    );
  }

  recordSay(
    caller: Caller,
    journeyId: string,
    memberId: string,
    say: Exclude<YoungPersonSay, 'not_asked'>,
    ownWords: string | null,
  ) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'say',
      async (tx, network) => {
        const facts = memberFacts(network.member);
        const next = afterSay(facts, say);
        const today = todayInLondon();
        await updateMember(tx, memberId, {
          young_person_say: say,
          say_recorded_on: today,
          say_in_own_words: ownWords,
          off_ramp: next.offRamp,
          off_ramp_on:
            next.offRamp === null
              ? null
              : next.offRamp === facts.offRamp
                ? network.member.off_ramp_on
                : today,
        });
        await auditNetwork(
          tx,
          caller,
          'network.say_recorded',
          { type: 'network_member', id: memberId },
          {
            childId: network.member.child_id,
            say,
            reopened: next.reopened,
          },
        );
        return done(network);
      },
    );
  }

  recordStep(caller: Caller, journeyId: string, memberId: string, step: Step, on: string) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'progress',
      async (tx, network) => {
        const facts = memberFacts(network.member);
        const safety = safetyFacts(await safetyCheckOf(tx, memberId));
        const verdict =
          step === 'located'
            ? canRecordLocated(facts)
            : step === 'contacted'
              ? canRecordContacted(facts, safety)
              : canRecordAgreed(facts);
        if (!verdict.ok) return refused('step', verdict);
        if (step === 'located')
          await updateMember(tx, memberId, { status: 'located', located_on: on });
        if (step === 'contacted')
          await updateMember(tx, memberId, { status: 'contacted', contacted_on: on });
        if (step === 'agreed')
          await updateMember(tx, memberId, { status: 'agreed_to_engage', agreed_on: on });
        await auditNetwork(
          tx,
          caller,
          `network.${step}`,
          { type: 'network_member', id: memberId },
          {
            childId: network.member.child_id,
            overridden: step === 'contacted' && safety?.overridden === true && !safety.signedOff,
          },
        );
        return done(network);
      },
    );
  }

  /** Closes a member's part; "not safe" keeps its reason in the sensitive safety check. */
  close(
    caller: Caller,
    journeyId: string,
    memberId: string,
    reason: Exclude<OffRamp, 'young_person_said_no'>,
    notes: string | null,
  ) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'close',
      async (tx, network) => {
        const verdict = canOffRamp(memberFacts(network.member), reason);
        if (!verdict.ok) return refused('reason', verdict);
        if (reason === 'not_safe' && !notes) {
          return {
            outcome: 'refused' as const,
            problems: [{ field: 'notes', text: 'Say why it is not safe' }],
          };
        }
        const today = todayInLondon();
        if (reason === 'not_safe') await recordNotSafe(tx, caller, memberId, notes ?? '');
        if (reason === 'deceased')
          await updatePerson(tx, network.member.person_id, { deceased: true });
        await updateMember(tx, memberId, {
          off_ramp: reason,
          off_ramp_on: today,
          off_ramp_notes: reason === 'not_safe' ? null : notes,
        });
        await auditNetwork(
          tx,
          caller,
          'network.closed',
          { type: 'network_member', id: memberId },
          {
            childId: network.member.child_id,
            reason,
          },
        );
        return done(network);
      },
    );
  }
}
