import { instantFromLondon } from '../../domain/london-time.ts';
import {
  planDateRefusal,
  reviewInvitationRefusal,
  reviewOfferRefusal,
} from '../../domain/plan-handover.ts';
import { auditJourney, type Caller, type Refused } from '../journeys/journey-case.service.ts';
import type { Saved } from './distribution.service.ts';
import type { HandoverCases } from './handover-case.ts';
import { memberRefusal, membersForPlan } from './handover-members.ts';
import {
  answerOffer,
  insertOffer,
  insertReviewConference,
  offersOf,
  reviewInvitationsOf,
  upsertReviewInvitation,
} from './plan-handover.repository.ts';
import type { AnswerForm, OfferForm, ReviewInvitationForm } from './plan-handover.schemas.ts';

const SAVED: Saved = { outcome: 'saved' };
const refused = (reason: string, field: string): Refused => ({ outcome: 'refused', reason, field });

/** A review conference offered and answered; network members invited to the child's reviews. */
export class ReviewService {
  constructor(readonly cases: HandoverCases) {}

  reviewPage(caller: Caller, journeyId: string, planId: string) {
    return this.cases.plan(caller, journeyId, planId, 'work', 'review', async (tx, open) => {
      const offers = await offersOf(tx, planId);
      const waiting = offers.find((offer) => offer.answer === null) ?? null;
      return { outcome: 'found' as const, ...open, offers, waiting };
    });
  }

  /** Offers a review conference; refused when there is no plan yet to review. */
  offer(caller: Caller, journeyId: string, planId: string, form: OfferForm) {
    return this.cases.plan(caller, journeyId, planId, 'work', 'review', async (tx, open) => {
      const verdict = reviewOfferRefusal(
        open.versions.length,
        open.plan.made_on,
        form.offeredOn,
        open.today,
      );
      if (!verdict.ok) {
        return refused(verdict.reason, open.versions.length === 0 ? 'versionId' : 'offeredOn-day');
      }
      if (!open.versions.some((version) => version.id === form.versionId)) {
        return refused('Select the version of the plan', 'versionId');
      }
      if ((await offersOf(tx, planId)).some((offer) => offer.answer === null)) {
        return refused('A review is already offered: record the answer first', 'versionId');
      }
      const { id } = await insertOffer(tx, caller.user.organisationId, {
        plan_id: planId,
        plan_version_id: form.versionId,
        offered_on: form.offeredOn,
        created_by: caller.user.id,
      });
      await auditJourney(tx, caller, journeyId, 'plan-handover.review-offered', {
        planId,
        offerId: id,
      });
      return SAVED;
    });
  }

  /**
   * The answer to the offer. An accepted one becomes a review conference of the journey, linked to
   * the version it reviews; its venue and the rest are planned on the conference's pages.
   */
  answer(caller: Caller, journeyId: string, planId: string, form: AnswerForm) {
    return this.cases.plan(caller, journeyId, planId, 'work', 'review', async (tx, open) => {
      const waiting = (await offersOf(tx, planId)).find((offer) => offer.answer === null);
      if (!waiting) return refused('No review is waiting for an answer', 'answer');
      if (form.answeredOn < waiting.offered_on || form.answeredOn > open.today) {
        return refused(
          'The date of the answer must be between the offer and today',
          'answeredOn-day',
        );
      }
      let conferenceId: string | null = null;
      if (form.review) {
        const startsAt = instantFromLondon(form.review.startsOn, form.review.time);
        if (startsAt.getTime() <= Date.now()) {
          return refused('The review conference must be in the future', 'startsOn-day');
        }
        ({ id: conferenceId } = await insertReviewConference(tx, caller.user.organisationId, {
          journey_id: journeyId,
          kind: open.found.journey.kind === 'fgc' ? 'fgc' : 'lifelong_links_fgc',
          reviews_plan_version_id: waiting.plan_version_id,
          starts_at: startsAt,
          duration_minutes: form.review.durationMinutes,
          created_by: caller.user.id,
        }));
      }
      await answerOffer(tx, waiting.id, {
        answer: form.answer,
        answered_on: form.answeredOn,
        conference_id: conferenceId,
      });
      await auditJourney(tx, caller, journeyId, 'plan-handover.review-answered', {
        planId,
        offerId: waiting.id,
        answer: form.answer,
        conferenceId,
      });
      return { outcome: 'saved' as const, conferenceId };
    });
  }

  reviewInvitationsPage(caller: Caller, journeyId: string, planId: string) {
    return this.cases.plan(
      caller,
      journeyId,
      planId,
      'work',
      'review-invitations',
      async (tx, open) => ({
        outcome: 'found' as const,
        ...open,
        members: await membersForPlan(tx, open.found, caller.user.organisationId),
        invitations: await reviewInvitationsOf(tx, planId),
      }),
    );
  }

  /** Records what the young person said; invites only when they agreed. */
  inviteToReviews(caller: Caller, journeyId: string, planId: string, form: ReviewInvitationForm) {
    return this.cases.plan(
      caller,
      journeyId,
      planId,
      'work',
      'review-invitations',
      async (tx, open) => {
        const member = await memberRefusal(tx, open.found, form.memberId, 'memberId');
        if (member) return member;
        const verdict = reviewInvitationRefusal(form.agreed, form.invitedOn);
        if (!verdict.ok) return refused(verdict.reason, 'agreed');
        if (form.invitedOn) {
          const when = planDateRefusal(
            open.plan.made_on,
            open.today,
            form.invitedOn,
            'The date invited',
          );
          if (when) return refused(when, 'invitedOn-day');
        }
        await upsertReviewInvitation(tx, caller.user.organisationId, {
          plan_id: planId,
          member_id: form.memberId,
          review_kind: form.reviewKind,
          young_person_agreed: form.agreed,
          invited_on: form.invitedOn,
          created_by: caller.user.id,
        });
        await auditJourney(tx, caller, journeyId, 'plan-handover.review-invitation-recorded', {
          planId,
          memberId: form.memberId,
          reviewKind: form.reviewKind,
          agreed: form.agreed,
          invited: form.invitedOn !== null,
        });
        return SAVED;
      },
    );
  }
}
