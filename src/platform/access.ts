import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Access, decideAccess, isAccess } from './access-policy.ts';
import { sendErrorPage } from './errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route: see platform/access-policy.ts. Required on every route. */
    access?: Access;
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
  interface FastifyRequest {
    /** A form sent by someone not signed in (their session ended): see signInFirst. */
    signInRequired: boolean;
  }
}

const isForm = (request: FastifyRequest) =>
  String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');

/**
 * The first route-level step of every route. A form that arrived without a live session has
 * come this far only so that its body could be read and its CSRF token checked (the global
 * preHandler hooks run first): keep its answers, then send the person to sign in.
 */
async function signInFirst(this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  if (!request.signInRequired) return;
  const signIn = this.hasDecorator('unsavedAnswers')
    ? await this.unsavedAnswers.keep(request)
    : null;
  return reply.redirect(signIn ?? '/sign-in', 303);
}

/** Someone with a temporary password may only choose a new one, or sign out. */
const CHANGE_PASSWORD = '/account/password';
const MAY_USE_BEFORE_CHANGING = new Set([CHANGE_PASSWORD, '/sign-out']);

export class UndeclaredAccessError extends Error {
  override name = 'UndeclaredAccessError';
}

/**
 * Refuses to register a route that does not say who may call it, and enforces the declaration
 * on every request before the body is read.
 */
export const accessControl = fp(async (app: FastifyInstance) => {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);

  app.decorateRequest('signInRequired', false);

  app.addHook('onRoute', (route) => {
    const existing = route.preHandler ? [route.preHandler].flat() : [];
    route.preHandler = [signInFirst, ...existing];
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!isAccess(access)) {
      throw new UndeclaredAccessError(
        `Route ${methods.join(',')} ${route.url} does not declare config.access`,
      );
    }
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, access });
    }
  });

  // preParsing: after every onRequest hook (the session is known) and before the body is read.
  app.addHook('preParsing', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return; // no route matched: the not-found handler answers
    const decision = decideAccess(access, request.user?.roles ?? null);
    if (decision === 'sign-in') {
      if (request.method === 'POST' && isForm(request)) {
        request.signInRequired = true;
        return undefined;
      }
      const returnTo =
        request.method === 'GET' ? `?returnTo=${encodeURIComponent(request.url)}` : '';
      return reply.redirect(`/sign-in${returnTo}`, 303);
    }
    if (
      request.user?.passwordMustChange &&
      access !== 'public' &&
      !MAY_USE_BEFORE_CHANGING.has(request.routeOptions.url ?? '')
    ) {
      return reply.redirect(CHANGE_PASSWORD, 303);
    }
    if (decision === 'forbidden') {
      return sendErrorPage(request, reply, 403);
    }
    return undefined;
  });
});
