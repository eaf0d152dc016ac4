import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { type Answers, refillForm } from './form-refill.ts';

/**
 * A form sent after its sender's session has ended loses nothing (WCAG 2.2.1, without
 * JavaScript): its answers are kept for a short time, the person signs in again, and the page
 * they were on comes back with their answers in it, for them to check and send again. Nothing
 * is saved on their behalf.
 *
 * The answers are sealed with a key derived from a random token that only the browser holds:
 * it travels in the sign-in address (`?restore=…` inside `returnTo`), never in a log. The
 * table holds the token's hash, so a copy of the table opens nothing.
 */
const KEEP_FOR_MINUTES = 30;
const RESTORE = 'restore';

declare module 'fastify' {
  interface FastifyInstance {
    unsavedAnswers: {
      /** Keeps the answers of this form request; returns where to sign in, or null. */
      keep(request: FastifyRequest): Promise<string | null>;
    };
  }
  interface FastifyRequest {
    restoredAnswers: Answers | null;
  }
}

function keyOf(token: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, '', 'kindred unsaved answers', 32));
}

const hashOf = (token: string) => createHash('sha256').update(`answers:${token}`).digest('hex');

function seal(token: string, answers: Answers): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(token), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(answers), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function unseal(token: string, sealed: Buffer): Answers | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(token), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    return JSON.parse(text.toString('utf8')) as Answers;
  } catch {
    return null;
  }
}

/** The form's answers, without its CSRF token; null when it is not a form of plain fields. */
function answersOf(body: unknown): Answers | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const answers: Answers = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '_csrf') continue;
    if (typeof value === 'string') answers[name] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      answers[name] = value;
    } else return null;
  }
  return Object.keys(answers).length > 0 ? answers : null;
}

/** The page the form was on: the same-site address it was sent from, else where it was sent. */
function pageOf(request: FastifyRequest): string {
  const referer = request.headers.referer;
  if (referer) {
    try {
      const from = new URL(referer);
      if (from.host === request.headers.host) return withoutRestore(from.pathname + from.search);
    } catch {
      // Not an address: fall back to where the form was sent.
    }
  }
  return withoutRestore(request.url);
}

function withoutRestore(path: string): string {
  const url = new URL(path, 'http://kindred.invalid');
  url.searchParams.delete(RESTORE);
  return url.pathname + url.search;
}

export const unsavedAnswers = fp(async (app: FastifyInstance, options: { db: Db }) => {
  const { db } = options;
  app.decorateRequest('restoredAnswers', null);

  app.decorate('unsavedAnswers', {
    async keep(request: FastifyRequest) {
      const answers = answersOf(request.body);
      if (!answers) return null;
      const token = randomBytes(32).toString('base64url');
      const pagePath = pageOf(request);
      if (pagePath.length > 1900) return null;
      await db.deleteFrom('unsaved_answers').where('expires_at', '<', sql<Date>`now()`).execute();
      await db
        .insertInto('unsaved_answers')
        .values({
          token_hash: hashOf(token),
          user_id: request.endedSessionUserId,
          page_path: pagePath,
          sealed: seal(token, answers),
          expires_at: sql<Date>`now() + make_interval(mins => ${KEEP_FOR_MINUTES})`,
        })
        .execute();
      const returnTo = `${pagePath}${pagePath.includes('?') ? '&' : '?'}${RESTORE}=${token}`;
      return `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
    },
  });

  // After signing in, the page named in the sign-in address: put the answers back once.
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || !request.user) return;
    const token = (request.query as Record<string, unknown> | undefined)?.[RESTORE];
    if (typeof token !== 'string' || token.length > 100) return;
    const row = await db
      .deleteFrom('unsaved_answers')
      .where('token_hash', '=', hashOf(token))
      .where('expires_at', '>', sql<Date>`now()`)
      .returning(['user_id', 'page_path', 'sealed'])
      .executeTakeFirst();
    if (!row) return;
    const samePerson = row.user_id === null || row.user_id === request.user.id;
    if (!samePerson || row.page_path !== withoutRestore(request.url)) return;
    request.restoredAnswers = unseal(token, row.sealed);
    if (request.restoredAnswers) reply.locals = { ...reply.locals, answersRestored: true };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.restoredAnswers || typeof payload !== 'string') return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    return refillForm(payload, request.restoredAnswers);
  });
});
