import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Db } from '../../db/database.ts';
import { parseForm } from '../../platform/forms.ts';
import { deadlineSettingsSchema } from './deadline-settings.schemas.ts';
import {
  currentDeadlineSettings,
  saveOrganisationDeadlineSettings,
} from './deadline-settings.service.ts';

const VIEW = 'features/deadlines/views/deadline-settings.njk';
const PATH = '/admin/deadline-settings';
const access = { config: { access: 'deadlines:configure' } } as const;

/** The organisation's deadline settings, kept by an administrator (no child's record here). */
export function deadlineSettingsRoutes(app: FastifyInstance, db: Db) {
  const actorOf = (request: { user: { id: string; organisationId: string } | null }) => {
    if (!request.user) throw new Error('Signed in only');
    return request.user;
  };
  const render = (
    reply: FastifyReply,
    values: Record<string, unknown>,
    extra: { errors?: unknown; fieldErrors?: Record<string, { text: string }>; saved?: boolean },
  ) =>
    reply.viewAsync(VIEW, {
      title: 'Deadline settings',
      values,
      errors: extra.errors,
      fieldErrors: extra.fieldErrors ?? {},
      saved: extra.saved ?? false,
    });

  app.get(PATH, access, async (request, reply) => {
    const settings = await currentDeadlineSettings(db, actorOf(request).organisationId);
    const saved = (request.query as Record<string, unknown> | undefined)?.notice === 'saved';
    return render(reply, settings, { saved });
  });

  app.post(PATH, access, async (request, reply) => {
    const actor = actorOf(request);
    const values = (request.body ?? {}) as Record<string, unknown>;
    const form = parseForm(deadlineSettingsSchema, values);
    if (!form.ok) return render(reply.status(400), values, form);
    await saveOrganisationDeadlineSettings(
      db,
      { id: actor.id, organisationId: actor.organisationId, requestId: request.id },
      form.data,
    );
    return reply.redirect(`${PATH}?notice=saved`, 303);
  });
}
