import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { Clock, SearchPage } from '@nongsan/api';
import { type AppRouter, appRouter, PHOTO_LIMITS, placementsFor, SearchCache } from '@nongsan/api';
import type { Database, DialectName } from '@nongsan/db';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, type ServerConfig } from './config.ts';
import { registerBankWebhookRoutes } from './http/bank-webhook-routes.ts';
import { registerCrossSiteGuard } from './http/cross-site-guard.ts';
import { DIRECT_MUTATIONS, registerDirectMutations } from './http/direct-mutation-routes.ts';
import { errorBody } from './http/error-body.ts';
import { registerExportRoutes } from './http/export-routes.ts';
import { registerOrderAdmission } from './http/order-admission.ts';
import { clientErrorHandler, frameworkErrors, MAX_PARAM_LENGTH } from './http/oversized-requests.ts';
import { registerPhotoRoutes } from './http/photo-routes.ts';
import { registerSearchAnswers, type StoredAnswer } from './http/search-answers.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { createContextFactory } from './http/session-context.ts';
import { registerSharePages } from './http/share-pages.ts';

export interface BuildAppOptions {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly clock: Clock;
  readonly config: Pick<ServerConfig, 'sessionSecret' | 'photosDir' | 'trustProxy' | 'sepayApiKey'> & {
    /** The VAPID public key the seller app subscribes to push alerts with (`push.publicKey`); none: no alerts. */
    readonly pushPublicKey?: string;
  };
  /** Fastify's logger option: false (tests), true, or pino options. Default false. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Requests one client address may make per minute before getting 429 (default 1,200: `RATE_LIMIT_PER_MINUTE`). */
  readonly rateLimitPerMinute?: number;
  /** Where the built apps are (`<dir>/seller/dist`, `<dir>/buyer/dist`); default the repository's `apps/`. */
  readonly appsDir?: string;
  /** `orders.place` requests one process holds at once before answering 503 (default `ORDER_QUEUE_LIMIT`, 128). */
  readonly orderQueueLimit?: number;
}

/** The repository's `apps/` folder, from this file (src/ or dist/ of apps/server). */
const DEFAULT_APPS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The web apps that are built, hence served (`pnpm start` builds them; `pnpm --filter @nongsan/server dev` may not). */
export function builtApps(appsDir: string = DEFAULT_APPS_DIR): ('seller' | 'buyer')[] {
  return (['seller', 'buyer'] as const).filter((name) =>
    existsSync(join(appsDir, name, 'dist', 'index.html')),
  );
}

/**
 * The HTTP host, not yet listening: tRPC at `/trpc`, `GET /healthz`, photo upload at `POST /photos` and the photos
 * at `/photos/…`, SePay's bank notifications at `POST /webhooks/sepay`, the spreadsheet downloads at
 * `GET /exports/…`, and the seller and buyer apps at `/seller/` and `/buyer/` once they are built.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { db, dialect, clock, config } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: config.trustProxy,
    // tRPC batches several calls into one URL.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // Too long a URL or headers, or a path the router cannot read: a 414/431/400 in words, not a reset connection.
    clientErrorHandler,
    frameworkErrors,
  });

  // A body over Fastify's limit is refused before tRPC sees it: answer in the shape and words the apps read. What
  // the rate limit throws is already such an answer: send it with its own status (429), not a 200 carrying it.
  app.setErrorHandler((error: { code?: string; statusCode?: number; error?: unknown }, _request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const maxMb = Math.round((app.initialConfig.bodyLimit ?? 1_048_576) / 1_048_576);
      return reply.code(413).send(errorBody('http.body_too_large', { maxMb }, 413, 'PAYLOAD_TOO_LARGE'));
    }
    if (error.statusCode === 429 && error.error !== undefined)
      return reply.code(429).send({ error: error.error });
    throw error;
  });

  // Phones on slow village data: the apps' JS and CSS (static files) and tRPC's JSON go out br/gzip-compressed, about a
  // third of their size (the buyer's first screen was 442 kB on the wire, 138 kB gzipped). Registered first, so
  // every route below is compressed; photos are JPEG/WebP and already compressed (the plugin skips their types).
  await app.register(fastifyCompress);
  await registerSecurityHeaders(app);
  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...errorBody(
        'http.too_many_requests',
        { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) },
        429,
        'TOO_MANY_REQUESTS',
      ),
    }),
  });
  registerCrossSiteGuard(app);
  registerOrderAdmission(app, options.orderQueueLimit);
  await app.register(fastifyMultipart, {
    limits: { fileSize: PHOTO_LIMITS.maxBytes, files: 1, fields: 5, parts: 6 },
  });

  mkdirSync(config.photosDir, { recursive: true });
  await app.register(fastifyStatic, {
    root: resolve(config.photosDir),
    prefix: '/photos/',
    // A photo's name is new for every upload, so its content never changes: cache it for a year.
    maxAge: '365d',
    immutable: true,
    index: false,
    // Only the files of the photos folder itself: buyers' photos waiting in `pending/` are nobody's to fetch. This
    // plugin also lends `reply.sendFile` to the apps' scopes, whose fallback sends `index.html` (no leading slash),
    // and the check applies to it too: a name without a folder passes either way.
    allowedPath: (pathName) => /^\/?[^/]+$/.test(pathName),
  });

  const searchCache = new SearchCache<SearchPage>();
  // SQLite: checkouts arriving together share one commit (group commit); PostgreSQL: a transaction each.
  const placements = placementsFor(db, dialect);
  const deps = {
    db,
    dialect,
    clock,
    searchCache,
    placements,
    config: { photosDir: config.photosDir, pushPublicKey: config.pushPublicKey ?? null },
  };

  const createContext = createContextFactory(deps);
  const trpcOptions = {
    router: appRouter,
    createContext,
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        app.log.error({ err: error.cause ?? error, path }, 'tRPC failure');
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'];
  await app.register(async (scope) => {
    // Searches asked again within moments are answered with the bytes tRPC sent the first time.
    registerSearchAnswers(scope, { answers: searchCache.companion<StoredAnswer>(200), clock });
    await scope.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions });
  });
  // Checkouts, which crowds send at once, skip the adapter's per-call Web Request and Response (same wire format).
  await app.register(async (scope) => {
    registerDirectMutations(scope, { prefix: '/trpc', paths: DIRECT_MUTATIONS, trpcOptions, createContext });
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { ok: true, db: dialect };
    } catch (error) {
      app.log.error({ err: error }, 'health check: the database does not answer');
      return reply.code(503).send({ ok: false, db: dialect });
    }
  });

  await registerPhotoRoutes(app, deps);
  registerBankWebhookRoutes(app, { db, clock, apiKey: config.sepayApiKey });
  registerExportRoutes(app, deps);

  const appsDir = options.appsDir ?? DEFAULT_APPS_DIR;
  for (const name of builtApps(appsDir)) {
    const root = join(appsDir, name, 'dist');
    await app.register(
      async (scope) => {
        await scope.register(fastifyStatic, { root, prefix: '/', decorateReply: false });
        // A shared listing or shop link carries its preview (Open Graph, Twitter) in the page's HTML.
        if (name === 'buyer') registerSharePages(scope, { root, deps });
        // The apps route on the client: any other path under the prefix gets the app's page.
        scope.setNotFoundHandler((_request, reply) => reply.type('text/html').sendFile('index.html', root));
      },
      { prefix: `/${name}` },
    );
  }

  return app;
}
