import { copyDatesRefusal, planDateRefusal } from '../../domain/plan-handover.ts';
import { auditJourney, type Caller, type Refused } from '../journeys/journey-case.service.ts';
import type { HandoverCases, HandoverPlan } from './handover-case.ts';
import { memberRefusal, membersForPlan } from './handover-members.ts';
import {
  findRecipient,
  insertFeedbackRequests,
  insertRecipient,
  recipientsOf,
  updateRecipientDates,
} from './plan-handover.repository.ts';
import type { CopyDatesForm, FeedbackForm, RecipientForm } from './plan-handover.schemas.ts';

export type Saved = { outcome: 'saved' };
const SAVED: Saved = { outcome: 'saved' };

function versionRefusal(open: HandoverPlan, versionId: string): Refused | null {
  return open.versions.some((version) => version.id === versionId)
    ? null
    : { outcome: 'refused', reason: 'Select the version of the plan', field: 'versionId' };
}

/** Sending the plan out (stage 6): who gets a copy, how and when; feedback asked of them. */
export class DistributionService {
  constructor(readonly cases: HandoverCases) {}

  recipientPage(caller: Caller, journeyId: string, planId: string) {
    return this.cases.plan(
      caller,
      journeyId,
      planId,
      'work',
      'recipient-new',
      async (tx, open) => ({
        outcome: 'found' as const,
        ...open,
        members: await membersForPlan(tx, open.found, caller.user.organisationId),
      }),
    );
  }

  /** Adds someone to send the plan to; a member the young person said no to is refused. */
  addRecipient(caller: Caller, journeyId: string, planId: string, form: RecipientForm) {
    return this.cases.plan(caller, journeyId, planId, 'work', 'recipient-new', async (tx, open) => {
      const refused =
        versionRefusal(open, form.versionId) ??
        (form.memberId ? await memberRefusal(tx, open.found, form.memberId, 'memberId') : null) ??
        this.datesRefusal(open, form.sentOn, null);
      if (refused) return refused;
      if (
        form.memberId &&
        (await recipientsOf(tx, planId)).some((one) => one.member_id === form.memberId)
      ) {
        return {
          outcome: 'refused',
          reason: 'This person is already on the list: change their row instead',
          field: 'memberId',
        } satisfies Refused;
      }
      const { id } = await insertRecipient(tx, caller.user.organisationId, {
        plan_id: planId,
        plan_version_id: form.versionId,
        recipient_kind: form.recipientKind,
        member_id: form.memberId,
        name: form.name,
        method: form.method,
        sent_on: form.sentOn,
        created_by: caller.user.id,
      });
      await auditJourney(tx, caller, journeyId, 'plan-handover.recipient-added', {
        planId,
        recipientId: id,
        kind: form.recipientKind,
        sent: form.sentOn !== null,
      });
      return SAVED;
    });
  }

  recipientEditPage(caller: Caller, journeyId: string, planId: string, recipientId: string) {
    return this.cases.plan(caller, journeyId, planId, 'work', 'recipient', async (tx, open) => {
      const recipient = (await recipientsOf(tx, planId)).find((one) => one.id === recipientId);
      if (!recipient) return { outcome: 'not-found' as const };
      return { outcome: 'found' as const, ...open, recipient };
    });
  }

  /** When the copy went and when it was acknowledged. */
  changeDates(
    caller: Caller,
    journeyId: string,
    planId: string,
    recipientId: string,
    form: CopyDatesForm,
  ) {
    return this.cases.plan(caller, journeyId, planId, 'work', 'recipient', async (tx, open) => {
      const recipient = await findRecipient(tx, recipientId);
      if (!recipient || recipient.plan_id !== planId) return { outcome: 'not-found' as const };
      const refused = this.datesRefusal(open, form.sentOn, form.acknowledgedOn);
      if (refused) return refused;
      await updateRecipientDates(tx, recipientId, {
        sent_on: form.sentOn,
        acknowledged_on: form.acknowledgedOn,
      });
      await auditJourney(tx, caller, journeyId, 'plan-handover.copy-dates-changed', {
        planId,
        recipientId,
        sent: form.sentOn !== null,
        acknowledged: form.acknowledgedOn !== null,
      });
      return SAVED;
    });
  }

  feedbackPage(caller: Caller, journeyId: string, planId: string) {
    return this.cases.plan(caller, journeyId, planId, 'work', 'feedback', async (tx, open) => ({
      outcome: 'found' as const,
      ...open,
      recipients: await recipientsOf(tx, planId),
    }));
  }

  /** Records that feedback was asked of some of the people who got the plan. */
  askFeedback(caller: Caller, journeyId: string, planId: string, form: FeedbackForm) {
    return this.cases.plan(caller, journeyId, planId, 'work', 'feedback', async (tx, open) => {
      const known = new Set((await recipientsOf(tx, planId)).map((one) => one.id));
      if (!form.recipientIds.every((one) => known.has(one))) {
        return {
          outcome: 'refused',
          reason: 'Select who you asked',
          field: 'recipientIds',
        } satisfies Refused;
      }
      const when = planDateRefusal(
        open.plan.made_on,
        open.today,
        form.askedOn,
        'The date feedback was asked',
      );
      if (when) return { outcome: 'refused', reason: when, field: 'askedOn-day' } satisfies Refused;
      await insertFeedbackRequests(
        tx,
        caller.user.organisationId,
        form.recipientIds.map((recipientId) => ({
          plan_id: planId,
          recipient_id: recipientId,
          asked_on: form.askedOn,
          created_by: caller.user.id,
        })),
      );
      await auditJourney(tx, caller, journeyId, 'plan-handover.feedback-asked', {
        planId,
        people: form.recipientIds.length,
      });
      return SAVED;
    });
  }

  private datesRefusal(
    open: HandoverPlan,
    sentOn: string | null,
    acknowledgedOn: string | null,
  ): Refused | null {
    const refusal = copyDatesRefusal(open.plan.made_on, open.today, sentOn, acknowledgedOn);
    return refusal
      ? { outcome: 'refused', reason: refusal.reason, field: `${refusal.field}-day` }
      : null;
  }
}
