import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { pageLinks, pageRequest } from '../../platform/pagination.ts';
import { dateItems } from '../journeys/form-fields.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { discoveryNotice } from './discovery.view-model.ts';
import { networkFormRoutes, networkPageRoute } from './network-form-route.ts';
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
  networkPageRoute(app, {
    path: '/journeys/:journeyId/discovery/searches',
    open: (caller, journeyId) => service.journeyLog(caller, journeyId),
    view: 'features/discovery/views/searches.njk',
    model: (page, notice) => ({
      title: 'Online search log',
      notice: discoveryNotice(notice),
      searches: page.rows.map(searchCard),
      sensitive: page.sensitive,
      canWork: page.sensitive && page.found.journey.status !== 'ended',
    }),
  });

  networkFormRoutes(app, {
    path: '/journeys/:journeyId/discovery/searches/new',
    open: (caller, journeyId) => service.page(caller, journeyId),
    render: renderSearch,
    schema: () => searchSchema(todayInLondon()),
    fields: SEARCH_FIELDS,
    save: (caller, journeyId, form) => service.add(caller, journeyId, form),
    back: { path: 'discovery/searches', notice: 'search-logged' },
  });

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
