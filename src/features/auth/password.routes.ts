import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { parseForm } from '../../platform/forms.ts';
import { changePasswordSchema } from './password.schemas.ts';
import { changeOwnPassword } from './password.service.ts';

const VIEW = 'features/auth/views/change-password.njk';
const TITLE = 'Change your password';

export async function passwordRoutes(app: FastifyInstance, options: { db: Db }) {
  app.get<{ Querystring: { changed?: string } }>(
    '/account/password',
    { config: { access: 'signed-in' } },
    async (request, reply) =>
      reply.viewAsync(VIEW, { title: TITLE, changed: request.query.changed === 'yes' }),
  );

  app.post('/account/password', { config: { access: 'signed-in' } }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.redirect('/sign-in', 303);
    const form = parseForm(changePasswordSchema, request.body);
    if (!form.ok) {
      return reply
        .status(400)
        .viewAsync(VIEW, { title: TITLE, errors: form.errors, fieldErrors: form.fieldErrors });
    }
    const outcome = await changeOwnPassword(options.db, user, form.data, {
      requestId: request.id,
      currentSessionHash: request.sessionTokenHash,
    });
    if (outcome === 'wrong-current-password') {
      const message = 'Your current password is not right';
      return reply.status(400).viewAsync(VIEW, {
        title: TITLE,
        errors: [{ text: message, href: '#currentPassword' }],
        fieldErrors: { currentPassword: { text: message } },
      });
    }
    return reply.redirect('/account/password?changed=yes', 303);
  });
}
