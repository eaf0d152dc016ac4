import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseForm } from '../../platform/forms.ts';
import { caseNoteSchema } from './case-notes.schemas.ts';
import type { CaseNotesService } from './case-notes.service.ts';
import { type CaseSummary, caseSummary } from './journey-form.view-model.ts';
import {
  backToCase,
  callerFrom,
  type JourneyParams,
  journeyIdFrom,
  problemsFor,
  renderEnded,
} from './journey-request.ts';

const access = { access: 'journeys:work' } as const;

function renderNote(
  reply: FastifyReply,
  summary: CaseSummary,
  extra: { values?: unknown; errors?: unknown; fieldErrors?: unknown } = {},
) {
  return reply.viewAsync('features/journeys/views/case-note.njk', {
    title: 'Add a case note',
    summary,
    journeyId: summary.journeyId,
    values: {},
    fieldErrors: {},
    ...extra,
  });
}

export function caseNoteRoutes(app: FastifyInstance, service: CaseNotesService) {
  app.get<JourneyParams>(
    '/journeys/:journeyId/notes/new',
    { config: access },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const page = await service.page(callerFrom(request), journeyId);
      if (page.outcome === 'not-found') return reply.callNotFound();
      if (page.outcome === 'ended') return renderEnded(reply, page.found, 'GET');
      return renderNote(reply, caseSummary(page.found));
    },
  );

  app.post<JourneyParams>(
    '/journeys/:journeyId/notes',
    { config: access },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const caller = callerFrom(request);
      const page = await service.page(caller, journeyId);
      if (page.outcome === 'not-found') return reply.callNotFound();
      if (page.outcome === 'ended') return renderEnded(reply, page.found, 'POST');
      const values = request.body;
      const form = parseForm(caseNoteSchema, request.body);
      if (!form.ok)
        return renderNote(reply.status(400), caseSummary(page.found), { ...form, values });
      const result = await service.add(caller, journeyId, form.data);
      if (result.outcome === 'not-found') return reply.callNotFound();
      if (result.outcome === 'ended') return renderEnded(reply, result.found, 'POST');
      if (result.outcome === 'refused') {
        return renderNote(reply.status(400), caseSummary(page.found), {
          ...problemsFor(result),
          values,
        });
      }
      return backToCase(reply, journeyId, 'note-added');
    },
  );
}
