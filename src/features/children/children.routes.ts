import type { FastifyInstance } from 'fastify';
import { DATE_RULES, isoDateFromParts, todayInLondon } from '../../domain/dates.ts';
import { can } from '../../platform/access-policy.ts';
import { countInWords, pageLinks, pageRequest } from '../../platform/pagination.ts';
import { recordPage } from './child-record.view-model.ts';
import { childNoticeSchema, childSearchSchema } from './children.schemas.ts';
import type { ChildrenRegister } from './children.service.ts';
import { childListRows } from './children.view-model.ts';
import { registerKey } from './children-register.repository.ts';
import { parseRecordId, VIEWS, viewerFrom } from './children-request.ts';

const PAGE_SIZE = 50;

const NOTICES = {
  added: 'Child or young person added to the register',
  updated: 'Their details have been updated',
} as const;

/** The register (search and list) and a child's record page. */
export function childrenRoutes(app: FastifyInstance, register: ChildrenRegister) {
  app.get('/children', { config: { access: 'children:search' } }, async (request, reply) => {
    const viewer = viewerFrom(request);
    const query = childSearchSchema.parse(request.query ?? {});
    const parts = [query['dob-day'], query['dob-month'], query['dob-year']] as const;
    const dobGiven = parts.some(Boolean);
    const dateOfBirth = dobGiven ? isoDateFromParts(...parts) : null;
    const dobError =
      dobGiven && !dateOfBirth ? { text: DATE_RULES.notReal('the date of birth') } : null;
    const searched = Boolean(query.q || dateOfBirth);
    const search = { text: query.q, dateOfBirth: dateOfBirth ?? undefined };
    const result = dobError
      ? { page: { rows: [], hasPrevious: false, hasNext: false }, matching: 0 }
      : await register.list(viewer, search, pageRequest(query, 3, PAGE_SIZE));
    const today = todayInLondon();
    const filters = {
      q: query.q,
      'dob-day': query['dob-day'],
      'dob-month': query['dob-month'],
      'dob-year': query['dob-year'],
    };
    return reply.status(dobError ? 400 : 200).viewAsync(`${VIEWS}/children.njk`, {
      title: 'Children and young people',
      query,
      searched,
      rows: childListRows(result.page.rows, today),
      countText: searched
        ? countInWords(result.matching, 'match', 'matches')
        : countInWords(result.matching, 'child or young person', 'children and young people'),
      pagination: pageLinks('/children', filters, result.page, registerKey),
      canAdd: can(viewer.roles, 'children:manage'),
      canImport: can(viewer.roles, 'children:import'),
      ...(dobError
        ? { errors: [{ text: dobError.text, href: '#dob-day' }], fieldErrors: { dob: dobError } }
        : {}),
    });
  });

  app.get<{ Params: { childId: string } }>(
    '/children/:childId',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const childId = parseRecordId(request.params.childId);
      const record = childId ? await register.record(viewerFrom(request), childId) : undefined;
      if (!record) return reply.callNotFound();
      const { notice } = childNoticeSchema.parse(request.query ?? {});
      return reply.viewAsync(`${VIEWS}/child.njk`, {
        ...recordPage(record, todayInLondon()),
        notice: notice ? NOTICES[notice] : null,
      });
    },
  );
}
