import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import type { Db, Tx } from '../db/database.ts';
import type { Role } from '../domain/roles.ts';
import { csrfCookieName } from './csrf.ts';
import {
  checkSession,
  deleteSession,
  keepSessionAlive,
  startSession,
} from './session.repository.ts';

/** The cookie's name: `__Host-` in production, so only this host over HTTPS may set it. */
export function sessionCookieName(config: Pick<Config, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-kindred_session' : 'kindred_session';
}
export const SESSION_COOKIE = 'kindred_session';

/** Requests that never need to know who is asking: no session look-up at all. */
export function needsNoSession(url: string): boolean {
  return url.startsWith('/assets/') || url.startsWith('/health/') || url === '/favicon.ico';
}

/** The signed-in person, as every route and service sees them. */
export interface SignedInUser {
  id: string;
  organisationId: string;
  organisationName: string;
  displayName: string;
  email: string;
  roles: Role[];
  teamId: string | null;
  /** Signed in with a temporary password: must choose their own before anything else. */
  passwordMustChange: boolean;
  /** Unread notices, up to 100: counted by the session check itself (migration 015). */
  unreadNotices: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SignedInUser | null;
    sessionTokenHash: string | null;
    /** When the session ends at the latest, whatever the person does (the absolute limit). */
    sessionEndsAt: Date | null;
    /** Whose session this request's cookie named, when that session has ended. */
    endedSessionUserId: string | null;
  }
  interface FastifyInstance {
    sessions: SessionManager;
  }
}

export interface SessionManager {
  /**
   * Starts a session for a user whose identity has been proven, and sets its cookie. The session
   * the browser held before (someone else's, or an earlier one) ends on the server.
   */
  start(reply: FastifyReply, user: { id: string; organisationId: string }, tx?: Tx): Promise<void>;
  end(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** The person is still here (the timeout warning's "Stay signed in"): restart the idle clock. */
  keepAlive(request: FastifyRequest): Promise<void>;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Server-side sessions in the database. The cookie carries a random token; the table keeps
 * only its hash, so a copy of the table signs nobody in. The app role reaches the table only
 * through the database functions of migration 007; a request's check is one statement.
 */
export const sessions = fp(async (app: FastifyInstance, options: { db: Db; config: Config }) => {
  const { db, config } = options;
  const cookieName = sessionCookieName(config);
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
  };

  app.decorateRequest('user', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('sessionEndsAt', null);
  app.decorateRequest('endedSessionUserId', null);

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[cookieName];
    if (!token || needsNoSession(request.url)) return;
    const tokenHash = hashToken(token);
    const user = await checkSession(db, tokenHash, config.sessionIdleMinutes);
    if (!user?.live) {
      request.endedSessionUserId = user?.user_id ?? null;
      reply.clearCookie(cookieName, cookieOptions);
      return;
    }
    request.sessionTokenHash = tokenHash;
    request.sessionEndsAt = user.absolute_expires_at;
    request.user = {
      id: user.user_id,
      organisationId: user.organisation_id,
      organisationName: user.organisation_name,
      displayName: user.display_name,
      email: user.email,
      roles: user.roles,
      teamId: user.team_id,
      passwordMustChange: user.password_must_change,
      unreadNotices: user.unread_notices,
    };
  });

  /** A new CSRF secret with every change of who is signed in: the next page makes it. */
  function rotateCsrfSecret(reply: FastifyReply) {
    reply.clearCookie(csrfCookieName(config), { path: '/', secure: config.secureCookies });
  }

  const manager: SessionManager = {
    async start(reply, user, tx) {
      const token = randomBytes(32).toString('base64url');
      const earlier = reply.request.cookies[cookieName];
      const started = await startSession(tx ?? db, {
        tokenHash: hashToken(token),
        userId: user.id,
        absoluteExpiresAt: new Date(Date.now() + config.sessionAbsoluteHours * 3_600_000),
        replaces: earlier ? hashToken(earlier) : null,
      });
      if (!started) throw new Error('A session can only start for an active account');
      reply.setCookie(cookieName, token, {
        ...cookieOptions,
        maxAge: config.sessionAbsoluteHours * 3600,
      });
      rotateCsrfSecret(reply);
    },
    async keepAlive(request) {
      if (request.sessionTokenHash) await keepSessionAlive(db, request.sessionTokenHash);
    },
    async end(request, reply) {
      if (request.sessionTokenHash) await deleteSession(db, request.sessionTokenHash);
      request.user = null;
      request.sessionTokenHash = null;
      reply.clearCookie(cookieName, cookieOptions);
      rotateCsrfSecret(reply);
    },
  };
  app.decorate('sessions', manager);
});
