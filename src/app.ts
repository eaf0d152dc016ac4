import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { benchCounting } from './db/query-counter.ts';
import { aboutFeature } from './features/about/index.ts';
import { adminFeature } from './features/admin/index.ts';
import { authFeature } from './features/auth/index.ts';
import { childrenFeature } from './features/children/index.ts';
import { conferencesFeature } from './features/conferences/index.ts';
import { deadlinesFeature } from './features/deadlines/index.ts';
import { discoveryFeature } from './features/discovery/index.ts';
import { engagementFeature } from './features/engagement/index.ts';
import { fgcOutcomesFeature } from './features/fgc-outcomes/index.ts';
import { genogramFeature } from './features/genogram/index.ts';
import { healthFeature } from './features/health/index.ts';
import { homeFeature } from './features/home/index.ts';
import { journeysFeature } from './features/journeys/index.ts';
import { networkFeature } from './features/network/index.ts';
import { notificationsFeature } from './features/notifications/index.ts';
import { oversightFeature } from './features/oversight/index.ts';
import { planHandoverFeature } from './features/plan-handover/index.ts';
import { plansFeature } from './features/plans/index.ts';
import { referralsFeature } from './features/referrals/index.ts';
import { socialConnectionsFeature } from './features/social-connections/index.ts';
import { accessControl } from './platform/access.ts';
import { buildAssets } from './platform/asset-build.ts';
import { assets } from './platform/assets.ts';
import { benchHeader } from './platform/bench-header.ts';
import { compression } from './platform/compression.ts';
import { cookiesAndCsrf } from './platform/csrf.ts';
import { errorPages } from './platform/errors.ts';
import { inputGuard } from './platform/input-guard.ts';
import { loggerOptions, requestIdFor } from './platform/logging.ts';
import { pageContext } from './platform/page-context.ts';
import { securityHeaders } from './platform/security-headers.ts';
import { sessions } from './platform/session.ts';
import { unsavedAnswers } from './platform/unsaved-answers.ts';
import { views } from './platform/views.ts';

export interface AppDependencies {
  config: Config;
  /** The request-serving connection: the app role, subject to row-level security. */
  db: Db;
  /** Where logs go; standard output unless a test captures them. */
  logStream?: DestinationStream;
  /** The logger to share (server.ts passes its own, so there is one); else one is made. */
  logger?: FastifyBaseLogger;
}

/** Largest form Kindred accepts; anything bigger is refused with 413 before it is read. */
const BODY_LIMIT_BYTES = 256 * 1024;

/** Kindred as a Fastify application. `server.ts` starts it; tests build it and inject. */
export async function buildApp({
  config,
  db,
  logStream,
  logger,
}: AppDependencies): Promise<FastifyInstance> {
  // Built first: on a first run, compiling the stylesheet takes longer than a plugin may.
  const manifest = await buildAssets();
  const app = Fastify({
    ...(logger
      ? { loggerInstance: logger }
      : {
          logger: {
            ...loggerOptions(config.logLevel),
            ...(logStream ? { stream: logStream } : {}),
          },
        }),
    genReqId: requestIdFor,
    requestIdHeader: false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });

  // Platform: order matters. Access control first, so every later route is checked.
  await app.register(accessControl);
  if (benchCounting) await app.register(benchHeader);
  await app.register(errorPages);
  await app.register(inputGuard);
  await app.register(securityHeaders);
  await app.register(compression);
  await app.register(formbody, { bodyLimit: BODY_LIMIT_BYTES });
  await app.register(cookiesAndCsrf, { config });
  await app.register(rateLimit, { global: false });
  await app.register(assets, { manifest }); // before views: templates name assets by their fingerprint
  await app.register(views, { watch: config.watchTemplates });
  await app.register(sessions, { db, config });
  await app.register(pageContext, { idleMinutes: config.sessionIdleMinutes });
  await app.register(unsavedAnswers, { db });

  // Features.
  await app.register(healthFeature, { db });
  await app.register(aboutFeature);
  await app.register(authFeature, { db, config });
  await app.register(homeFeature, { db });
  await app.register(adminFeature, { db, config, prefix: '/admin' });
  await app.register(childrenFeature, { db });
  await app.register(referralsFeature, { db });
  await app.register(oversightFeature, { db });
  await app.register(deadlinesFeature, { db });
  await app.register(journeysFeature, { db });
  await app.register(networkFeature, { db });
  await app.register(genogramFeature, { db });
  await app.register(socialConnectionsFeature, { db });
  await app.register(discoveryFeature, { db });
  await app.register(engagementFeature, { db });
  await app.register(notificationsFeature, { db, config });
  await app.register(conferencesFeature, { db });
  await app.register(fgcOutcomesFeature, { db });
  await app.register(planHandoverFeature, { db });
  await app.register(plansFeature, { db });

  return app;
}
