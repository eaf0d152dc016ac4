import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { formatDate } from '../../platform/date-format.ts';
import { pageLinks, pageQuerySchema, pageRequest } from '../../platform/pagination.ts';
import {
  DEADLINES_PAGE_SIZE,
  type DeadlinesService,
  SORTS,
  type Sort,
} from './deadlines.service.ts';

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const querySchema = z.object({
  sort: z.preprocess(first, z.enum(SORTS).catch('due')),
  order: z.preprocess(first, z.enum(['asc', 'desc']).catch('asc')),
  ...pageQuerySchema,
});

const STATE_TAGS = {
  overdue: { text: 'Overdue', classes: 'govuk-tag--red' },
  due_today: { text: 'Due today', classes: 'govuk-tag--orange' },
  due_soon: { text: 'Due soon', classes: 'govuk-tag--yellow' },
  later: { text: 'Coming up', classes: 'govuk-tag--grey' },
} as const;

const COLUMNS: Array<{ sort: Sort; text: string }> = [
  { sort: 'name', text: 'Young person' },
  { sort: 'what', text: 'What is due' },
  { sort: 'due', text: 'Due on' },
  { sort: 'owner', text: 'Who' },
];

export function deadlineRoutes(app: FastifyInstance, service: DeadlinesService) {
  app.get('/deadlines', { config: { access: 'deadlines:read' } }, async (request, reply) => {
    if (!request.user) throw new Error('Deadline routes are only reached by a signed-in user');
    const query = querySchema.parse(request.query ?? {});
    const descending = query.order === 'desc';
    const listed = await service.view(
      request.user,
      { sort: query.sort, descending, page: pageRequest(query, 3, DEADLINES_PAGE_SIZE) },
      request.id,
    );
    return reply.viewAsync('features/deadlines/views/deadlines.njk', {
      title: listed.teamView ? 'Due and overdue: the team' : 'Your due and overdue deadlines',
      teamView: listed.teamView,
      overdue: listed.overdue,
      total: listed.total,
      // Column headings are links: the table sorts without JavaScript (MoJ sortable table's markup).
      columns: COLUMNS.map((column) => {
        const current = column.sort === query.sort;
        const nextOrder = current && !descending ? 'desc' : 'asc';
        return {
          text: column.text,
          href: `/deadlines?sort=${column.sort}&order=${nextOrder}`,
          ariaSort: current ? (descending ? 'descending' : 'ascending') : 'none',
        };
      }),
      rows: listed.page.rows.map((item) => ({
        names: item.names,
        reference: item.reference,
        href: item.href,
        what: item.what,
        dueOn: formatDate(item.dueOn),
        owner: item.owner,
        tag: STATE_TAGS[item.state],
      })),
      pagination: pageLinks(
        '/deadlines',
        { sort: query.sort, order: query.order },
        listed.page,
        (item) => item.cursor,
      ),
    });
  });
}
