import type { FastifyInstance, FastifyReply } from 'fastify';
import { networkPersonName } from '../../domain/person-name.ts';
import { formatDate } from '../../platform/date-format.ts';
import { parseForm } from '../../platform/forms.ts';
import { dateItems } from '../journeys/form-fields.ts';
import {
  callerFrom,
  formRoute,
  type Problems,
  pageBase,
  type Values,
  VIEWS,
} from './handover-request.ts';
import {
  ANSWER_FIELDS,
  answerSchema,
  DURATIONS,
  offerSchema,
  reviewInvitationSchema,
} from './plan-handover.schemas.ts';
import { REVIEW_TEXT, radios, versionItems } from './plan-handover.view-model.ts';
import type { ReviewService } from './review.service.ts';

const work = 'journeys:work' as const;
type ReviewPage = Extract<Awaited<ReturnType<ReviewService['reviewPage']>>, { outcome: 'found' }>;
type InvitationsPage = Extract<
  Awaited<ReturnType<ReviewService['reviewInvitationsPage']>>,
  { outcome: 'found' }
>;
const dateError = (problems: Problems, prefix: string) =>
  ['day', 'month', 'year'].some((part) => problems.fieldErrors?.[`${prefix}-${part}`]);

function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const whole = hours === 1 ? '1 hour' : `${hours} hours`;
  return rest ? `${whole} ${rest} minutes` : whole;
}

function renderReview(reply: FastifyReply, page: ReviewPage, values: Values, problems: Problems) {
  return reply.viewAsync(`${VIEWS}/review.njk`, {
    ...pageBase(page, 'Review conference'),
    ...problems,
    values,
    waiting: page.waiting
      ? `A review of version ${page.versions.find((v) => v.id === page.waiting?.plan_version_id)?.number ?? ''} was offered on ${formatDate(page.waiting.offered_on)}.`
      : null,
    history: page.offers
      .filter((offer) => offer.answer !== null)
      .map(
        (offer) =>
          `Offered on ${formatDate(offer.offered_on)}: ${offer.answer} on ${formatDate(offer.answered_on)}`,
      ),
    versions: versionItems(page, values.versionId),
    offeredOnItems: dateItems(values, 'offeredOn', dateError(problems, 'offeredOn')),
    answers: radios({ accepted: 'Accepted', declined: 'Declined' }, values.answer),
    answeredOnItems: dateItems(values, 'answeredOn', dateError(problems, 'answeredOn')),
    startsOnItems: dateItems(values, 'startsOn', dateError(problems, 'startsOn')),
    durations: [
      { value: '', text: 'Select how long' },
      ...DURATIONS.map((d) => ({
        value: d,
        text: durationText(Number(d)),
        selected: values.duration === d,
      })),
    ],
  });
}

/** The review conference offered and answered; network members invited to reviews. */
export function reviewRoutes(app: FastifyInstance, service: ReviewService) {
  const base = '/journeys/:journeyId/plan-handover/:planId';
  const open = (
    request: Parameters<typeof callerFrom>[0],
    ids: { journeyId: string; planId: string },
  ) => service.reviewPage(callerFrom(request), ids.journeyId, ids.planId);

  formRoute(app, `${base}/review`, work, {
    open,
    values: () => ({}),
    render: renderReview,
    parse: (values) => parseForm(offerSchema, values),
    save: (request, ids, form) =>
      service.offer(callerFrom(request), ids.journeyId, ids.planId, form),
    notice: () => 'review-offered',
    fields: ['versionId', 'offeredOn'],
    post: `${base}/review/offer`,
  });

  formRoute(app, `${base}/review`, work, {
    open,
    values: () => ({}),
    render: renderReview,
    parse: (values) => parseForm(answerSchema, values),
    save: (request, ids, form) =>
      service.answer(callerFrom(request), ids.journeyId, ids.planId, form),
    notice: (form) => (form.answer === 'accepted' ? 'review-accepted' : 'review-declined'),
    fields: ANSWER_FIELDS,
    post: `${base}/review/answer`,
    getElsewhere: true,
  });

  formRoute(app, `${base}/review-invitations`, work, {
    open: (request, ids) =>
      service.reviewInvitationsPage(callerFrom(request), ids.journeyId, ids.planId),
    values: () => ({}),
    render: (reply, page: InvitationsPage, values, problems) =>
      reply.viewAsync(`${VIEWS}/review-invitations.njk`, {
        ...pageBase(page, 'Invite someone to contribute to reviews'),
        ...problems,
        members: [
          { value: '', text: 'Select a person' },
          ...page.members.map((member) => ({
            value: member.id,
            text: `${networkPersonName(member)}${member.relationship ? ` (${member.relationship})` : ''}`,
            selected: values.memberId === member.id,
          })),
        ],
        reviewKinds: radios(REVIEW_TEXT, values.reviewKind),
        agreed: radios(
          { yes: 'Yes, the young person agreed', no: 'No, the young person did not agree' },
          values.agreed,
        ),
        invitedOnItems: dateItems(values, 'invitedOn', dateError(problems, 'invitedOn')),
      }),
    parse: (values) => parseForm(reviewInvitationSchema, values),
    save: (request, ids, form) =>
      service.inviteToReviews(callerFrom(request), ids.journeyId, ids.planId, form),
    notice: () => 'review-invitation',
    fields: ['memberId', 'reviewKind', 'agreed', 'invitedOn'],
  });
}
