import type { Db, Tx } from '../../db/database.ts';
import { consentDateProblem } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { consentService, type NewConsent } from '../consent/consent.service.ts';
import type { ParentalConsentForm, YoungPersonConsentForm } from './consent.schemas.ts';
import {
  type Actor,
  auditChange,
  inReferral,
  mayEditDraft,
  type Problem,
  type ReferralCase,
} from './referral-case.ts';
import { knownAs } from './referral-details.ts';

export type ConsentRecorded = { outcome: 'done' } | { outcome: 'refused'; problem: Problem };

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

/** A consent cannot be dated before the child was born, or in the future. */
function dateProblem(found: ReferralCase, childIds: readonly string[], givenOn: string) {
  const today = todayInLondon();
  for (const childId of childIds) {
    const child = found.children.find((candidate) => candidate.id === childId);
    if (!child) return { text: 'Select a child this referral is about', field: 'childId' };
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

/** Consents given for a draft referral: the young person's own, and each parental one. */
export function referralConsentService(db: Db) {
  return {
    recordYoungPerson(actor: Actor, referralId: string, form: YoungPersonConsentForm) {
      return inReferral(
        db,
        actor,
        referralId,
        mayEditDraft,
        async (tx, found): Promise<ConsentRecorded> => {
          const problem = dateProblem(found, [form.childId], form.givenOn);
          if (problem) return { outcome: 'refused', problem };
          await record(tx, actor, referralId, {
            referral_id: referralId,
            child_id: form.childId,
            giver: 'young_person',
            own_words: form.ownWords,
            ...scopeColumns(form),
          });
          return { outcome: 'done' };
        },
        { forUpdate: true },
      );
    },

    /** One person's consent, recorded for each child they hold parental responsibility for. */
    recordParental(actor: Actor, referralId: string, form: ParentalConsentForm) {
      return inReferral(
        db,
        actor,
        referralId,
        mayEditDraft,
        async (tx, found): Promise<ConsentRecorded> => {
          const childIds = [...new Set(form.childIds)];
          const problem = dateProblem(found, childIds, form.givenOn);
          if (problem) {
            return {
              outcome: 'refused',
              problem: problem.field === 'childId' ? { ...problem, field: 'childIds' } : problem,
            };
          }
          for (const childId of childIds) {
            await record(tx, actor, referralId, {
              referral_id: referralId,
              child_id: childId,
              giver: 'parental_responsibility',
              giver_name: form.giverName,
              relationship: form.relationship,
              ...scopeColumns(form),
            });
          }
          return { outcome: 'done' };
        },
        { forUpdate: true },
      );
    },

    remove(actor: Actor, referralId: string, consentId: string) {
      return inReferral(
        db,
        actor,
        referralId,
        mayEditDraft,
        async (tx) => {
          if (!(await consentService.remove(tx, referralId, consentId))) {
            return { outcome: 'not-found' as const };
          }
          await auditChange(tx, actor, referralId, 'referral.consent_removed', { consentId });
          return { outcome: 'done' as const };
        },
        { forUpdate: true },
      );
    },
  };
}

export type ReferralConsentService = ReturnType<typeof referralConsentService>;
