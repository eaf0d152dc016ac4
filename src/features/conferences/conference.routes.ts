import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import { planStartRefusal } from '../../domain/plan-content.ts';
import { parseForm } from '../../platform/forms.ts';
import { dateItems } from '../journeys/form-fields.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import {
  ARRANGEMENT_FIELDS,
  arrangementsSchema,
  DURATIONS,
  preparationSchema,
  youngPersonSchema,
} from './conference.schemas.ts';
import type { ConferenceService } from './conference.service.ts';
import {
  arrangementRows,
  arrangementValues,
  conferenceHref,
  conferenceListRows,
  durationText,
  gathered,
  invitationRows,
  KIND_TEXT,
  noticeText,
  preparationValues,
  readinessView,
  sharedText,
} from './conference.view-model.ts';
import {
  formRoute,
  type Problems,
  radios,
  read,
  type Values,
  VIEWS,
} from './conference-form-route.ts';
import { answerClosed, type ConferenceParams, idsFrom, isClosed } from './conference-request.ts';
import { heldText, planHref, planLink } from './day/day.view-model.ts';

type NewPage = Extract<Awaited<ReturnType<ConferenceService['newPage']>>, { outcome: 'found' }>;
type FormPage = Extract<Awaited<ReturnType<ConferenceService['formPage']>>, { outcome: 'found' }>;

function renderArrangements(
  reply: FastifyReply,
  page: NewPage | FormPage,
  values: Values,
  problems: Problems,
) {
  const fieldErrors = problems.fieldErrors ?? {};
  const existing = 'conference' in page ? page.conference : null;
  const base = `/journeys/${page.found.journey.id}/conferences`;
  return reply.viewAsync(`${VIEWS}/arrangements.njk`, {
    title: existing ? 'Change the conference arrangements' : 'Plan a conference',
    summary: caseSummary(page.found),
    action: existing
      ? `${conferenceHref(page.found.journey.id, existing.id)}/arrangements`
      : `${base}/new`,
    cancelHref: existing ? conferenceHref(page.found.journey.id, existing.id) : base,
    values,
    kinds: radios(['lifelong_links_fgc', 'fgc'], KIND_TEXT, values.kind),
    purposes: radios(
      ['initial', 'review'],
      { initial: 'The first conference', review: 'A review conference' },
      values.purpose,
    ),
    dateItems: dateItems(
      values,
      'startsOn',
      ['day', 'month', 'year'].some((p) => fieldErrors[`startsOn-${p}`]),
    ),
    durations: [
      { value: '', text: 'Select how long' },
      ...DURATIONS.map((d) => ({
        value: d,
        text: durationText(Number(d)),
        selected: values.duration === d,
      })),
    ],
    venues: [
      { value: '', text: 'No venue chosen yet' },
      ...page.venues.map((venue) => ({
        value: venue.id,
        text: `${venue.name}, ${venue.address}`,
        selected: values.venueId === venue.id,
      })),
    ],
    remoteMethods: radios(
      ['none', 'teams', 'zoom', 'whatsapp', 'telephone'],
      {
        none: 'No remote joining',
        teams: 'Microsoft Teams',
        zoom: 'Zoom',
        whatsapp: 'WhatsApp',
        telephone: 'Telephone',
      },
      values.remoteMethod,
    ),
    childLanguage: page.language,
    fieldErrors,
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

export function conferenceRoutes(app: FastifyInstance, service: ConferenceService) {
  const base = '/journeys/:journeyId/conferences';

  app.get<ConferenceParams>(base, { config: read }, async (request, reply) => {
    const ids = idsFrom(request);
    if (!ids) return reply.callNotFound();
    const page = await service.list(callerFrom(request), ids.journeyId);
    if (isClosed(page)) return answerClosed(request, reply, page);
    return reply.viewAsync(`${VIEWS}/conferences.njk`, {
      title: 'Conferences',
      summary: caseSummary(page.found),
      rows: conferenceListRows(page.conferences, ids.journeyId),
      canWork: page.canWork && page.found.journey.status !== 'ended',
    });
  });

  formRoute<NewPage, ReturnType<typeof arrangementsSchema.parse>>(app, `${base}/new`, {
    open: (request, ids) => service.newPage(callerFrom(request), ids.journeyId, 'conference-new'),
    values: (page) => arrangementValues(null, page),
    render: renderArrangements,
    parse: (values) => parseForm(arrangementsSchema, values),
    save: (request, ids, form) => service.create(callerFrom(request), ids.journeyId, form),
    notice: 'planned',
    fields: ARRANGEMENT_FIELDS,
  });

  app.get<ConferenceParams>(`${base}/:conferenceId`, { config: read }, async (request, reply) => {
    const ids = idsFrom(request);
    if (!ids) return reply.callNotFound();
    const page = await service.page(callerFrom(request), ids.journeyId, ids.conferenceId);
    if (isClosed(page)) return answerClosed(request, reply, page);
    const { conference, view } = page;
    const href = conferenceHref(ids.journeyId, conference.id);
    const canWork =
      page.canWork && page.found.journey.status !== 'ended' && conference.held_as === 'conference';
    return reply.viewAsync(`${VIEWS}/conference.njk`, {
      title:
        conference.held_as === 'alternative'
          ? 'Another way of deciding'
          : KIND_TEXT[conference.kind],
      summary: caseSummary(page.found),
      notice: noticeText((request.query as Values).notice),
      conference: {
        alternative: conference.held_as === 'alternative',
        way: conference.alternative_way,
        reason: conference.alternative_reason,
        whatMatters: conference.what_matters,
        supportNeeds: conference.support_needs,
        writtenInformation: conference.written_information,
        shared: sharedText(conference),
      },
      href,
      full: view === 'full',
      canWork,
      arrangements: arrangementRows(conference, page.venue),
      readiness: readinessView(conference, page.invitations, canWork ? href : null),
      invitations: view === 'full' ? invitationRows(page.invitations, href, canWork) : [],
      gathered: view === 'full' ? gathered(page.invitations) : { dietary: [], views: [] },
      wanted: page.wanted.map((member) => networkPersonName(member)),
      day: { text: heldText(page.day) },
      plan: planLink({
        href: planHref(ids.journeyId, conference.id),
        hasPlan: page.hasPlan,
        canWrite: page.canWork && page.found.journey.status !== 'ended',
        journeyEnded: page.found.journey.status === 'ended',
        cannotStart: planStartRefusal(
          {
            heldAs: conference.held_as,
            startsAt: conference.starts_at,
            dayStatus: page.day?.status ?? null,
          },
          new Date(),
        ),
      }),
    });
  });

  formRoute<FormPage, ReturnType<typeof arrangementsSchema.parse>>(
    app,
    `${base}/:conferenceId/arrangements`,
    {
      open: (request, ids) =>
        service.formPage(
          callerFrom(request),
          ids.journeyId,
          ids.conferenceId,
          'conference-arrangements',
        ),
      values: (page) => arrangementValues(page.conference, page),
      render: renderArrangements,
      parse: (values) => parseForm(arrangementsSchema, values),
      save: (request, ids, form) =>
        service.changeArrangements(callerFrom(request), ids.journeyId, ids.conferenceId, form),
      notice: 'arrangements',
      fields: ARRANGEMENT_FIELDS,
    },
  );

  formRoute<FormPage, ReturnType<typeof youngPersonSchema.parse>>(
    app,
    `${base}/:conferenceId/young-person`,
    {
      open: (request, ids) =>
        service.formPage(
          callerFrom(request),
          ids.journeyId,
          ids.conferenceId,
          'conference-young-person',
        ),
      values: (page) => ({
        wanted: page.wishes,
        whatMatters: page.conference.what_matters ?? '',
        supportNeeds: page.conference.support_needs ?? '',
        youngPersonPrepared: page.conference.young_person_prepared ? 'yes' : '',
      }),
      render: (reply, page, values, problems) => {
        const wanted = ([] as unknown[]).concat(values.wanted ?? []);
        return reply.viewAsync(`${VIEWS}/young-person.njk`, {
          title: 'Plan with the young person',
          summary: caseSummary(page.found),
          href: conferenceHref(page.found.journey.id, page.conference.id),
          values,
          people: page.offered.map((member) => ({
            value: member.id,
            text: networkPersonName(member),
            hint: member.relationship ? { text: member.relationship } : undefined,
            checked: wanted.includes(member.id),
          })),
          fieldErrors: problems.fieldErrors ?? {},
          ...(problems.errors ? { errors: problems.errors } : {}),
        });
      },
      parse: (values) => parseForm(youngPersonSchema, values),
      save: (request, ids, form) =>
        service.saveYoungPerson(callerFrom(request), ids.journeyId, ids.conferenceId, form),
      notice: 'young-person',
    },
  );

  formRoute<FormPage, ReturnType<ReturnType<typeof preparationSchema>['parse']>>(
    app,
    `${base}/:conferenceId/preparation`,
    {
      open: (request, ids) =>
        service.formPage(
          callerFrom(request),
          ids.journeyId,
          ids.conferenceId,
          'conference-preparation',
        ),
      values: (page) => preparationValues(page.conference),
      render: (reply, page, values, problems) => {
        const fieldErrors = problems.fieldErrors ?? {};
        return reply.viewAsync(`${VIEWS}/preparation.njk`, {
          title: 'Preparation and written information',
          summary: caseSummary(page.found),
          href: conferenceHref(page.found.journey.id, page.conference.id),
          values,
          dateItems: dateItems(
            values,
            'sharedOn',
            ['day', 'month', 'year'].some((p) => fieldErrors[`sharedOn-${p}`]),
          ),
          fieldErrors,
          ...(problems.errors ? { errors: problems.errors } : {}),
        });
      },
      parse: (values) => parseForm(preparationSchema(todayInLondon()), values),
      save: (request, ids, form) =>
        service.savePreparation(callerFrom(request), ids.journeyId, ids.conferenceId, form),
      notice: 'preparation',
    },
  );
}
