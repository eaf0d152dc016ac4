import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import { type Db, inOrganisation, type Tx } from '../db/database.ts';
import type { Role } from '../domain/roles.ts';
import {
  deleteSession,
  findLiveSession,
  findSessionOwner,
  findSessionUser,
  insertSession,
  touchSession,
} from './session.repository.ts';

export const SESSION_COOKIE = 'kindred_session';
const TOUCH_AFTER_MS = 60_000;

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
  /** Starts a session for a user whose identity has been proven, and sets its cookie. */
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
 * only its hash, so a copy of the table signs nobody in.
 */
export const sessions = fp(async (app: FastifyInstance, options: { db: Db; config: Config }) => {
  const { db, config } = options;
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
    const token = request.cookies[SESSION_COOKIE];
    // Health checks must answer without the database (liveness) or test it themselves.
    if (!token || request.url.startsWith('/health/')) return;
    const tokenHash = hashToken(token);
    const session = await findLiveSession(db, tokenHash, config.sessionIdleMinutes);
    if (!session) {
      request.endedSessionUserId = (await findSessionOwner(db, tokenHash))?.user_id ?? null;
      await deleteSession(db, tokenHash);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return;
    }
    const user = await inOrganisation(db, { organisationId: session.organisation_id }, (tx) =>
      findSessionUser(tx, session.user_id),
    );
    if (!user?.active) {
      await deleteSession(db, tokenHash);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return;
    }
    request.sessionTokenHash = tokenHash;
    request.sessionEndsAt = session.absolute_expires_at;
    request.user = {
      id: user.id,
      organisationId: user.organisation_id,
      organisationName: user.organisation_name,
      displayName: user.display_name,
      email: user.email,
      roles: user.roles,
      teamId: user.team_id,
      passwordMustChange: user.password_must_change,
    };
    if (Date.now() - session.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await touchSession(db, tokenHash);
    }
  });

  const manager: SessionManager = {
    async start(reply, user, tx) {
      const token = randomBytes(32).toString('base64url');
      await insertSession(tx ?? db, {
        tokenHash: hashToken(token),
        userId: user.id,
        organisationId: user.organisationId,
        absoluteExpiresAt: new Date(Date.now() + config.sessionAbsoluteHours * 3_600_000),
      });
      reply.setCookie(SESSION_COOKIE, token, {
        ...cookieOptions,
        maxAge: config.sessionAbsoluteHours * 3600,
      });
    },
    async keepAlive(request) {
      if (request.sessionTokenHash) await touchSession(db, request.sessionTokenHash);
    },
    async end(request, reply) {
      if (request.sessionTokenHash) await deleteSession(db, request.sessionTokenHash);
      request.user = null;
      request.sessionTokenHash = null;
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
    },
  };
  app.decorate('sessions', manager);
});
