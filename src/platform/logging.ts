import { randomUUID } from 'node:crypto';
import type { FastifyLoggerOptions } from 'fastify';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import pinoPretty from 'pino-pretty';

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
        'password',
        'email',
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

/** One request's log line, read by a person: "request completed GET /referrals 200 (12 ms)". */
function readableMessage(log: Record<string, unknown>, messageKey: string): string {
  const parts = [String(log[messageKey] ?? '')];
  const request = log.req as { method?: string; path?: string } | undefined;
  if (request?.method) parts.push(`${request.method} ${request.path ?? ''}`);
  const response = log.res as { statusCode?: number } | undefined;
  if (response?.statusCode) parts.push(String(response.statusCode));
  if (typeof log.responseTime === 'number') parts.push(`(${Math.round(log.responseTime)} ms)`);
  return parts.join(' ');
}

/**
 * Kindred's one logger, shared by the start-up code and the app. In development it prints
 * readable lines; anywhere else one JSON object a line, for a log collector. The pretty printer
 * runs in this thread, synchronously, so lines keep their order and nothing is lost at exit.
 */
export function createLogger(
  settings: { environment: string; logLevel: string },
  destination?: DestinationStream,
): Logger {
  const options = loggerOptions(settings.logLevel);
  if (settings.environment !== 'development') {
    return destination ? pino(options, destination) : pino(options);
  }
  return pino(
    options,
    pinoPretty({
      sync: true,
      translateTime: 'HH:MM:ss',
      ignore: 'pid,hostname,reqId,req,res,responseTime',
      messageFormat: readableMessage,
      ...(destination ? { destination } : {}),
    }),
  );
}
