import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import type { DocumentService } from './document.service.ts';
import { planPdf } from './plan-pdf.ts';
import {
  answerOther,
  type PlanParams,
  pageOf,
  planHref,
  planIdsFrom,
  read,
  VIEWS,
} from './plan-request.ts';
import { versionRows } from './versions.view-model.ts';

/** A version number from the address, or null. */
function numberFrom(value: unknown): number | null {
  return typeof value === 'string' && /^\d{1,4}$/.test(value) && Number(value) > 0
    ? Number(value)
    : null;
}

/** The plan as a document (a page with print styles, and a PDF), and its versions compared. */
export function documentRoutes(app: FastifyInstance, service: DocumentService) {
  const base = '/journeys/:journeyId/conferences/:conferenceId/plan';

  async function open(request: FastifyRequest<PlanParams>, reply: FastifyReply, page: string) {
    const ids = planIdsFrom(request);
    if (!ids) return { answered: reply.callNotFound() };
    const query = request.query as Record<string, unknown>;
    const result = await service.document(
      callerFrom(request),
      ids,
      numberFrom(query.version),
      page,
    );
    const other = answerOther(request, reply, result);
    if (other) return { answered: other };
    const found = pageOf(result);
    return found ? { ids, page: found } : { answered: reply.callNotFound() };
  }

  app.get<PlanParams>(`${base}/document`, { config: read }, async (request, reply) => {
    const opened = await open(request, reply, 'plan-document');
    if (!opened.page) return opened.answered;
    const { page, ids } = opened;
    const pdfHref = `${planHref(ids)}/document.pdf${page.shown.number === page.version.number ? '' : `?version=${page.shown.number}`}`;
    return reply.viewAsync(`${VIEWS}/document.njk`, {
      title: page.title,
      summary: caseSummary(page.found),
      href: planHref(ids),
      about: page.about,
      sections: page.sections,
      pdfHref,
    });
  });

  app.get<PlanParams>(`${base}/document.pdf`, { config: read }, async (request, reply) => {
    const opened = await open(request, reply, 'plan-pdf');
    if (!opened.page) return opened.answered;
    const { page } = opened;
    const pdf = await planPdf({ title: page.title, about: page.about, sections: page.sections });
    const reference = (page.found.journey.reference ?? 'plan').replace(/[^A-Za-z0-9-]/g, '');
    return reply
      .type('application/pdf')
      .header(
        'content-disposition',
        `attachment; filename="plan-${reference}-version-${page.shown.number}.pdf"`,
      )
      .send(pdf);
  });

  app.get<PlanParams>(`${base}/versions`, { config: read }, async (request, reply) => {
    const ids = planIdsFrom(request);
    if (!ids) return reply.callNotFound();
    const query = request.query as Record<string, unknown>;
    const result = await service.versions(
      callerFrom(request),
      ids,
      numberFrom(query.from),
      numberFrom(query.to),
    );
    const other = answerOther(request, reply, result);
    if (other) return other;
    const page = pageOf(result);
    if (!page) return reply.callNotFound();
    const numbers = page.versions.map((version) => version.number);
    const option = (chosen: unknown, fallback: number | undefined) =>
      numbers.map((number) => ({
        value: String(number),
        text: `Version ${number}`,
        selected: String(chosen ?? fallback) === String(number),
      }));
    return reply.viewAsync(`${VIEWS}/versions.njk`, {
      title: 'Versions of the plan',
      summary: caseSummary(page.found),
      href: planHref(ids),
      rows: versionRows(page.plan, page.versions, planHref(ids)),
      canCompare: numbers.length > 1,
      fromOptions: option(query.from, numbers[1]),
      toOptions: option(query.to, numbers[0]),
      compared: page.compared,
    });
  });
}
