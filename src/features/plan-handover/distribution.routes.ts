import type { FastifyInstance, FastifyReply } from 'fastify';
import { networkPersonName } from '../../domain/person-name.ts';
import { formatDate } from '../../platform/date-format.ts';
import { parseForm } from '../../platform/forms.ts';
import { dateItems, dateValues } from '../journeys/form-fields.ts';
import type { DistributionService } from './distribution.service.ts';
import {
  callerFrom,
  formRoute,
  type Problems,
  pageBase,
  type Values,
  VIEWS,
} from './handover-request.ts';
import {
  copyDatesSchema,
  feedbackSchema,
  RECIPIENT_FIELDS,
  recipientSchema,
} from './plan-handover.schemas.ts';
import {
  METHOD_TEXT,
  RECIPIENT_TEXT,
  radios,
  recipientName,
  versionItems,
} from './plan-handover.view-model.ts';

const work = 'journeys:work' as const;
type Found<T extends (...args: never[]) => unknown> = Extract<
  Awaited<ReturnType<T>>,
  { outcome: 'found' }
>;
const dateError = (problems: Problems, prefix: string) =>
  ['day', 'month', 'year'].some((part) => problems.fieldErrors?.[`${prefix}-${part}`]);

/** Sending the plan out: who gets a copy, the dates of each copy, feedback asked. */
export function distributionRoutes(app: FastifyInstance, service: DistributionService) {
  const base = '/journeys/:journeyId/plan-handover/:planId';

  formRoute(app, `${base}/recipients/new`, work, {
    open: (request, ids) => service.recipientPage(callerFrom(request), ids.journeyId, ids.planId),
    values: () => ({}),
    render: (
      reply: FastifyReply,
      page: Found<DistributionService['recipientPage']>,
      values,
      problems,
    ) =>
      reply.viewAsync(`${VIEWS}/recipient.njk`, {
        ...pageBase(page, 'Add someone to send the plan to'),
        ...problems,
        values,
        kinds: radios(RECIPIENT_TEXT, values.recipientKind),
        members: [
          { value: '', text: 'Select a person' },
          ...page.members.map((member) => ({
            value: member.id,
            text: `${networkPersonName(member)}${member.relationship ? ` (${member.relationship})` : ''}`,
            selected: values.memberId === member.id,
          })),
        ],
        versions: versionItems(page, values.versionId),
        methods: radios(METHOD_TEXT, values.method),
        sentOnItems: dateItems(values, 'sentOn', dateError(problems, 'sentOn')),
        hasVersions: page.versions.length > 0,
      }),
    parse: (values: Values) => parseForm(recipientSchema, values),
    save: (request, ids, form) =>
      service.addRecipient(callerFrom(request), ids.journeyId, ids.planId, form),
    notice: () => 'recipient-added',
    fields: RECIPIENT_FIELDS,
  });

  formRoute(app, `${base}/recipients/:recipientId`, work, {
    open: (request, ids) =>
      service.recipientEditPage(callerFrom(request), ids.journeyId, ids.planId, ids.recipientId),
    values: (page: Found<DistributionService['recipientEditPage']>) => ({
      ...(page.recipient.sent_on ? dateValues('sentOn', page.recipient.sent_on) : {}),
      ...(page.recipient.acknowledged_on
        ? dateValues('acknowledgedOn', page.recipient.acknowledged_on)
        : {}),
    }),
    render: (reply, page, values, problems) =>
      reply.viewAsync(`${VIEWS}/copy-dates.njk`, {
        ...pageBase(page, 'Record when the copy was sent and acknowledged'),
        ...problems,
        who: recipientName(page.recipient, true),
        how: METHOD_TEXT[page.recipient.method],
        version: page.recipient.version,
        madeOn: formatDate(page.plan.made_on),
        sentOnItems: dateItems(values, 'sentOn', dateError(problems, 'sentOn')),
        acknowledgedOnItems: dateItems(
          values,
          'acknowledgedOn',
          dateError(problems, 'acknowledgedOn'),
        ),
      }),
    parse: (values) => parseForm(copyDatesSchema, values),
    save: (request, ids, form) =>
      service.changeDates(callerFrom(request), ids.journeyId, ids.planId, ids.recipientId, form),
    notice: () => 'copy-changed',
    fields: ['sentOn', 'acknowledgedOn'],
  });

  formRoute(app, `${base}/feedback`, work, {
    open: (request, ids) => service.feedbackPage(callerFrom(request), ids.journeyId, ids.planId),
    values: () => ({}),
    render: (reply, page: Found<DistributionService['feedbackPage']>, values, problems) => {
      const chosen = new Set(
        ([] as unknown[]).concat(values.recipientIds ?? []).map((one) => String(one)),
      );
      return reply.viewAsync(`${VIEWS}/feedback.njk`, {
        ...pageBase(page, 'Record feedback asked'),
        ...problems,
        people: page.recipients.map((one) => ({
          value: one.id,
          text: recipientName(one, true),
          checked: chosen.has(one.id),
        })),
        askedOnItems: dateItems(values, 'askedOn', dateError(problems, 'askedOn')),
      });
    },
    parse: (values) => parseForm(feedbackSchema, values),
    save: (request, ids, form) =>
      service.askFeedback(callerFrom(request), ids.journeyId, ids.planId, form),
    notice: () => 'feedback-asked',
    fields: ['recipientIds', 'askedOn'],
  });
}
