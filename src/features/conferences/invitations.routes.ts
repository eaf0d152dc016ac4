import type { FastifyInstance, FastifyReply } from 'fastify';
import { buildInvitation } from '../../domain/icalendar.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import { formatDateTime } from '../../platform/date-format.ts';
import { parseForm } from '../../platform/forms.ts';
import type { Refused } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import {
  conferenceHref,
  durationText,
  inviteeName,
  KIND_TEXT,
  METHOD_TEXT,
  REPLY_TEXT,
  remoteText,
  STATUS_TEXT,
} from './conference.view-model.ts';
import {
  answerClosed,
  answerSaved,
  type ConferenceParams,
  idsFrom,
  isClosed,
} from './conference-request.ts';
import { newInvitationSchema, replySchema } from './invitation.schemas.ts';
import type { InvitationsService } from './invitations.service.ts';

const read = { access: 'cases:read' } as const;
const work = { access: 'journeys:work' } as const;
const VIEWS = 'features/conferences/views';
type Values = Record<string, unknown>;
type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };
type NewPage = Extract<Awaited<ReturnType<InvitationsService['newPage']>>, { outcome: 'found' }>;
type OnePage = Extract<Awaited<ReturnType<InvitationsService['one']>>, { outcome: 'found' }>;

const radios = (labels: Record<string, string>, chosen: unknown) =>
  Object.entries(labels).map(([value, text]) => ({ value, text, checked: chosen === value }));

function renderNew(reply: FastifyReply, page: NewPage, values: Values, problems: Problems) {
  const wishes = new Set(page.wishes);
  return reply.viewAsync(`${VIEWS}/invite.njk`, {
    title: 'Invite someone',
    summary: caseSummary(page.found),
    href: conferenceHref(page.found.journey.id, page.conference.id),
    values,
    invitees: [
      ...page.members.map((member) => ({
        value: member.id,
        text: networkPersonName(member),
        hint: {
          text: [
            member.relationship,
            wishes.has(member.id) ? 'The young person wants them there' : '',
          ]
            .filter(Boolean)
            .join('. '),
        },
        checked: values.invitee === member.id,
      })),
      { divider: 'or' },
      { value: 'professional', text: 'A professional', checked: values.invitee === 'professional' },
    ],
    methods: radios(METHOD_TEXT, values.method),
    fieldErrors: problems.fieldErrors ?? {},
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

function renderReply(reply: FastifyReply, page: OnePage, values: Values, problems: Problems) {
  return reply.viewAsync(`${VIEWS}/invitation.njk`, {
    title: `Invitation to ${inviteeName(page.invitation)}`,
    action: `${conferenceHref(page.found.journey.id, page.conference.id)}/invitations/${page.invitation.id}`,
    summary: caseSummary(page.found),
    href: conferenceHref(page.found.journey.id, page.conference.id),
    values,
    statuses: radios(STATUS_TEXT, values.status),
    replies: radios({ none: 'No reply yet', ...REPLY_TEXT }, values.reply),
    fieldErrors: problems.fieldErrors ?? {},
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

/** Where the conference is, in words for a letter or a calendar: a venue, remote, or both. */
function whereText(page: OnePage): string {
  const remote = remoteText(page.conference);
  const venue = page.venue ? `${page.venue.name}, ${page.venue.address}` : null;
  return (
    [venue, remote ? `Join remotely by ${remote}` : null].filter(Boolean).join('. ') ||
    'To be confirmed'
  );
}

export function invitationRoutes(app: FastifyInstance, service: InvitationsService) {
  const base = '/journeys/:journeyId/conferences/:conferenceId/invitations';

  async function openNew(request: Parameters<typeof idsFrom>[0]) {
    const ids = idsFrom(request);
    if (!ids) return null;
    return {
      ids,
      page: await service.newPage(callerFrom(request), ids.journeyId, ids.conferenceId),
    };
  }

  app.get<ConferenceParams>(`${base}/new`, { config: work }, async (request, reply) => {
    const opened = await openNew(request);
    if (!opened) return reply.callNotFound();
    if (isClosed(opened.page)) return answerClosed(request, reply, opened.page);
    return renderNew(reply, opened.page, { method: 'letter' }, {});
  });

  app.post<ConferenceParams>(`${base}/new`, { config: work }, async (request, reply) => {
    const opened = await openNew(request);
    if (!opened) return reply.callNotFound();
    const { ids, page } = opened;
    if (isClosed(page)) return answerClosed(request, reply, page);
    const values = (request.body ?? {}) as Values;
    const form = parseForm(newInvitationSchema, values);
    if (!form.ok) return renderNew(reply.status(400), page, values, form);
    const result = await service.invite(
      callerFrom(request),
      ids.journeyId,
      ids.conferenceId,
      form.data,
    );
    if (isClosed(result)) return answerClosed(request, reply, result);
    return answerSaved(reply, ids.journeyId, result, 'invited', (problems) =>
      renderNew(reply.status(400), page, values, problems),
    );
  });

  const openOne = (request: Parameters<typeof idsFrom>[0], need: 'full' | 'work', page: string) => {
    const ids = idsFrom(request);
    if (!ids) return null;
    return service.one(
      callerFrom(request),
      ids.journeyId,
      ids.conferenceId,
      ids.invitationId,
      need,
      page,
    );
  };

  app.get<ConferenceParams>(`${base}/:invitationId`, { config: work }, async (request, reply) => {
    const page = await openOne(request, 'work', 'invitation');
    if (!page) return reply.callNotFound();
    if (isClosed(page)) return answerClosed(request, reply, page);
    const { invitation } = page;
    return renderReply(
      reply,
      page,
      {
        status: invitation.status,
        reply: invitation.reply ?? 'none',
        needs: invitation.needs ?? '',
        dietaryNeeds: invitation.dietary_needs ?? '',
        views: invitation.views ?? '',
      },
      {},
    );
  });

  app.post<ConferenceParams>(`${base}/:invitationId`, { config: work }, async (request, reply) => {
    const ids = idsFrom(request);
    const page = await openOne(request, 'work', 'invitation');
    if (!page || !ids) return reply.callNotFound();
    if (isClosed(page)) return answerClosed(request, reply, page);
    const values = (request.body ?? {}) as Values;
    const form = parseForm(replySchema, values);
    if (!form.ok) return renderReply(reply.status(400), page, values, form);
    const result = await service.reply(
      callerFrom(request),
      ids.journeyId,
      ids.conferenceId,
      ids.invitationId,
      form.data,
    );
    if (isClosed(result)) return answerClosed(request, reply, result);
    return answerSaved(
      reply,
      ids.journeyId,
      result as { outcome: 'saved'; conferenceId: string } | Refused,
      'reply',
      () => null,
    );
  });

  app.get<ConferenceParams>(
    `${base}/:invitationId/letter`,
    { config: read },
    async (request, reply) => {
      const page = await openOne(request, 'full', 'invitation-letter');
      if (!page) return reply.callNotFound();
      if (isClosed(page)) return answerClosed(request, reply, page);
      const { conference } = page;
      return reply.viewAsync(`${VIEWS}/letter.njk`, {
        title: `Letter to ${inviteeName(page.invitation)}`,
        titleRecord: page.found.journey.reference,
        href: conferenceHref(page.found.journey.id, conference.id),
        name: inviteeName(page.invitation),
        what: KIND_TEXT[conference.kind].replace('Lifelong Links family', 'family').toLowerCase(),
        when: conference.starts_at ? formatDateTime(conference.starts_at) : 'To be confirmed',
        length: durationText(conference.duration_minutes),
        where: whereText(page),
        accessibility: page.venue?.accessibility,
        interpreter:
          conference.interpreter_languages.length > 0
            ? conference.interpreter_languages.join(', ')
            : null,
        reference: page.found.journey.reference,
        coordinator: page.coordinator?.display_name ?? 'The coordinator',
        coordinatorEmail: page.coordinator?.email ?? null,
        organisation: callerFrom(request).user.organisationName,
      });
    },
  );

  app.get<ConferenceParams>(
    `${base}/:invitationId/calendar.ics`,
    { config: read },
    async (request, reply) => {
      const page = await openOne(request, 'full', 'invitation-calendar');
      if (!page) return reply.callNotFound();
      if (isClosed(page)) return answerClosed(request, reply, page);
      const { conference, found } = page;
      if (!conference.starts_at || !conference.duration_minutes) return reply.callNotFound();
      const reference = found.journey.reference;
      const ics = buildInvitation({
        uid: `conference-${conference.id}-${page.invitation.id}@kindred`,
        sequence: Math.floor(conference.updated_at.getTime() / 1000) % 2_000_000_000,
        stamp: new Date(),
        start: conference.starts_at,
        end: new Date(conference.starts_at.getTime() + conference.duration_minutes * 60_000),
        // A reference only, never the young person's name: calendar files travel by email.
        summary: `Family meeting (${reference})`,
        location: whereText(page),
        description: `A family group conference, reference ${reference}. Your letter or the coordinator has the details.`,
        organiser: page.coordinator?.email
          ? { name: page.coordinator.display_name, email: page.coordinator.email }
          : { name: 'Kindred', email: 'no-reply@kindred.invalid' },
        attendees: [],
      });
      return reply
        .type('text/calendar; charset=utf-8; method=REQUEST')
        .header(
          'content-disposition',
          `attachment; filename="conference-${reference.replace(/[^A-Za-z0-9-]/g, '')}.ics"`,
        )
        .header('cache-control', 'no-store')
        .send(ics);
    },
  );
}
