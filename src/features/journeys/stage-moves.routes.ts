import type { FastifyInstance, FastifyReply } from 'fastify';
import { STAGES } from '../../domain/journey-stages.ts';
import { parseForm } from '../../platform/forms.ts';
import type { JourneyCase } from './journey-case.service.ts';
import type { JourneyChangesService } from './journey-changes.service.ts';
import { caseSummary } from './journey-form.view-model.ts';
import { stageLabel } from './journey-labels.ts';
import { answerChange, answerOpenJourney, type JourneyParams } from './journey-request.ts';
import { moveSchema } from './stage-moves.schemas.ts';

const access = { access: 'journeys:work' } as const;

interface MovePage {
  found: JourneyCase;
  nextStage: number;
  decision: { allowed: true } | { allowed: false; reason: string };
}

function renderMove(
  reply: FastifyReply,
  page: MovePage,
  extra: { values?: unknown; errors?: unknown; fieldErrors?: unknown } = {},
) {
  const next = STAGES.find((stage) => stage.number === page.nextStage);
  const blockedReason = page.decision.allowed ? null : page.decision.reason;
  const summary = caseSummary(page.found);
  const toRecord = summary.stage === 2 && summary.status === 'active';
  const inDiscovery = summary.stage === 3 && summary.status === 'active';
  return reply.viewAsync('features/journeys/views/move.njk', {
    title: 'Move the journey on',
    summary,
    nextStage: page.nextStage,
    nextStageText: next ? stageLabel(next.number) : 'None: this is the last stage',
    nextStageSummary: next?.summary ?? '',
    blockedReason,
    blockedHref: !blockedReason
      ? null
      : toRecord
        ? {
            text: 'Go to the planning meeting',
            href: `/journeys/${summary.journeyId}/planning-meeting`,
          }
        : inDiscovery
          ? { text: 'Go to the discovery tools', href: `/journeys/${summary.journeyId}/discovery` }
          : null,
    values: {},
    fieldErrors: {},
    ...extra,
  });
}

export function stageMoveRoutes(app: FastifyInstance, service: JourneyChangesService) {
  const openPage = service.movePage.bind(service);

  app.get<JourneyParams>('/journeys/:journeyId/move', { config: access }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, (page) => renderMove(reply, page)),
  );

  app.post<JourneyParams>('/journeys/:journeyId/move', { config: access }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, async (page, caller, journeyId) => {
      const form = parseForm(moveSchema, request.body);
      const values = request.body;
      // Shown with the form, so the person can correct what they typed.
      const withForm = { ...page, decision: { allowed: true as const } };
      if (!form.ok) return renderMove(reply.status(400), withForm, { ...form, values });
      const result = await service.moveOn(caller, journeyId, form.data);
      return answerChange(reply, journeyId, result, 'moved', (problems) =>
        renderMove(reply, page, { ...problems, values }),
      );
    }),
  );
}
