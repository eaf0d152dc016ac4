import type { Db, Tx } from '../../db/database.ts';
import { consentDateProblem } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { consentService, type NewConsent } from '../consent/consent.service.ts';
import type { ParentalConsentForm, YoungPersonConsentForm } from './consent.schemas.ts';
import {
  type Actor,
  auditChange,
  changeReferral,
  mayEditDraft,
  type Problem,
  type ReferralCase,
} from './referral-case.ts';
import { knownAs } from './referral-details.ts';

export type ConsentRecorded =
  | { outcome: 'done' }
  | { outcome: 'refused'; problem: Problem }
  | { outcome: 'not-found' };

type Scope = Pick<
  YoungPersonConsentForm,
  'givenOn' | 'method' | 'scope' | 'shareLocation' | 'shareOnlyWith'
>;

function scopeColumns(form: Scope) {
  return {
    given_on: form.givenOn,
    method: form.method,
    scope_search: form.scope.includes('search'),
    scope_contact: form.scope.includes('contact'),
    scope_share: form.scope.includes('share'),
    // Nothing about where the young person lives is shared unless they say so, explicitly.
    share_location: form.shareLocation,
    share_only_with: form.scope.includes('share') ? form.shareOnlyWith : null,
  };
}

/** Who a consent is for and when it was given: what is checked before it is recorded. */
interface ConsentGiven {
  childIds: readonly string[];
  /** The form's field that names the children, where a child not in the referral is shown. */
  childField: 'childId' | 'childIds';
  givenOn: string;
  consentFor(childId: string): NewConsent;
}

/** A consent cannot be dated before the child was born, or in the future. */
function dateProblem(found: ReferralCase, given: ConsentGiven): Problem | null {
  const { childIds, givenOn } = given;
  const today = todayInLondon();
  for (const childId of childIds) {
    const child = found.children.find((candidate) => candidate.id === childId);
    if (!child) return { text: 'Select a child this referral is about', field: given.childField };
    const problem = consentDateProblem(givenOn, child.date_of_birth, today);
    if (problem) {
      const about = childIds.length > 1 ? ` (${knownAs(child)})` : '';
      return { text: `${problem}${about}`, field: 'givenOn' };
    }
  }
  return null;
}

async function record(tx: Tx, actor: Actor, referralId: string, consent: NewConsent) {
  const { id } = await consentService.record(tx, actor.organisationId, consent);
  await auditChange(tx, actor, referralId, 'referral.consent_recorded', {
    consentId: id,
    childId: consent.child_id,
    giver: consent.giver,
    scope: {
      search: consent.scope_search,
      contact: consent.scope_contact,
      share: consent.scope_share,
      shareLocation: consent.share_location,
    },
  });
}

/**
 * Records the consent for each child in a draft referral, unless its date is wrong for one. A
 * change replaces the consent it names, in the same transaction.
 */
function recordConsents(
  db: Db,
  actor: Actor,
  referralId: string,
  given: ConsentGiven,
  replaces: string | null = null,
) {
  return changeReferral(
    db,
    actor,
    referralId,
    mayEditDraft,
    async (tx, found): Promise<ConsentRecorded> => {
      const problem = dateProblem(found, given);
      if (problem) return { outcome: 'refused', problem };
      if (replaces) {
        if (!(await consentService.remove(tx, referralId, replaces))) {
          return { outcome: 'not-found' };
        }
        await auditChange(tx, actor, referralId, 'referral.consent_removed', {
          consentId: replaces,
          changed: true,
        });
      }
      for (const childId of given.childIds) {
        await record(tx, actor, referralId, given.consentFor(childId));
      }
      return { outcome: 'done' };
    },
  );
}

/** Consents given for a draft referral: the young person's own, and each parental one. */
export function referralConsentService(db: Db) {
  return {
    /** The young person's agreement; `replaces` names the agreement it changes, if it does. */
    recordYoungPerson(
      actor: Actor,
      referralId: string,
      form: YoungPersonConsentForm,
      replaces: string | null = null,
    ) {
      return recordConsents(
        db,
        actor,
        referralId,
        {
          childIds: [form.childId],
          childField: 'childId',
          givenOn: form.givenOn,
          consentFor: (childId) => ({
            referral_id: referralId,
            child_id: childId,
            giver: 'young_person',
            own_words: form.ownWords,
            ...scopeColumns(form),
          }),
        },
        replaces,
      );
    },

    /** One person's consent, recorded for each child they hold parental responsibility for. */
    recordParental(actor: Actor, referralId: string, form: ParentalConsentForm) {
      return recordConsents(db, actor, referralId, {
        childIds: [...new Set(form.childIds)],
        childField: 'childIds',
        givenOn: form.givenOn,
        consentFor: (childId) => ({
          referral_id: referralId,
          child_id: childId,
          giver: 'parental_responsibility',
          giver_name: form.giverName,
          relationship: form.relationship,
          ...scopeColumns(form),
        }),
      });
    },

    remove(actor: Actor, referralId: string, consentId: string) {
      return changeReferral(db, actor, referralId, mayEditDraft, async (tx) => {
        if (!(await consentService.remove(tx, referralId, consentId))) {
          return { outcome: 'not-found' as const };
        }
        await auditChange(tx, actor, referralId, 'referral.consent_removed', { consentId });
        return { outcome: 'done' as const };
      });
    },
  };
}

export type ReferralConsentService = ReturnType<typeof referralConsentService>;
