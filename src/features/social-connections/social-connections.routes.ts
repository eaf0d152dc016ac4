import type { FastifyInstance, FastifyReply } from 'fastify';
import { networkPersonName } from '../../domain/person-name.ts';
import { parseForm, parseRecordId, problemsFor } from '../../platform/forms.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import { ecomapPdf } from './ecomap-pdf.ts';
import { connectionSchema, snapshotSchema } from './social-connections.schemas.ts';
import type { ConnectionsPage, SocialConnectionsService } from './social-connections.service.ts';
import { connectionsPageModel } from './social-connections.view-model.ts';

type ChildParams = {
  Params: { journeyId: string; childId: string };
  Querystring: { notice?: string; member?: string };
};
const read = { access: 'cases:read' } as const;
const work = { access: 'journeys:work' } as const;
const base = '/journeys/:journeyId/children/:childId/social-connections';
const NOTICES: Record<string, string> = {
  recorded: 'The social connection was saved.',
  snapshot: 'A snapshot of the social connections was taken.',
};

function ids(params: ChildParams['Params']) {
  const journeyId = parseRecordId(params.journeyId);
  const childId = parseRecordId(params.childId);
  return journeyId && childId ? { journeyId, childId } : null;
}

function renderEnded(reply: FastifyReply, found: JourneyCase) {
  return reply.viewAsync('features/journeys/views/ended.njk', {
    title: 'This journey has ended',
    summary: caseSummary(found),
  });
}

const hrefOf = (page: ConnectionsPage) =>
  `/journeys/${page.found.journey.id}/children/${page.child.id}/social-connections`;

export function socialConnectionRoutes(app: FastifyInstance, service: SocialConnectionsService) {
  function renderPage(reply: FastifyReply, page: ConnectionsPage, extra: object = {}) {
    return reply.viewAsync('features/social-connections/views/social-connections.njk', {
      summary: caseSummary(page.found),
      href: hrefOf(page),
      canChange:
        page.found.journey.status !== 'ended' &&
        reply.request.user?.roles.some((r) => r === 'coordinator' || r === 'team_manager'),
      fieldErrors: {},
      ...connectionsPageModel(page, hrefOf(page)),
      ...extra,
    });
  }

  function renderForm(
    reply: FastifyReply,
    page: ConnectionsPage,
    values: Record<string, unknown>,
    problems = {},
  ) {
    const chosen = page.members.find((m) => m.id === values.memberId);
    const saved = chosen ? page.connections.get(chosen.id) : undefined;
    const fromSaved = saved
      ? {
          closeness: saved.closeness,
          strength: saved.strength,
          contactFrequency: saved.contact_frequency,
          support: saved.support ?? '',
          lovesAndCares: saved.loves_and_cares,
          inOwnWords: saved.in_own_words ?? '',
        }
      : {};
    return reply.viewAsync('features/social-connections/views/record.njk', {
      title: chosen
        ? `Social connection: ${networkPersonName(chosen)}`
        : 'Record a social connection',
      summary: caseSummary(page.found),
      href: hrefOf(page),
      personName: chosen ? networkPersonName(chosen) : null,
      members: [
        { value: '', text: 'Choose a person' },
        ...page.members.map((m) => ({
          value: m.id,
          text: networkPersonName(m),
          selected: m.id === values.memberId,
        })),
      ],
      values: { ...fromSaved, ...values },
      fieldErrors: {},
      ...problems,
    });
  }

  app.get<ChildParams>(base, { config: read }, async (request, reply) => {
    const found = ids(request.params);
    if (!found) return reply.callNotFound();
    const page = await service.page(callerFrom(request), found.journeyId, found.childId);
    if (page.outcome !== 'found') return reply.callNotFound();
    return renderPage(reply, page, { notice: NOTICES[request.query.notice ?? ''] ?? null });
  });

  app.get<ChildParams>(`${base}.pdf`, { config: read }, async (request, reply) => {
    const found = ids(request.params);
    if (!found) return reply.callNotFound();
    const caller = callerFrom(request);
    const page = await service.page(
      caller,
      found.journeyId,
      found.childId,
      'social-connections-pdf',
    );
    if (page.outcome !== 'found') return reply.callNotFound();
    // The file name carries the journey's reference, never the young person's name.
    const position = page.found.children.findIndex((c) => c.id === page.child.id) + 1;
    const reference = page.found.journey.reference.replace(/[^A-Za-z0-9-]/g, '');
    return reply
      .type('application/pdf')
      .header(
        'content-disposition',
        `attachment; filename="social-connections-${reference}-${position}.pdf"`,
      )
      .send(await ecomapPdf(page));
  });

  app.get<ChildParams>(`${base}/record`, { config: work }, async (request, reply) => {
    const found = ids(request.params);
    if (!found) return reply.callNotFound();
    const page = await service.formPage(callerFrom(request), found.journeyId, found.childId);
    if (page.outcome === 'not-found') return reply.callNotFound();
    if (page.outcome === 'ended') return renderEnded(reply, page.found);
    return renderForm(reply, page, { memberId: request.query.member ?? '' });
  });

  app.post<ChildParams>(`${base}/record`, { config: work }, async (request, reply) => {
    const found = ids(request.params);
    if (!found) return reply.callNotFound();
    const caller = callerFrom(request);
    const page = await service.formPage(caller, found.journeyId, found.childId);
    if (page.outcome === 'not-found') return reply.callNotFound();
    if (page.outcome === 'ended') return renderEnded(reply.status(409), page.found);
    const values = (request.body ?? {}) as Record<string, unknown>;
    const form = parseForm(connectionSchema, values);
    if (!form.ok) return renderForm(reply.status(400), page, values, form);
    const result = await service.record(caller, found.journeyId, found.childId, form.data);
    if (result.outcome === 'not-found') return reply.callNotFound();
    if (result.outcome === 'ended') return renderEnded(reply.status(409), result.found);
    if (result.outcome === 'refused')
      return renderForm(reply.status(400), page, values, problemsFor(result.reason, result.field));
    return reply.redirect(`${hrefOf(page)}?notice=recorded`, 303);
  });

  app.post<ChildParams>(`${base}/snapshots`, { config: work }, async (request, reply) => {
    const found = ids(request.params);
    if (!found) return reply.callNotFound();
    const caller = callerFrom(request);
    const page = await service.formPage(caller, found.journeyId, found.childId);
    if (page.outcome === 'not-found') return reply.callNotFound();
    if (page.outcome === 'ended') return renderEnded(reply.status(409), page.found);
    const form = parseForm(snapshotSchema, request.body);
    if (!form.ok) return renderPage(reply.status(400), page, form);
    const result = await service.snapshot(caller, found.journeyId, found.childId, form.data.kind);
    if (result.outcome === 'not-found') return reply.callNotFound();
    if (result.outcome === 'ended') return renderEnded(reply.status(409), result.found);
    if (result.outcome === 'refused')
      return renderPage(reply.status(400), page, problemsFor(result.reason));
    return reply.redirect(`${hrefOf(page)}?notice=snapshot`, 303);
  });
}
