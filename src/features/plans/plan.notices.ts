import type { Tx } from '../../db/database.ts';
import { formatDate } from '../../platform/date-format.ts';
import type { Caller } from '../journeys/journey-case.service.ts';
import { notify } from '../notifications/notify.service.ts';
import type { PlanCase } from './plan-case.ts';
import { planHref } from './plan-request.ts';
import type { DecisionForm } from './plans.schemas.ts';

/**
 * The plan's notices (ADR 0025), given in the transaction of the change that causes them. In
 * Kindred a notice names the journey by its reference, never the young person; the email is
 * built from the kind alone. Nobody is told about their own change.
 */

const hrefOf = (open: PlanCase) =>
  planHref({ journeyId: open.found.journey.id, conferenceId: open.conference.id });

/** The referrer hears that a version of the plan is waiting for their decision. */
export async function tellReferrerPlanIsReady(
  tx: Tx,
  caller: Caller,
  open: PlanCase,
  version: number,
) {
  const { journey } = open.found;
  if (journey.referrer_id === caller.user.id) return;
  const which = version === 1 ? 'The plan' : `Version ${version} of the plan`;
  await notify(tx, {
    organisationId: caller.user.organisationId,
    userId: journey.referrer_id,
    kind: 'plan_decision_needed',
    subject: `${which} for ${journey.reference} is waiting for your decision`,
    body: 'Read the plan, then agree it, say you need more time, or say you do not agree it.',
    link: `${hrefOf(open)}/decision`,
    dedupeKey: `plan-decision-needed:${open.plan.id}:${version}`,
  });
}

const DECIDED: Record<DecisionForm['outcome'], string> = {
  agreed: 'The referrer agreed the plan',
  delayed: 'The referrer needs more time to decide on the plan',
  not_agreed: 'The referrer did not agree the plan',
};

/** The journey's coordinator hears what the referrer decided. */
export async function tellCoordinatorOfDecision(
  tx: Tx,
  caller: Caller,
  open: PlanCase,
  form: DecisionForm,
) {
  const { journey } = open.found;
  if (!journey.coordinator_id || journey.coordinator_id === caller.user.id) return;
  const body =
    form.outcome === 'agreed'
      ? `Version ${open.version.number} is agreed and locked.`
      : form.outcome === 'delayed'
        ? `They will decide by ${formatDate(form.promisedOn)}.`
        : 'Read their reason on the plan.';
  await notify(tx, {
    organisationId: caller.user.organisationId,
    userId: journey.coordinator_id,
    kind: 'plan_decided',
    subject: `${DECIDED[form.outcome]} for ${journey.reference}`,
    body,
    link: hrefOf(open),
  });
}
