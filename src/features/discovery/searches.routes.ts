import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { parseForm } from '../../platform/forms.ts';
import { pageLinks, pageRequest } from '../../platform/pagination.ts';
import { dateItems } from '../journeys/form-fields.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import {
  answerOpenJourney,
  callerFrom,
  inPageOrder,
  type JourneyParams,
  journeyIdFrom,
} from '../journeys/journey-request.ts';
import { discoveryNotice } from './discovery.view-model.ts';
import { answerNetworkChange, sentValues } from './discovery-request.ts';
import { SEARCH_FIELDS, searchLogQuerySchema, searchSchema } from './searches.schemas.ts';
import { SEARCH_LOG_PAGE_SIZE, type SearchesService } from './searches.service.ts';
import { searchCard, sourceItems, sourceOptions, teamLogRows } from './searches.view-model.ts';

type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };

function renderSearch(
  reply: FastifyReply,
  page: { found: JourneyCase; blockedReason: string | null },
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  const fieldErrors = problems.fieldErrors ?? {};
  const dateError = ['day', 'month', 'year'].some((part) => fieldErrors[`searchedOn-${part}`]);
  return reply.viewAsync('features/discovery/views/search-new.njk', {
    title: 'Log an online search',
    summary: caseSummary(page.found),
    blockedReason: page.blockedReason,
    values,
    dateItems: dateItems(values, 'searchedOn', dateError),
    sources: sourceItems(values.source),
    fieldErrors,
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

export function searchRoutes(app: FastifyInstance, service: SearchesService) {
  app.get<JourneyParams>(
    '/journeys/:journeyId/discovery/searches',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const page = await service.journeyLog(callerFrom(request), journeyId);
      if (page.outcome === 'not-found') return reply.callNotFound();
      const { notice } = (request.query ?? {}) as { notice?: unknown };
      return reply.viewAsync('features/discovery/views/searches.njk', {
        title: 'Online search log',
        summary: caseSummary(page.found),
        notice: discoveryNotice(notice),
        searches: page.rows.map(searchCard),
        sensitive: page.sensitive,
        canWork: page.sensitive && page.found.journey.status !== 'ended',
      });
    },
  );

  const work = { access: 'journeys:work' } as const;
  const openPage = service.page.bind(service);
  const path = '/journeys/:journeyId/discovery/searches/new';
  app.get<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, (page) => renderSearch(reply, page, {})),
  );
  app.post<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, async (page, caller, journeyId) => {
      const values = sentValues(request.body);
      const form = parseForm(searchSchema(todayInLondon()), values);
      if (!form.ok) {
        return renderSearch(reply.status(400), page, values, inPageOrder(form, SEARCH_FIELDS));
      }
      const result = await service.add(caller, journeyId, form.data);
      return answerNetworkChange(
        reply,
        journeyId,
        result,
        { path: 'discovery/searches', notice: 'search-logged' },
        (problems) => renderSearch(reply, page, values, problems),
      );
    }),
  );

  app.get('/searches', { config: { access: 'searches:oversee' } }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.callNotFound();
    const query = searchLogQuerySchema.parse(request.query ?? {});
    const filter = { q: query.q || undefined, source: query.source };
    const pageAsked = pageRequest(query, 2, SEARCH_LOG_PAGE_SIZE);
    const page = await service.teamLog(user, request.id, filter, pageAsked);
    return reply.viewAsync('features/discovery/views/team-searches.njk', {
      title: 'Online searches across the team',
      q: filter.q ?? '',
      sources: sourceOptions(filter.source),
      rows: teamLogRows(page.rows),
      filtered: Boolean(filter.q || filter.source),
      links: pageLinks('/searches', filter, page, (row) => [row.searched_on, row.id]),
    });
  });
}
