import { networkPersonName } from '../../domain/person-name.ts';
import type { DistributionState } from '../../domain/plan-handover.ts';
import { formatDate } from '../../platform/date-format.ts';
import { escapeHtml } from '../journeys/journey-labels.ts';
import type { HandoverJourney, HandoverPlan } from './handover-case.ts';
import type { PlanSummary } from './summary.service.ts';

export const RECIPIENT_TEXT = {
  young_person: 'The young person',
  network_member: 'Someone in the young person’s network',
  social_worker: 'The social worker',
  iro: 'The independent reviewing officer (IRO)',
  carer: 'The carer',
  other: 'Someone else',
} as const;
export const METHOD_TEXT = {
  email: 'Email',
  post: 'Post',
  in_person: 'In person',
  secure_link: 'Secure link',
} as const;
export const REVIEW_TEXT = {
  looked_after_review: 'Looked-after child reviews',
  pathway_plan_review: 'Pathway plan reviews',
} as const;
export const CARE_PLAN_TEXT = { care_plan: 'Care plan', pathway_plan: 'Pathway plan' } as const;

const NOTICES: Record<string, string> = {
  'recipient-added': 'The person has been added to the list of copies.',
  'copy-changed': 'The dates of the copy have been saved.',
  'feedback-asked': 'Feedback asked has been recorded.',
  'review-offered': 'The review conference offer has been recorded.',
  'review-accepted':
    'The review has been accepted and a review conference added. Plan its venue and invitations on the conference page.',
  'review-declined': 'The review was declined. This has been recorded.',
  'iro-copy': 'Your copy of the plan has been recorded.',
  'care-plan': 'The plan is recorded as part of the care or pathway plan.',
  'review-invitation': 'What the young person said about reviews has been recorded.',
};

export function noticeText(notice: unknown): string | null {
  return typeof notice === 'string' ? (NOTICES[notice] ?? null) : null;
}

export const handoverHref = (journeyId: string) => `/journeys/${journeyId}/plan-handover`;
export const planHref = (journeyId: string, planId: string) =>
  `${handoverHref(journeyId)}/${planId}`;

/** "Plan sent out: on time", in words the case page and the handover page share. */
export function distributionText(state: DistributionState): string {
  switch (state.state) {
    case 'on_time':
      return `Sent out on time, on ${formatDate(state.sentOn)}`;
    case 'late':
      return `Sent out late, on ${formatDate(state.sentOn)} (due by ${formatDate(state.dueOn)})`;
    case 'overdue':
      return `Overdue: it was due by ${formatDate(state.dueOn)}`;
    default:
      return `Due by ${formatDate(state.dueOn)}`;
  }
}

export function versionText(version: { number: number; agreed_at: Date | null }): string {
  return `Version ${version.number}${version.agreed_at ? ', agreed' : ', not agreed yet'}`;
}

/** The versions to choose from: the latest agreed one chosen unless the form says otherwise. */
export function versionItems(open: HandoverPlan, chosen: unknown) {
  const fallback = open.versions.find((version) => version.agreed_at) ?? open.versions[0];
  const selected = typeof chosen === 'string' && chosen ? chosen : fallback?.id;
  return open.versions.map((version) => ({
    value: version.id,
    text: versionText(version),
    checked: version.id === selected,
  }));
}

export const radios = (labels: Record<string, string>, chosen: unknown) =>
  Object.entries(labels).map(([value, text]) => ({ value, text, checked: chosen === value }));

type Recipient = PlanSummary['recipients'][number];

export function recipientName(recipient: Recipient, seesNames: boolean): string {
  if (recipient.recipient_kind === 'network_member') {
    if (!seesNames || !recipient.member_first_name) return RECIPIENT_TEXT.network_member;
    const name = networkPersonName({
      first_name: recipient.member_first_name,
      last_name: recipient.member_last_name,
      known_as: null,
    });
    return recipient.member_relationship ? `${name} (${recipient.member_relationship})` : name;
  }
  const kind: string = RECIPIENT_TEXT[recipient.recipient_kind];
  return recipient.name ? `${recipient.name} (${kind.replace(/^The /, '').toLowerCase()})` : kind;
}

/** Each plan of the journey, ready for the handover page. */
export function planViews(open: HandoverJourney, plans: PlanSummary[]) {
  const journeyId = open.found.journey.id;
  return plans.map((summary) => {
    const href = planHref(journeyId, summary.plan.id);
    const names = new Map(
      summary.recipients.map((one) => [one.id, recipientName(one, open.seesNames)]),
    );
    const latest = summary.versions[0];
    return {
      heading: `Plan made on ${formatDate(summary.plan.made_on)}`,
      versionText: latest ? versionText(latest) : 'No version written yet',
      href,
      distribution: distributionText(summary.distribution),
      overdue: summary.distribution.state === 'overdue',
      recipients: summary.recipients.map((one) => [
        { text: names.get(one.id) ?? '' },
        { text: `Version ${one.version}` },
        { text: METHOD_TEXT[one.method] },
        { text: formatDate(one.sent_on) || 'Not sent yet' },
        { text: formatDate(one.acknowledged_on) || 'Not yet' },
        open.canWork
          ? {
              html: `<a class="govuk-link" href="${href}/recipients/${one.id}">Record dates<span class="govuk-visually-hidden"> for ${escapeHtml(names.get(one.id) ?? '')}</span></a>`,
            }
          : { text: '' },
      ]),
      feedback: summary.feedback.map(
        (one) =>
          `${names.get(one.recipient_id) ?? 'Someone'}, asked on ${formatDate(one.asked_on)}`,
      ),
      offers: summary.offers.map((offer) => {
        const answer =
          offer.answer === 'accepted'
            ? `accepted on ${formatDate(offer.answered_on)}`
            : offer.answer === 'declined'
              ? `declined on ${formatDate(offer.answered_on)}`
              : 'waiting for an answer';
        return {
          text: `Review of version ${offer.version} offered on ${formatDate(offer.offered_on)}: ${answer}`,
          conferenceHref: offer.conference_id
            ? `/journeys/${journeyId}/conferences/${offer.conference_id}`
            : null,
        };
      }),
      iroCopies: summary.iroCopies.map(
        (copy) =>
          `${copy.iro_name} holds version ${copy.version}, received on ${formatDate(copy.received_on)} (${METHOD_TEXT[copy.method].toLowerCase()})`,
      ),
      confirmations: summary.confirmations.map(
        (one) =>
          `Version ${one.version} is in the ${CARE_PLAN_TEXT[one.care_plan_kind].toLowerCase()} since ${formatDate(one.included_on)}, main record reference ${one.main_record_reference}, confirmed by ${one.confirmed_by_name}`,
      ),
      invitations: summary.invitations.map((one) => {
        const who = open.seesNames
          ? networkPersonName({
              first_name: one.first_name,
              last_name: one.last_name,
              known_as: null,
            })
          : 'Someone in the network';
        const what = REVIEW_TEXT[one.review_kind].toLowerCase();
        return one.invited_on
          ? `${who}: invited to contribute to ${what} on ${formatDate(one.invited_on)}`
          : one.young_person_agreed
            ? `${who}: the young person agreed for ${what}, not invited yet`
            : `${who}: the young person did not agree for ${what}`;
      }),
    };
  });
}
