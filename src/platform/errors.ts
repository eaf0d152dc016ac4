import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isDatabaseUnavailable } from '../db/database.ts';
import { navigationFor } from './navigation.ts';

const CLIENT_ERRORS: Record<number, { template: string; title: string }> = {
  400: { template: 'errors/400.njk', title: 'There is a problem with what was sent' },
  403: { template: 'errors/403.njk', title: 'You cannot do that' },
  404: { template: 'errors/404.njk', title: 'Page not found' },
  413: { template: 'errors/413.njk', title: 'What you sent is too large' },
  415: { template: 'errors/400.njk', title: 'There is a problem with what was sent' },
  429: { template: 'errors/429.njk', title: 'Too many attempts' },
  503: { template: 'errors/503.njk', title: 'Kindred cannot reach its database' },
};

/** How long a client should wait before trying again while the database is away. */
const RETRY_AFTER_SECONDS = 60;

/** Renders and sends a design-system error page; safe to call from hooks and handlers. */
export async function sendErrorPage(request: FastifyRequest, reply: FastifyReply, status: number) {
  const page = CLIENT_ERRORS[status] ?? {
    template: 'errors/500.njk',
    title: 'Sorry, there is a problem',
  };
  // The usual page context may not have been set if the request failed early.
  const context = {
    user: request.user ?? null,
    navigation: navigationFor(request.user ?? null, request.url),
    cspNonce: reply.cspNonce?.script,
    title: page.title,
    // The title starts "Error: ", as on a form with errors (WCAG 2.4.2).
    errorPage: true,
  };
  let html: string;
  try {
    html = await reply.viewAsync(page.template, context);
  } catch (error) {
    request.log.error({ err: error }, 'could not render the error page');
    html = `<!doctype html><html lang="en-GB"><title>Error: ${page.title} – Kindred</title><h1>${page.title}</h1></html>`;
  }
  return reply.status(status).type('text/html; charset=utf-8').send(html);
}

/**
 * Design-system pages for 404, 403, 400, 413 and 500; a 500 is logged, never shown in detail.
 * When the database cannot be reached (it is restarting, or the network is down) the answer
 * is a 503 that says so: nothing is wrong with the request, and it will work again.
 */
export const errorPages = fp(async (app: FastifyInstance) => {
  app.setNotFoundHandler(async (request, reply) => sendErrorPage(request, reply, 404));

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.warn(`request failed: the database cannot be reached (${error.message})`);
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      if (request.url.startsWith('/health/')) {
        return reply.status(503).send({ status: 'unavailable' });
      }
      return sendErrorPage(request, reply, 503);
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info({ code: error.code, status }, 'request refused');
    }
    if (request.url.startsWith('/health/')) {
      return reply.status(status).send({ status: 'error' });
    }
    return sendErrorPage(request, reply, status in CLIENT_ERRORS || status >= 500 ? status : 400);
  });
});
