import { randomUUID } from 'node:crypto';
import type { FastifyLoggerOptions } from 'fastify';
import type { LoggerOptions } from 'pino';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

/**
 * pino settings: no cookies, no form bodies, no query strings (they can hold a child's name
 * from a search) and no email addresses ever reach the logs.
 */
export function loggerOptions(level: string): FastifyLoggerOptions & LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.email',
        '*.name',
        '*.displayName',
        '*.display_name',
        'body',
        // PostgreSQL puts the offending values of a failed constraint in err.detail.
        'err.detail',
        'err.where',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(request) {
        return {
          id: request.id,
          method: request.method,
          path: String(request.url).split('?')[0],
        };
      },
    },
  };
}

/** A request id for logs and audit: the caller's `X-Request-Id` if it is well formed. */
export function requestIdFor(request: { headers: Record<string, unknown> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
}
