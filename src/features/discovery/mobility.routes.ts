import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import { parseRecordId } from '../../platform/forms.ts';
import { type JourneyCase, NOT_FOUND } from '../journeys/journey-case.service.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import { childName } from '../journeys/journey-labels.ts';
import { discoveryNotice } from './discovery.view-model.ts';
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
import { canAddTo, networkFormRoutes, networkPageRoute } from './network-form-route.ts';

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
  networkPageRoute(app, {
    path: '/journeys/:journeyId/discovery/mobility',
    open: (caller, journeyId) => service.overview(caller, journeyId),
    view: 'features/discovery/views/mobility.njk',
    model: (page, notice, caller) => ({
      title: 'Mobility map',
      notice: discoveryNotice(notice),
      // The lead links go to a form only the coordinator and team managers may use.
      canWork:
        (page.found.parties.coordinatorId === caller.user.id ||
          caller.user.roles.includes('team_manager')) &&
        canAddTo(page.found),
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
    }),
  });

  networkFormRoutes(app, {
    path: '/journeys/:journeyId/discovery/mobility/new',
    open: (caller, journeyId) => service.page(caller, journeyId),
    render: renderPlace,
    schema: () => placeSchema(todayInLondon()),
    fields: PLACE_FIELDS,
    save: (caller, journeyId, form) => service.add(caller, journeyId, form),
    back: { path: 'discovery/mobility', notice: 'place-added' },
  });

  networkFormRoutes(app, {
    path: '/journeys/:journeyId/discovery/mobility/:placeId/people/new',
    open: async (caller, journeyId, request) => {
      const placeId = placeIdFrom(request as FastifyRequest<PlaceParams>);
      return placeId ? service.leadPage(caller, journeyId, placeId) : NOT_FOUND;
    },
    render: renderLead,
    schema: () => leadSchema,
    fields: LEAD_FIELDS,
    save: (caller, journeyId, form, page) =>
      service.addLead(caller, journeyId, page.place.id, form),
    back: { path: 'discovery/mobility', notice: 'lead-added' },
  });
}
