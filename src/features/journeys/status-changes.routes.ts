import type { FastifyInstance, FastifyReply } from 'fastify';
import type { StatusChange } from '../../domain/journey-status.ts';
import { parseForm } from '../../platform/forms.ts';
import type { Caller } from './journey-case.service.ts';
import type { JourneyChangesService } from './journey-changes.service.ts';
import { type CaseSummary, caseSummary } from './journey-form.view-model.ts';
import { answerChange, answerOpenJourney, type JourneyParams } from './journey-request.ts';
import { statusChangeSchema } from './stage-moves.schemas.ts';

const access = { access: 'journeys:work' } as const;

const PAGES: Record<
  StatusChange,
  {
    title: string;
    explanation: string;
    question: string;
    hint: string;
    buttonText: string;
    buttonClasses?: string;
    notice: string;
  }
> = {
  pause: {
    title: 'Pause the journey',
    explanation:
      'The young person can pause their journey at any time. Nothing is sent to anyone while it is paused, and it can be resumed later.',
    question: 'Why is the journey being paused?',
    hint: 'For example, the young person asked for a break, or a change in their placement.',
    buttonText: 'Pause the journey',
    notice: 'paused',
  },
  resume: {
    title: 'Resume the journey',
    explanation: 'The journey carries on at the stage it was paused at.',
    question: 'Why is the journey being resumed?',
    hint: 'For example, the young person said they are ready to carry on.',
    buttonText: 'Resume the journey',
    notice: 'resumed',
  },
  end: {
    title: 'End the journey',
    explanation:
      'An ended journey is kept as a record and can no longer be changed. If the young person may want to carry on later, pause it instead.',
    question: 'Why is the journey ending?',
    hint: 'For example, the young person asked to stop, or the plan is in place and the work is done.',
    buttonText: 'End the journey',
    buttonClasses: 'govuk-button--warning',
    notice: 'ended',
  },
};

function renderStatus(
  reply: FastifyReply,
  change: StatusChange,
  summary: CaseSummary,
  extra: {
    blockedReason?: string | null;
    values?: unknown;
    errors?: unknown;
    fieldErrors?: unknown;
  },
) {
  return reply.viewAsync('features/journeys/views/status-change.njk', {
    ...PAGES[change],
    action: `/journeys/${summary.journeyId}/${change}`,
    summary,
    values: {},
    fieldErrors: {},
    ...extra,
  });
}

export function statusChangeRoutes(app: FastifyInstance, service: JourneyChangesService) {
  for (const change of ['pause', 'resume', 'end'] as const) {
    const path = `/journeys/:journeyId/${change}`;
    const openPage = (caller: Caller, journeyId: string) =>
      service.statusPage(caller, journeyId, change);

    app.get<JourneyParams>(path, { config: access }, (request, reply) =>
      answerOpenJourney(request, reply, openPage, (page) => {
        const blockedReason = page.decision.allowed ? null : page.decision.reason;
        return renderStatus(reply, change, caseSummary(page.found), { blockedReason });
      }),
    );

    app.post<JourneyParams>(path, { config: access }, (request, reply) =>
      answerOpenJourney(request, reply, openPage, async (page, caller, journeyId) => {
        const values = request.body;
        const form = parseForm(statusChangeSchema(change), request.body);
        if (!form.ok)
          return renderStatus(reply.status(400), change, caseSummary(page.found), {
            ...form,
            values,
          });
        const result = await service.changeStatus(caller, journeyId, change, form.data.reason);
        return answerChange(reply, journeyId, result, PAGES[change].notice, (problems) =>
          renderStatus(reply, change, caseSummary(page.found), { ...problems, values }),
        );
      }),
    );
  }
}
