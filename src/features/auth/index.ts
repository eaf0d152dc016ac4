import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { parseForm } from '../../platform/forms.ts';
import { safeReturnTo, signInSchema } from './auth.schemas.ts';
import { AuthService } from './auth.service.ts';
import { passwordRoutes } from './password.routes.ts';

const SIGN_IN_VIEW = 'features/auth/views/sign-in.njk';
const REFUSED = 'Enter a correct email address and password';

export async function authFeature(app: FastifyInstance, options: { db: Db; config: Config }) {
  const auth = new AuthService(options.db, app.sessions);
  await app.register(passwordRoutes, { db: options.db });

  app.get<{ Querystring: { returnTo?: string } }>(
    '/sign-in',
    { config: { access: 'public' } },
    async (request, reply) => {
      if (request.user) return reply.redirect('/', 303);
      return reply.viewAsync(SIGN_IN_VIEW, {
        title: 'Sign in to Kindred',
        values: { returnTo: safeReturnTo(request.query.returnTo) },
        demo: options.config.demo,
      });
    },
  );

  app.post(
    '/sign-in',
    {
      config: {
        access: 'public',
        rateLimit: { max: options.config.signInRateLimit, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const form = parseForm(signInSchema, request.body);
      const values = { ...(request.body as Record<string, unknown>), password: '' };
      if (!form.ok) {
        return reply.status(400).viewAsync(SIGN_IN_VIEW, {
          title: 'Sign in to Kindred',
          errors: form.errors,
          fieldErrors: form.fieldErrors,
          values,
          demo: options.config.demo,
        });
      }
      const outcome = await auth.signIn(form.data, reply, request.id);
      if (outcome === 'signed-in') return reply.redirect(safeReturnTo(form.data.returnTo), 303);
      const message =
        outcome === 'choose-organisation'
          ? 'This email address is used in more than one organisation: enter your organisation code'
          : REFUSED;
      const field = outcome === 'choose-organisation' ? 'organisation' : 'email';
      return reply.status(outcome === 'refused' ? 401 : 400).viewAsync(SIGN_IN_VIEW, {
        title: 'Sign in to Kindred',
        errors: [{ text: message, href: `#${field}` }],
        fieldErrors: { [field]: { text: message } },
        values,
        showOrganisation: true,
        demo: options.config.demo,
      });
    },
  );

  app.post('/sign-out', { config: { access: 'signed-in' } }, async (request, reply) => {
    if (request.user) await auth.recordSignOut(request.user, request.id);
    await app.sessions.end(request, reply);
    return reply.redirect('/signed-out', 303);
  });

  // The timeout warning's "Stay signed in": any signed-in request restarts the idle clock.
  app.post('/session/keep-alive', { config: { access: 'signed-in' } }, async (request, reply) => {
    await app.sessions.keepAlive(request);
    return reply.status(204).send();
  });

  app.get('/signed-out', { config: { access: 'public' } }, async (_request, reply) =>
    reply.viewAsync('features/auth/views/signed-out.njk', { title: 'You have signed out' }),
  );
}
