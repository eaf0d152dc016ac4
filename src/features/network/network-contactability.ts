import type { Tx } from '../../db/database.ts';
import { decideContact } from '../../domain/network-contact.ts';
import {
  type ContactContext,
  contactability,
  type SafetyFacts,
  type Verdict,
} from '../../domain/network-pipeline.ts';
import {
  childConsentsToContact,
  findMember,
  journeyStatusOf,
  safetyCheckOf,
  safetyChecksOf,
} from './network.repository.ts';
import { memberFacts, safetyFacts } from './network-facts.ts';

/** Whether a member may be contacted now, for every feature that contacts people (ADR 0033). */
export const networkContactability = {
  /** The journey's status and the child's own consent, as the contact rules read them. */
  async context(
    tx: Tx,
    member: { child_id: string; journey_id: string | null },
  ): Promise<ContactContext> {
    const journey = member.journey_id ? await journeyStatusOf(tx, member.journey_id) : null;
    const consentToContact = await childConsentsToContact(
      tx,
      member.child_id,
      journey?.referral_id ?? null,
    );
    return { journeyStatus: journey?.status ?? null, consentToContact };
  },

  /**
   * Whether anyone may contact this member for their young person now, and why not: the
   * young person's "no" (or "not now"), an off-ramp, the safety sign-off, the journey's status
   * and the child's own consent. Ask before recording a contact, a letter or an invitation.
   */
  async contactability(tx: Tx, memberId: string): Promise<Verdict> {
    const member = await findMember(tx, memberId);
    if (!member) return { ok: false, reason: 'This person is not in the network.' };
    const safety = safetyFacts(await safetyCheckOf(tx, memberId));
    return contactability(
      memberFacts(member),
      safety,
      await networkContactability.context(tx, member),
    );
  },

  async isContactable(tx: Tx, memberId: string): Promise<boolean> {
    return (await networkContactability.contactability(tx, memberId)).ok;
  },

  /** The safety facts (not the sensitive notes) of some members, for rules such as "not safe". */
  async safetyFactsOf(tx: Tx, memberIds: readonly string[]): Promise<Map<string, SafetyFacts>> {
    const facts = new Map<string, SafetyFacts>();
    for (const check of await safetyChecksOf(tx, memberIds)) {
      const found = safetyFacts(check);
      if (found) facts.set(check.member_id, found);
    }
    return facts;
  },

  /** Whether a contact may be logged now, and whether it is the first (ADR 0033). */
  async decideContact(tx: Tx, memberId: string) {
    const member = await findMember(tx, memberId);
    if (!member) {
      return {
        verdict: { ok: false, reason: 'This person is not in the network.' } as Verdict,
        firstContact: false,
      };
    }
    const safety = safetyFacts(await safetyCheckOf(tx, memberId));
    return decideContact(
      memberFacts(member),
      safety,
      await networkContactability.context(tx, member),
    );
  },
};
