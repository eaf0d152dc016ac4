import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendErrorPage } from './errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** This route receives files: it alone may be sent multipart/form-data. */
    uploads?: boolean;
  }
}

const FORM = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Control characters, which no person types and PostgreSQL partly refuses (NUL): C0 (but tab,
 * line feed and carriage return, which a textarea sends), DEL and C1.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_IN_FORM = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** In an address (path or query string) not even tab or a line break belongs. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_IN_ADDRESS = /[\u0000-\u001F\u007F-\u009F]/;

/** True when any key or text in a parsed form or query holds a character in `pattern`. */
export function holdsCharacters(value: unknown, pattern: RegExp, depth = 0): boolean {
  if (typeof value === 'string') return pattern.test(value);
  if (depth > 4 || value === null || typeof value !== 'object') return false;
  if (Buffer.isBuffer(value)) return false; // an uploaded file's bytes: the import checks them
  if (Array.isArray(value)) return value.some((item) => holdsCharacters(item, pattern, depth + 1));
  return Object.entries(value).some(
    ([key, item]) => pattern.test(key) || holdsCharacters(item, pattern, depth + 1),
  );
}

function mediaType(request: FastifyRequest): string | undefined {
  const header = request.headers['content-type'];
  return header?.split(';', 1)[0]?.trim().toLowerCase();
}

function refuse(request: FastifyRequest, reply: FastifyReply, status: 400 | 415) {
  request.log.info({ status }, 'input refused before the route');
  return sendErrorPage(request, reply, status);
}

/**
 * Every bad input is a 4xx, never a 500, and never reaches a route: a body of a kind our forms
 * never send answers 415 (before it is read), and a control character anywhere in the address
 * or the form answers 400. Routes still validate every field with their zod schemas.
 */
export const inputGuard = fp(async (app: FastifyInstance) => {
  // preParsing: after access control (registered earlier), before the body is read.
  app.addHook('preParsing', async (request, reply) => {
    const config = request.routeOptions.config;
    if (config.access === undefined) return undefined;
    if (holdsCharacters(request.url, CONTROL_IN_ADDRESS)) return refuse(request, reply, 400);
    if (!METHODS_WITH_BODY.has(request.method)) return undefined;
    const type = mediaType(request);
    if (type === undefined || type === FORM || (type === MULTIPART && config.uploads)) {
      return undefined;
    }
    return refuse(request, reply, 415);
  });

  // preValidation: the address is decoded and the body parsed.
  app.addHook('preValidation', async (request, reply) => {
    if (request.routeOptions.config.access === undefined) return undefined;
    if (
      holdsCharacters(request.query, CONTROL_IN_ADDRESS) ||
      holdsCharacters(request.params, CONTROL_IN_ADDRESS) ||
      holdsCharacters(request.body, CONTROL_IN_FORM)
    ) {
      return refuse(request, reply, 400);
    }
    return undefined;
  });
});
