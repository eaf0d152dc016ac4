import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import { parseForm, parseRecordId } from '../../platform/forms.ts';
import type { JourneyCase } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { childName } from '../journeys/journey-labels.ts';
import {
  answerOpenJourney,
  callerFrom,
  inPageOrder,
  type JourneyParams,
  journeyIdFrom,
} from '../journeys/journey-request.ts';
import { discoveryNotice } from './discovery.view-model.ts';
import { answerNetworkChange, sentValues } from './discovery-request.ts';
import {
  LEAD_FIELDS,
  LEAD_KIND_NAMES,
  LEAD_KINDS,
  leadSchema,
  PLACE_FIELDS,
  PLACE_KIND_NAMES,
  PLACE_KINDS,
  placeSchema,
} from './mobility.schemas.ts';
import type { MobilityService } from './mobility.service.ts';

type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };
type PlaceParams = { Params: { journeyId: string; placeId: string } };
type LeadPage = Extract<Awaited<ReturnType<MobilityService['leadPage']>>, { outcome: 'found' }>;

function renderPlace(
  reply: FastifyReply,
  page: { found: JourneyCase; blockedReason: string | null },
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  const only = page.found.children.length === 1;
  return reply.viewAsync('features/discovery/views/mobility-new.njk', {
    title: 'Add a place to the mobility map',
    summary: caseSummary(page.found),
    blockedReason: page.blockedReason,
    children: page.found.children.map((child) => ({
      value: child.id,
      text: childName(child),
      checked: values.childId === child.id || (only && !values.childId),
    })),
    kinds: PLACE_KINDS.map((kind) => ({
      value: kind,
      text: PLACE_KIND_NAMES[kind],
      checked: values.kind === kind,
    })),
    values,
    fieldErrors: problems.fieldErrors ?? {},
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

function renderLead(
  reply: FastifyReply,
  page: LeadPage,
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  return reply.viewAsync('features/discovery/views/mobility-lead.njk', {
    title: 'Add a person found at this place',
    summary: caseSummary(page.found),
    blockedReason: page.blockedReason,
    area: page.place.area,
    placeId: page.place.id,
    kinds: LEAD_KINDS.map((kind) => ({
      value: kind,
      text: LEAD_KIND_NAMES[kind],
      checked: values.kind === kind,
    })),
    values,
    fieldErrors: problems.fieldErrors ?? {},
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

function placeIdFrom(request: FastifyRequest<PlaceParams>) {
  return parseRecordId(request.params.placeId);
}

export function mobilityRoutes(app: FastifyInstance, service: MobilityService) {
  app.get<JourneyParams>(
    '/journeys/:journeyId/discovery/mobility',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const caller = callerFrom(request);
      const page = await service.overview(caller, journeyId);
      if (page.outcome === 'not-found') return reply.callNotFound();
      const { notice } = (request.query ?? {}) as { notice?: unknown };
      const canWork =
        page.found.parties.coordinatorId === caller.user.id ||
        caller.user.roles.includes('team_manager');
      return reply.viewAsync('features/discovery/views/mobility.njk', {
        title: 'Mobility map',
        summary: caseSummary(page.found),
        notice: discoveryNotice(notice),
        canWork: canWork && page.found.journey.status !== 'ended' && page.found.journey.stage >= 3,
        maps: page.found.children.map((child) => ({
          name: childName(child),
          places: page.rows
            .filter((row) => row.child_id === child.id)
            .map((row) => ({
              id: row.id,
              area: row.area,
              kind: PLACE_KIND_NAMES[row.kind],
              when: [row.from_text, row.to_text].filter(Boolean).join(' to ') || 'Dates not known',
              notes: row.notes,
              people: row.people.map(networkPersonName),
            })),
        })),
      });
    },
  );

  const work = { access: 'journeys:work' } as const;
  const openPage = service.page.bind(service);
  const path = '/journeys/:journeyId/discovery/mobility/new';
  app.get<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, (page) => renderPlace(reply, page, {})),
  );
  app.post<JourneyParams>(path, { config: work }, (request, reply) =>
    answerOpenJourney(request, reply, openPage, async (page, caller, journeyId) => {
      const values = sentValues(request.body);
      const form = parseForm(placeSchema(todayInLondon()), values);
      if (!form.ok)
        return renderPlace(reply.status(400), page, values, inPageOrder(form, PLACE_FIELDS));
      const result = await service.add(caller, journeyId, form.data);
      return answerNetworkChange(
        reply,
        journeyId,
        result,
        { path: 'discovery/mobility', notice: 'place-added' },
        (problems) => renderPlace(reply, page, values, problems),
      );
    }),
  );

  const leadPath = '/journeys/:journeyId/discovery/mobility/:placeId/people/new';
  app.get<PlaceParams>(leadPath, { config: work }, (request, reply) => {
    const placeId = placeIdFrom(request);
    if (!placeId) return reply.callNotFound();
    return answerOpenJourney(
      request,
      reply,
      (caller, journeyId) => service.leadPage(caller, journeyId, placeId),
      (page) => renderLead(reply, page, {}),
    );
  });
  app.post<PlaceParams>(leadPath, { config: work }, (request, reply) => {
    const placeId = placeIdFrom(request);
    if (!placeId) return reply.callNotFound();
    return answerOpenJourney(
      request,
      reply,
      (caller, journeyId) => service.leadPage(caller, journeyId, placeId),
      async (page, caller, journeyId) => {
        const values = sentValues(request.body);
        const form = parseForm(leadSchema, values);
        if (!form.ok)
          return renderLead(reply.status(400), page, values, inPageOrder(form, LEAD_FIELDS));
        const result = await service.addLead(caller, journeyId, placeId, form.data);
        return answerNetworkChange(
          reply,
          journeyId,
          result,
          { path: 'discovery/mobility', notice: 'lead-added' },
          (problems) => renderLead(reply, page, values, problems),
        );
      },
    );
  });
}
