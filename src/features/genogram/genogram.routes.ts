import type { FastifyInstance, FastifyReply } from 'fastify';
import { childName } from '../../domain/person-name.ts';
import { parseForm, problemsFor } from '../../platform/forms.ts';
import type { Caller } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import { RELATIVE_ROLES, type RelativeRole, relativeSchema } from './genogram.schemas.ts';
import type { GenogramService, NetworkPage } from './genogram.service.ts';
import { genogramFileName } from './genogram.view-model.ts';
import { relativeFormModel } from './genogram-form.view-model.ts';
import { genogramPdf } from './genogram-pdf.ts';
import { genogramPicture } from './genogram-picture.ts';
import { GENOGRAM_BASE, genogramIds, renderEnded } from './genogram-request.ts';
import { recordedRows } from './relationship-form.view-model.ts';

type ChildParams = {
  Params: { journeyId: string; childId: string };
  Querystring: { notice?: string; person?: string; as?: string };
};
const read = { access: 'cases:read' } as const;
const work = { access: 'journeys:work' } as const;
const base = GENOGRAM_BASE;

const NOTICES: Record<string, string> = {
  'relative-added': 'The relationship was added to the genogram.',
  'relationship-changed': 'The relationship was changed.',
  'relationship-removed': 'The relationship was removed from the genogram.',
};

const ids = genogramIds;

function fileNumber(page: NetworkPage) {
  const position = page.found.children.findIndex((c) => c.id === page.child.id) + 1;
  return `${page.found.journey.reference}-${position}`;
}

export function genogramRoutes(app: FastifyInstance, service: GenogramService) {
  async function open(
    request: Parameters<typeof callerFrom>[0] & { params: ChildParams['Params'] },
    page: string,
  ) {
    const found = ids(request);
    if (!found) return null;
    const result = await service.page(callerFrom(request), found.journeyId, found.childId, page);
    return result.outcome === 'found' ? result : null;
  }

  app.get<ChildParams>(base, { config: read }, async (request, reply) => {
    const page = await open(request, 'genogram');
    if (!page) return reply.callNotFound();
    const picture = genogramPicture(page.genogram, childName(page.child));
    const href = `/journeys/${page.found.journey.id}/children/${page.child.id}/genogram`;
    return reply.viewAsync('features/genogram/views/genogram.njk', {
      title: 'Genogram',
      summary: caseSummary(page.found),
      youngPerson: childName(page.child),
      svg: picture.svg(false),
      rows: picture.rows,
      recorded: recordedRows(page.genogram, href),
      href,
      notice: NOTICES[request.query.notice ?? ''] ?? null,
      canChange:
        request.user?.roles.some((r) => r === 'coordinator' || r === 'team_manager') &&
        page.found.journey.status !== 'ended',
    });
  });

  app.get<ChildParams>(`${base}.svg`, { config: read }, async (request, reply) => {
    const page = await open(request, 'genogram-svg');
    if (!page) return reply.callNotFound();
    const picture = genogramPicture(page.genogram, childName(page.child));
    return reply
      .type('image/svg+xml; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="${genogramFileName(fileNumber(page), 'svg')}"`,
      )
      .send(picture.svg(true));
  });

  app.get<ChildParams>(`${base}.pdf`, { config: read }, async (request, reply) => {
    const page = await open(request, 'genogram-pdf');
    if (!page) return reply.callNotFound();
    const picture = genogramPicture(page.genogram, childName(page.child));
    const pdf = await genogramPdf(picture.drawing, picture);
    return reply
      .type('application/pdf')
      .header(
        'content-disposition',
        `attachment; filename="${genogramFileName(fileNumber(page), 'pdf')}"`,
      )
      .send(pdf);
  });

  function renderForm(
    reply: FastifyReply,
    page: NetworkPage,
    values: Record<string, unknown>,
    problems = {},
  ) {
    return reply.viewAsync('features/genogram/views/relative.njk', {
      summary: caseSummary(page.found),
      ...relativeFormModel(page, values),
      values,
      fieldErrors: {},
      ...problems,
    });
  }

  app.get<ChildParams>(`${base}/relatives/new`, { config: work }, async (request, reply) => {
    const found = ids(request);
    if (!found) return reply.callNotFound();
    const page = await service.formPage(callerFrom(request), found.journeyId, found.childId);
    if (page.outcome === 'not-found') return reply.callNotFound();
    if (page.outcome === 'ended') return renderEnded(reply, page.found);
    const as: RelativeRole = RELATIVE_ROLES.find((r) => r === request.query.as) ?? 'parent';
    return renderForm(reply, page, { personId: request.query.person ?? '', as });
  });

  app.post<ChildParams>(`${base}/relatives`, { config: work }, async (request, reply) => {
    const found = ids(request);
    if (!found) return reply.callNotFound();
    const caller: Caller = callerFrom(request);
    const page = await service.formPage(caller, found.journeyId, found.childId);
    if (page.outcome === 'not-found') return reply.callNotFound();
    if (page.outcome === 'ended') return renderEnded(reply.status(409), page.found);
    const values = (request.body ?? {}) as Record<string, unknown>;
    const form = parseForm(relativeSchema, values);
    if (!form.ok) return renderForm(reply.status(400), page, values, form);
    const result = await service.addRelative(caller, found.journeyId, found.childId, form.data);
    if (result.outcome === 'not-found') return reply.callNotFound();
    if (result.outcome === 'ended') return renderEnded(reply.status(409), result.found);
    if (result.outcome === 'refused')
      return renderForm(reply.status(400), page, values, problemsFor(result.reason, result.field));
    return reply.redirect(
      `/journeys/${found.journeyId}/children/${found.childId}/genogram?notice=relative-added`,
      303,
    );
  });
}
