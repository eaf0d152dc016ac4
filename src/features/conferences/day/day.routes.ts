import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseForm } from '../../../platform/forms.ts';
import { dateItems } from '../../journeys/form-fields.ts';
import { caseSummary } from '../../journeys/journey-form.view-model.ts';
import { callerFrom } from '../../journeys/journey-request.ts';
import { conferenceHref, KIND_TEXT } from '../conference.view-model.ts';
import { formRoute, type Problems, radios, read, type Values } from '../conference-form-route.ts';
import { answerClosed, type ConferenceParams, idsFrom, isClosed } from '../conference-request.ts';
import {
  type AttendanceForm,
  attendanceSchema,
  type HeldForm,
  heldSchema,
  type PrivateTimeForm,
  privateTimeSchema,
  type SharedNoteForm,
  sharedNoteSchema,
} from './day.schemas.ts';
import type { ConferenceDayService } from './day.service.ts';
import {
  ASKED_BY_TEXT,
  DAY_STATUS_TEXT,
  dayNoticeText,
  HOW_TEXT,
  heldText,
  heldValues,
  PART_TEXT,
  planHref,
  planLink,
  privateTimeRows,
  privateTimeValues,
  registerRows,
  whoItems,
} from './day.view-model.ts';

const VIEWS = 'features/conferences/day/views';
type DayPage = Extract<Awaited<ReturnType<ConferenceDayService['page']>>, { outcome: 'found' }>;

/** What every page of the day shows: the case, the conference's address and how to get back. */
function common(page: DayPage, values: Values, problems: Problems) {
  return {
    summary: caseSummary(page.found),
    href: conferenceHref(page.found.journey.id, page.conference.id),
    values,
    fieldErrors: problems.fieldErrors ?? {},
    ...(problems.errors ? { errors: problems.errors } : {}),
  };
}

function renderAttendance(reply: FastifyReply, page: DayPage, values: Values, problems: Problems) {
  const parts = ([] as unknown[]).concat(values.parts ?? []);
  return reply.viewAsync(`${VIEWS}/attendance.njk`, {
    title: 'Add someone to the register',
    ...common(page, values, problems),
    who: whoItems(page.invitations, page.uninvited, values.who),
    someoneElse: values.who === 'someone-else',
    hows: radios(['in_person', 'remote'], HOW_TEXT, values.how),
    parts: Object.entries(PART_TEXT).map(([value, text]) => ({
      value,
      text,
      checked: parts.includes(value),
    })),
  });
}

/** The conference itself (issue 8; ADR 0029): the day's page and what is recorded on it. */
export function conferenceDayRoutes(app: FastifyInstance, service: ConferenceDayService) {
  const base = '/journeys/:journeyId/conferences/:conferenceId';

  app.get<ConferenceParams>(`${base}/day`, { config: read }, async (request, reply) => {
    const ids = idsFrom(request);
    if (!ids) return reply.callNotFound();
    const page = await service.page(callerFrom(request), ids.journeyId, ids.conferenceId);
    if (isClosed(page)) return answerClosed(request, reply, page);
    const href = conferenceHref(ids.journeyId, ids.conferenceId);
    const canWork =
      page.canWork &&
      page.found.journey.status !== 'ended' &&
      page.conference.held_as === 'conference';
    return reply.viewAsync(`${VIEWS}/day.njk`, {
      title: 'The conference day',
      summary: caseSummary(page.found),
      notice: dayNoticeText((request.query as Values).notice),
      href,
      kind: KIND_TEXT[page.conference.kind],
      alternative: page.conference.held_as === 'alternative',
      canWork,
      heldText: heldText(page.day),
      // Once held: the plan, to write or to go to (one link, as on the conference's page).
      plan:
        page.day?.status === 'held'
          ? planLink({
              href: planHref(ids.journeyId, ids.conferenceId),
              hasPlan: page.hasPlan,
              canWrite: page.canWork && page.found.journey.status !== 'ended',
              journeyEnded: page.found.journey.status === 'ended',
              cannotStart: null,
            })
          : null,
      register: registerRows(page.attendance, canWork ? `${href}/attendance` : null),
      notes: page.notes.map((note) => ({
        key: { text: note.shared_by },
        value: { text: note.what },
      })),
      privateTime: privateTimeRows(page.day),
    });
  });

  formRoute<DayPage, AttendanceForm>(app, `${base}/attendance`, {
    open: (request, ids) =>
      service.formPage(callerFrom(request), ids.journeyId, ids.conferenceId, 'conference-register'),
    values: (page, query) => {
      const existing = page.attendance.find(
        (row) =>
          query.who === `invitation:${row.invitation_id}` ||
          query.who === `member:${row.member_id}`,
      );
      return existing
        ? { who: query.who, how: existing.attended_how, parts: existing.parts }
        : { who: query.who };
    },
    render: renderAttendance,
    parse: (values) => parseForm(attendanceSchema, values),
    save: (request, ids, form) =>
      service.recordAttendance(callerFrom(request), ids.journeyId, ids.conferenceId, form),
    notice: 'attendance',
    after: '/day',
  });

  formRoute<DayPage, SharedNoteForm>(app, `${base}/information-shared`, {
    open: (request, ids) =>
      service.formPage(callerFrom(request), ids.journeyId, ids.conferenceId, 'conference-shared'),
    values: () => ({}),
    render: (reply, page, values, problems) =>
      reply.viewAsync(`${VIEWS}/shared-note.njk`, {
        title: 'Record what was shared',
        ...common(page, values, problems),
      }),
    parse: (values) => parseForm(sharedNoteSchema, values),
    save: (request, ids, form) =>
      service.addSharedNote(callerFrom(request), ids.journeyId, ids.conferenceId, form),
    notice: 'information-shared',
    after: '/day',
  });

  formRoute<DayPage, PrivateTimeForm>(app, `${base}/private-family-time`, {
    open: (request, ids) =>
      service.formPage(callerFrom(request), ids.journeyId, ids.conferenceId, 'conference-private'),
    values: (page) => privateTimeValues(page.day),
    render: (reply, page, values, problems) =>
      reply.viewAsync(`${VIEWS}/private-time.njk`, {
        title: 'Private family time',
        ...common(page, values, problems),
        present: radios(
          ['no', 'yes'],
          { no: 'No, only the family', yes: 'Yes, a professional stayed because they were asked' },
          values.professionalPresent,
        ),
        askedBy: radios(['young_person', 'family'], ASKED_BY_TEXT, values.askedBy),
      }),
    parse: (values) => parseForm(privateTimeSchema, values),
    save: (request, ids, form) =>
      service.savePrivateTime(callerFrom(request), ids.journeyId, ids.conferenceId, form),
    notice: 'private-family-time',
    after: '/day',
  });

  formRoute<DayPage, HeldForm>(app, `${base}/held`, {
    open: (request, ids) =>
      service.formPage(callerFrom(request), ids.journeyId, ids.conferenceId, 'conference-held'),
    values: (page) => heldValues(page.day, page.conference),
    render: (reply, page, values, problems) => {
      const fieldErrors = problems.fieldErrors ?? {};
      return reply.viewAsync(`${VIEWS}/held.njk`, {
        title: 'Record whether the conference was held',
        ...common(page, values, problems),
        statuses: radios(['held', 'postponed', 'cancelled'], DAY_STATUS_TEXT, values.status),
        dateItems: dateItems(
          values,
          'heldOn',
          ['day', 'month', 'year'].some((p) => fieldErrors[`heldOn-${p}`]),
        ),
      });
    },
    parse: (values) => parseForm(heldSchema, values),
    save: (request, ids, form) =>
      service.saveHeld(callerFrom(request), ids.journeyId, ids.conferenceId, form),
    notice: 'held',
    after: '/day',
  });
}
