import type { Tx } from '../../db/database.ts';
import { type ChildFacts, type ConsentFacts, missingConsents } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  consentsOfReferral,
  deleteConsent,
  insertConsent,
  markWithdrawn,
  type NewConsent,
} from './consent.repository.ts';

export type { NewConsent };

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

  /** The young person, or someone with parental responsibility, has withdrawn their consent. */
  withdraw: (
    tx: Tx,
    referralId: string,
    giver: 'young_person' | 'parental_responsibility',
    withdrawnOn: string,
    reason: string,
  ) => markWithdrawn(tx, referralId, giver, withdrawnOn, reason),
};
