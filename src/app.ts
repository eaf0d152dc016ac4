import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { aboutFeature } from './features/about/index.ts';
import { adminFeature } from './features/admin/index.ts';
import { authFeature } from './features/auth/index.ts';
import { childrenFeature } from './features/children/index.ts';
import { healthFeature } from './features/health/index.ts';
import { homeFeature } from './features/home/index.ts';
import { journeysFeature } from './features/journeys/index.ts';
import { referralsFeature } from './features/referrals/index.ts';
import { accessControl } from './platform/access.ts';
import { assets } from './platform/assets.ts';
import { cookiesAndCsrf } from './platform/csrf.ts';
import { errorPages } from './platform/errors.ts';
import { inputGuard } from './platform/input-guard.ts';
import { loggerOptions, requestIdFor } from './platform/logging.ts';
import { pageContext } from './platform/page-context.ts';
import { securityHeaders } from './platform/security-headers.ts';
import { sessions } from './platform/session.ts';
import { views } from './platform/views.ts';

export interface AppDependencies {
  config: Config;
  /** The request-serving connection: the app role, subject to row-level security. */
  db: Db;
  /** Where logs go; standard output unless a test captures them. */
  logStream?: DestinationStream;
}

/** Largest form Kindred accepts; anything bigger is refused with 413 before it is read. */
const BODY_LIMIT_BYTES = 256 * 1024;

/** Kindred as a Fastify application. `server.ts` starts it; tests build it and inject. */
export async function buildApp({
  config,
  db,
  logStream,
}: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { ...loggerOptions(config.logLevel), ...(logStream ? { stream: logStream } : {}) },
    genReqId: requestIdFor,
    requestIdHeader: false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });

  // Platform: order matters. Access control first, so every later route is checked.
  await app.register(accessControl);
  await app.register(errorPages);
  await app.register(inputGuard);
  await app.register(securityHeaders);
  await app.register(formbody, { bodyLimit: BODY_LIMIT_BYTES });
  await app.register(cookiesAndCsrf, { config });
  await app.register(rateLimit, { global: false });
  await app.register(views, { watch: config.environment === 'development' });
  await app.register(sessions, { db, config });
  await app.register(pageContext);

  // Features.
  await app.register(assets);
  await app.register(healthFeature, { db });
  await app.register(aboutFeature);
  await app.register(authFeature, { db, config });
  await app.register(homeFeature, { db });
  await app.register(adminFeature, { db, prefix: '/admin' });
  await app.register(childrenFeature, { db });
  await app.register(referralsFeature, { db });
  await app.register(journeysFeature, { db });

  return app;
}
