import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import type { ConsentRow } from '../consent/consent.service.ts';
import { canAddTo, networkFormRoutes, networkPageRoute } from '../discovery/network-form-route.ts';
import { dateItems } from '../journeys/form-fields.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { GIVER_NAMES } from '../journeys/journey-labels.ts';
import {
  childItems,
  concernListItems,
  engagementNotice,
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
  page: { found: JourneyCase; consents: ConsentRow[] },
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  const fieldErrors = problems.fieldErrors ?? {};
  const dateError = ['day', 'month', 'year'].some((part) => fieldErrors[`sharedOn-${part}`]);
  return reply.viewAsync('features/engagement/views/share-new.njk', {
    title: 'Record information shared',
    summary: caseSummary(page.found),
    children: childItems(page.found, values.childId),
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
  networkPageRoute(app, {
    path: '/journeys/:journeyId/engagement',
    open: (caller, journeyId) => service.overview(caller, journeyId),
    view: 'features/engagement/views/engagement.njk',
    model: (page, notice) => ({
      title: 'Engagement',
      notice: engagementNotice(notice),
      sensitive: page.sensitive,
      canWork: page.sensitive && canAddTo(page.found),
      concerns: concernListItems(page.found, page.concerns),
      shares: shareTableRows(page.found, page.shares),
    }),
  });

  networkFormRoutes(app, {
    path: '/journeys/:journeyId/shares/new',
    open: (caller, journeyId) => service.page(caller, journeyId),
    render: renderShare,
    schema: () => shareSchema(todayInLondon()),
    fields: SHARE_FIELDS,
    save: (caller, journeyId, form) => service.record(caller, journeyId, form),
    back: { path: 'engagement', notice: 'share-recorded' },
  });
}
