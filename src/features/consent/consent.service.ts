import type { Tx } from '../../db/database.ts';
import { type ChildFacts, type ConsentFacts, missingConsents } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  type ConsentRow,
  consentsOfReferral,
  deleteConsent,
  insertConsent,
  markGivenAgain,
  markWithdrawn,
  type NewConsent,
} from './consent.repository.ts';

export type { ConsentRow, NewConsent };

/**
 * Consent, shared by referrals (where it is given) and journeys (where it is reconfirmed or
 * withdrawn). Callers pass their transaction, check permissions and write the audit event.
 */
export const consentService = {
  record: (tx: Tx, organisationId: string, consent: NewConsent) =>
    insertConsent(tx, organisationId, consent),
  list: (tx: Tx, referralId: string) => consentsOfReferral(tx, referralId),
  remove: (tx: Tx, referralId: string, consentId: string) =>
    deleteConsent(tx, referralId, consentId),

  /** What is still missing before a referral of this kind, for these children, may be submitted. */
  async missing(
    tx: Tx,
    kind: 'fgc' | 'lifelong_links',
    referralId: string,
    children: ChildFacts[],
  ) {
    const consents = await consentsOfReferral(tx, referralId);
    const facts: ConsentFacts[] = consents.map((consent) => ({
      childId: consent.child_id,
      giver: consent.giver,
      givenOn: consent.given_on,
      withdrawnOn: consent.withdrawn_on,
    }));
    return missingConsents(kind, children, facts, todayInLondon());
  },

  /** A person has withdrawn their consent: every consent they gave with this referral. */
  withdraw: (
    tx: Tx,
    referralId: string,
    consentIds: string[],
    withdrawnOn: string,
    reason: string,
  ) => markWithdrawn(tx, referralId, consentIds, withdrawnOn, reason),

  /** A person confirmed their consent, or gave it again, and said what they agree to now. */
  giveAgain: (
    tx: Tx,
    referralId: string,
    consentIds: string[],
    given: { on: string; search: boolean; contact: boolean; share: boolean },
  ) => markGivenAgain(tx, referralId, consentIds, given),
};
