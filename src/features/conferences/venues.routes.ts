import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, parseRecordId, problemsFor } from '../../platform/forms.ts';
import { type Actor, type VenuesService, venueSchema } from './venues.service.ts';

const access = { access: 'venues:manage' } as const;
const FORM = 'features/conferences/views/venue-form.njk';
type VenueParams = { Params: { venueId: string } };
type Values = Record<string, unknown>;

function actorFrom(request: FastifyRequest): Actor {
  if (!request.user) throw new Error('Venue routes are only reached by a signed-in user');
  return {
    id: request.user.id,
    organisationId: request.user.organisationId,
    requestId: request.id,
  };
}

const NOTICES: Record<string, string> = { added: 'Venue added', changed: 'Venue saved' };

function renderForm(reply: FastifyReply, venueId: string | null, values: Values, problems = {}) {
  return reply.viewAsync(FORM, {
    title: venueId ? 'Change a venue' : 'Add a venue',
    action: venueId ? `/admin/venues/${venueId}` : '/admin/venues/new',
    values,
    fieldErrors: {},
    ...problems,
  });
}

/** An administrator keeps the organisation's list of neutral venues for conferences. */
export function venueRoutes(app: FastifyInstance, venues: VenuesService) {
  app.get('/admin/venues', { config: access }, async (request, reply) => {
    const list = await venues.list(actorFrom(request));
    const notice = (request.query as Values).notice;
    return reply.viewAsync('features/conferences/views/venues.njk', {
      title: 'Conference venues',
      notice: typeof notice === 'string' ? (NOTICES[notice] ?? null) : null,
      rows: list.map((venue) => [
        { text: venue.name },
        { text: venue.address },
        { text: venue.accessibility ?? 'Not recorded' },
        { text: venue.active ? 'In use' : 'No longer used' },
        {
          html: `<a class="govuk-link" href="/admin/venues/${venue.id}">Change<span class="govuk-visually-hidden"> ${venue.name.replace(/[&<>"']/g, '')}</span></a>`,
        },
      ]),
    });
  });

  app.get('/admin/venues/new', { config: access }, async (_request, reply) =>
    renderForm(reply, null, {}),
  );

  app.get<VenueParams>('/admin/venues/:venueId', { config: access }, async (request, reply) => {
    const venueId = parseRecordId(request.params.venueId);
    const venue = venueId ? await venues.get(actorFrom(request), venueId) : undefined;
    if (!venue || !venueId) return reply.callNotFound();
    return renderForm(reply, venueId, {
      name: venue.name,
      address: venue.address,
      accessibility: venue.accessibility ?? '',
      notes: venue.notes ?? '',
      withdrawn: venue.active ? '' : 'yes',
    });
  });

  for (const path of ['/admin/venues/new', '/admin/venues/:venueId']) {
    app.post<VenueParams>(path, { config: access }, async (request, reply) => {
      const adding = path.endsWith('/new');
      const venueId = adding ? null : parseRecordId(request.params.venueId);
      if (!adding && !venueId) return reply.callNotFound();
      // Another organisation's venue is not found, whatever the form holds.
      if (venueId && !(await venues.get(actorFrom(request), venueId))) return reply.callNotFound();
      const values = (request.body ?? {}) as Values;
      const form = parseForm(venueSchema, values);
      if (!form.ok) return renderForm(reply.status(400), venueId, values, form);
      const result = await venues.save(actorFrom(request), venueId, form.data);
      if (result.outcome === 'not-found') return reply.callNotFound();
      if (result.outcome === 'refused') {
        return renderForm(
          reply.status(400),
          venueId,
          values,
          problemsFor(result.reason, result.field),
        );
      }
      return reply.redirect(`/admin/venues?notice=${adding ? 'added' : 'changed'}`, 303);
    });
  }
}
