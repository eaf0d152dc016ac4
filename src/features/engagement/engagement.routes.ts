import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { parseForm } from '../../platform/forms.ts';
import type { ConsentRow } from '../consent/consent.service.ts';
import { answerNetworkChange, sentValues } from '../discovery/discovery-request.ts';
import { dateItems } from '../journeys/form-fields.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { GIVER_NAMES } from '../journeys/journey-labels.ts';
import {
  answerOpenJourney,
  callerFrom,
  inPageOrder,
  type JourneyParams,
  journeyIdFrom,
} from '../journeys/journey-request.ts';
import type { MemberWithPerson } from '../network/network.service.ts';
import {
  concernListItems,
  engagementNotice,
  memberItems,
  methodChoices,
  shareItemChoices,
  shareTableRows,
} from './engagement.view-model.ts';
import { SHARE_FIELDS, shareSchema } from './shares.schemas.ts';
import type { SharesService } from './shares.service.ts';

type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };

/** What each consent allows, shown beside the share form so the coordinator can check first. */
function consentScope(found: JourneyCase, consents: readonly ConsentRow[]) {
  return consents.map((consent) => {
    const child = found.children.find((each) => each.id === consent.child_id);
    const who =
      consent.giver === 'young_person'
        ? `${child?.preferred_name ?? child?.first_name ?? 'The young person'} (the young person)`
        : `${consent.giver_name ?? GIVER_NAMES.parental_responsibility}`;
    const parts = consent.withdrawn_on
      ? ['Withdrawn: nothing may be shared']
      : [
          consent.scope_share ? 'Agreed to share with the network' : 'Not agreed to share',
          consent.share_location
            ? 'Where they live may be shared'
            : 'Where they live must not be shared',
          consent.share_only_with
            ? `Only with: ${consent.share_only_with}`
            : 'With anyone in the network',
        ];
    return { key: { text: who }, value: { text: parts.join('. ') } };
  });
}

function renderShare(
  reply: FastifyReply,
  page: { found: JourneyCase; consents: ConsentRow[]; members: MemberWithPerson[] },
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  const fieldErrors = problems.fieldErrors ?? {};
  const dateError = ['day', 'month', 'year'].some((part) => fieldErrors[`sharedOn-${part}`]);
  return reply.viewAsync('features/engagement/views/share-new.njk', {
    title: 'Record information shared',
    summary: caseSummary(page.found),
    members: memberItems(page.found, page.members, values.memberId),
    consentScope: consentScope(page.found, page.consents),
    items: shareItemChoices(values),
    methods: methodChoices(values.method),
    dateItems: dateItems(values, 'sharedOn', dateError),
    values,
    fieldErrors,
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

export function engagementRoutes(app: FastifyInstance, service: SharesService) {
  app.get<JourneyParams>(
    '/journeys/:journeyId/engagement',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const caller = callerFrom(request);
      const page = await service.overview(caller, journeyId);
      if (page.outcome === 'not-found') return reply.callNotFound();
      const { notice } = (request.query ?? {}) as { notice?: unknown };
      const { journey } = page.found;
      return reply.viewAsync('features/engagement/views/engagement.njk', {
        title: 'Engagement',
        summary: caseSummary(page.found),
        notice: engagementNotice(notice),
        sensitive: page.sensitive,
        canWork: page.sensitive && journey.status !== 'ended' && journey.stage >= 3,
        concerns: concernListItems(page.found, page.concerns),
        shares: shareTableRows(page.found, page.shares),
      });
    },
  );

  const work = { access: 'journeys:work' } as const;
  const openPage = service.page.bind(service);
  const path = '/journeys/:journeyId/shares/new';
  app.get<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, (page) => renderShare(reply, page, {})),
  );
  app.post<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, async (page, caller, journeyId) => {
      const values = sentValues(request.body);
      const form = parseForm(shareSchema(todayInLondon()), values);
      if (!form.ok) {
        return renderShare(reply.status(400), page, values, inPageOrder(form, SHARE_FIELDS));
      }
      const result = await service.record(caller, journeyId, form.data);
      return answerNetworkChange(
        reply,
        journeyId,
        result,
        { path: 'engagement', notice: 'share-recorded' },
        (problems) => renderShare(reply, page, values, problems),
      );
    }),
  );
}
