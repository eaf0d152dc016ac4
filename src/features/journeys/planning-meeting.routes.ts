import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { parseForm } from '../../platform/forms.ts';
import { dateItems } from './form-fields.ts';
import type { Caller } from './journey-case.service.ts';
import { caseSummary } from './journey-form.view-model.ts';
import {
  answerChange,
  answerOpenJourney,
  callerFrom,
  inPageOrder,
  type JourneyParams,
  journeyIdFrom,
} from './journey-request.ts';
import { recordSchema, scheduleSchema } from './planning-meeting.schemas.ts';
import type { PlanningMeetingService } from './planning-meeting.service.ts';
import {
  arrangementRows,
  durationItems,
  inviteeRows,
  recordRows,
  recordValues,
  scheduleValues,
} from './planning-meeting.view-model.ts';

const work = { access: 'journeys:work' } as const;
const read = { access: 'cases:read' } as const;
const SCHEDULE_FIELDS = ['meetingOn', 'time', 'duration', 'venue', 'carerInvited'];

type FormPage = Extract<
  Awaited<ReturnType<PlanningMeetingService['formPage']>>,
  { outcome: 'found' }
>;
type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };

function renderSchedule(
  reply: FastifyReply,
  page: FormPage,
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  const fieldErrors = problems.fieldErrors ?? {};
  const dateError = ['day', 'month', 'year'].some((part) => fieldErrors[`meetingOn-${part}`]);
  return reply.viewAsync('features/journeys/views/planning-meeting-schedule.njk', {
    title: page.meeting ? 'Change the planning meeting' : 'Schedule the planning meeting',
    summary: caseSummary(page.found),
    blockedReason: page.blockedReason,
    invitees: inviteeRows(page.invitees, [], false),
    carers: page.carers.join('; '),
    carerlessChildren: page.found.children
      .filter((child) => !child.carers)
      .map((child) => ({ id: child.id, name: child.preferred_name ?? child.first_name })),
    values,
    dateItems: dateItems(values, 'meetingOn', dateError),
    durations: durationItems(values.duration),
    fieldErrors,
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

function renderRecord(
  reply: FastifyReply,
  page: FormPage,
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  return reply.viewAsync('features/journeys/views/planning-meeting-record.njk', {
    title: 'Record the planning meeting',
    summary: caseSummary(page.found),
    blockedReason: page.blockedReason,
    arrangements: page.meeting ? arrangementRows(page.meeting) : [],
    values,
    fieldErrors: problems.fieldErrors ?? {},
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

/** Validates the form and, when it is good, saves it. */
function submit(
  service: PlanningMeetingService,
  change: 'schedule' | 'record',
  caller: Caller,
  journeyId: string,
  values: Record<string, unknown>,
) {
  if (change === 'schedule') {
    const form = parseForm(scheduleSchema(todayInLondon()), values);
    return form.ok ? service.schedule(caller, journeyId, form.data) : form;
  }
  const form = parseForm(recordSchema, values);
  return form.ok ? service.record(caller, journeyId, form.data) : form;
}

export function planningMeetingRoutes(app: FastifyInstance, service: PlanningMeetingService) {
  app.get<JourneyParams>(
    '/journeys/:journeyId/planning-meeting',
    { config: read },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const page = await service.overview(callerFrom(request), journeyId);
      if (page.outcome === 'not-found') return reply.callNotFound();
      const { meeting } = page;
      return reply.viewAsync('features/journeys/views/planning-meeting.njk', {
        title: 'Planning meeting',
        summary: caseSummary(page.found),
        meeting: meeting ? { recorded: meeting.recorded_at !== null } : null,
        arrangements: meeting ? arrangementRows(meeting) : [],
        invitees: inviteeRows(page.invitees, page.carers, meeting?.carer_invited ?? false),
        record: meeting?.recorded_at ? recordRows(meeting) : [],
        canSchedule: page.canSchedule,
        canRecord: page.canRecord,
        blockedReason: page.blockedReason,
      });
    },
  );

  app.get<JourneyParams>(
    '/journeys/:journeyId/planning-meeting.ics',
    { config: read },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const invitation = await service.invitation(callerFrom(request), journeyId);
      if (invitation.outcome === 'not-found') return reply.callNotFound();
      const file = `planning-meeting-${invitation.reference.replace(/[^A-Za-z0-9-]/g, '')}.ics`;
      return reply
        .type('text/calendar; charset=utf-8; method=REQUEST')
        .header('content-disposition', `attachment; filename="${file}"`)
        .header('cache-control', 'no-store')
        .send(invitation.ics);
    },
  );

  for (const change of ['schedule', 'record'] as const) {
    const path = `/journeys/:journeyId/planning-meeting/${change}`;
    const render = change === 'schedule' ? renderSchedule : renderRecord;
    const openPage = (caller: Caller, journeyId: string) =>
      service.formPage(caller, journeyId, change);

    app.get<JourneyParams>(path, { config: work }, (request, reply) =>
      answerOpenJourney(request, reply, openPage, (page) => {
        const values =
          change === 'schedule' ? scheduleValues(page.meeting) : recordValues(page.meeting);
        return render(reply, page, values);
      }),
    );

    app.post<JourneyParams>(path, { config: work }, (request, reply) =>
      answerOpenJourney(request, reply, openPage, async (page, caller, journeyId) => {
        const values = (request.body ?? {}) as Record<string, unknown>;
        const result = await submit(service, change, caller, journeyId, values);
        if ('ok' in result) {
          return render(reply.status(400), page, values, inPageOrder(result, SCHEDULE_FIELDS));
        }
        const notice = change === 'schedule' ? 'meeting-scheduled' : 'meeting-recorded';
        return answerChange(reply, journeyId, result, notice, (problems) =>
          render(reply, page, values, problems),
        );
      }),
    );
  }
}
