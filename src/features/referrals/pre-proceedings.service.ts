import type { Db } from '../../db/database.ts';
import { findPreProceedings, savePreProceedings } from './pre-proceedings.repository.ts';
import type { PreProceedingsForm } from './pre-proceedings.schemas.ts';
import {
  type Actor,
  auditChange,
  auditView,
  changeReferral,
  inReferral,
  mayEditPreProceedings,
} from './referral-case.ts';

/**
 * The offer of a family group decision-making meeting before proceedings (s.31ZA Children Act
 * 1989), for a Family Group Conference referral: kept by the referrer, and the team manager once
 * it is submitted, at any time.
 */
export function preProceedingsService(db: Db) {
  return {
    page(actor: Actor, referralId: string) {
      return inReferral(db, actor, referralId, mayEditPreProceedings, async (tx, found) => {
        await auditView(tx, actor, referralId, 'pre-proceedings');
        return {
          outcome: 'found' as const,
          referral: found.referral,
          offer: (await findPreProceedings(tx, referralId)) ?? null,
        };
      });
    },

    save(actor: Actor, referralId: string, form: PreProceedingsForm) {
      return changeReferral(db, actor, referralId, mayEditPreProceedings, async (tx, found) => {
        await savePreProceedings(tx, actor.organisationId, referralId, {
          offered_on: form.offeredOn,
          in_letter_before_proceedings: form.inLetterBeforeProceedings,
          offered_to: form.offeredTo,
          response: form.response,
          responded_by: form.respondedBy,
          meeting_on: form.meetingOn,
          application_on: form.applicationOn,
          best_interests_exemption: form.bestInterestsExemption,
          exemption_reason: form.bestInterestsExemption ? form.exemptionReason : null,
          exemption_decided_by: form.bestInterestsExemption ? form.exemptionDecidedBy : null,
        });
        await auditChange(tx, actor, referralId, 'referral.pre_proceedings_saved', {
          status: found.referral.status,
          response: form.response,
          bestInterestsExemption: form.bestInterestsExemption,
        });
        return { outcome: 'done' as const, status: found.referral.status };
      });
    },
  };
}

export type PreProceedingsService = ReturnType<typeof preProceedingsService>;
