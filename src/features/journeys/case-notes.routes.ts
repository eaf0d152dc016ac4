import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseForm } from '../../platform/forms.ts';
import { caseNoteSchema } from './case-notes.schemas.ts';
import type { CaseNotesService } from './case-notes.service.ts';
import { type CaseSummary, caseSummary } from './journey-form.view-model.ts';
import { answerChange, answerOpenJourney, type JourneyParams } from './journey-request.ts';

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
  const openPage = service.page.bind(service);

  app.get<JourneyParams>('/journeys/:journeyId/notes/new', { config: access }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, (page) =>
      renderNote(reply, caseSummary(page.found)),
    ),
  );

  app.post<JourneyParams>('/journeys/:journeyId/notes', { config: access }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, async (page, caller, journeyId) => {
      const values = request.body;
      const form = parseForm(caseNoteSchema, request.body);
      if (!form.ok)
        return renderNote(reply.status(400), caseSummary(page.found), { ...form, values });
      const result = await service.add(caller, journeyId, form.data);
      return answerChange(reply, journeyId, result, 'note-added', (problems) =>
        renderNote(reply, caseSummary(page.found), { ...problems, values }),
      );
    }),
  );
}
