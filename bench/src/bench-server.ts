/**
 * A benchmark server process: the server's real Fastify app (`buildApp` from the built `apps/server/dist`, with
 * every plugin the server registers: cookies, rate limit, multipart, static, tRPC) plus two ceiling routes on the
 * same host, so a measured route and its ceiling differ only by what the route does:
 *
 * - `POST /bench/bare-post`: Fastify parses the JSON body (the same bytes an `orders.place` sends) and answers a
 *   small JSON. The HTTP ceiling of placing an order.
 * - `GET /bench/search?input=…`: answers, from memory, the very JSON text `listings.search` returned for the
 *   benchmark's query when this process started, as bytes (no serializing per request: the server keeps a search's
 *   answer as bytes too). The framework's ceiling of searching.
 *
 * Started by the bench (never by hand) with its settings in the environment; prints `BENCH_SERVER <url>` once it
 * listens and stops on SIGTERM. The rate limit is raised (one load generator is one client address), everything
 * else is as `pnpm start` sets it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '@nongsan/api';
import { createDb, migrateToLatest } from '@nongsan/db';
import { demoCommune } from '@nongsan/simulation';
import { buildApp } from '../../apps/server/dist/app.js';
import { seedDemoCommune } from '../../apps/server/dist/seed/demo-seed.js';
import { ensureVillages } from '../../apps/server/dist/seed/villages.js';
import { BENCH_SERVER_READY, type BenchServerSettings } from './bench-server-settings.ts';

const settings = JSON.parse(process.env.BENCH_SERVER_SETTINGS ?? 'null') as BenchServerSettings | null;
if (!settings)
  throw new Error('bench-server: BENCH_SERVER_SETTINGS is not set (the bench starts this process)');

// As `pnpm start` opens it (apps/server/src/main.ts): SQLite's WAL checkpointed from a thread of its own.
// BENCH_INLINE_CHECKPOINTS=1 measures the old way (the commit that crosses 1,000 pages checkpoints) for comparison.
const { db, dialect, destroy } = createDb(settings.databaseUrl, {
  backgroundCheckpoints: process.env.BENCH_INLINE_CHECKPOINTS !== '1',
});
if (settings.prepare) {
  await migrateToLatest(db);
  await ensureVillages(db);
  if (settings.seedDemoEndDate)
    await seedDemoCommune(db, await demoCommune({ endDate: settings.seedDemoEndDate }));
}
const photosDir = join(settings.dataDir, 'photos');
mkdirSync(photosDir, { recursive: true });

const app = await buildApp({
  db,
  dialect,
  clock: fixedClock(settings.now),
  config: { sessionSecret: settings.sessionSecret, photosDir, trustProxy: false },
  rateLimitPerMinute: 1_000_000_000,
  logger: { level: 'error' },
});

app.post('/bench/bare-post', async (request) => ({
  ok: true,
  received: typeof request.body === 'object' && request.body !== null,
}));

/** What `listings.search` answered for the benchmark's query (filled in below, before the server listens). */
let searchAnswer: Buffer = Buffer.alloc(0);
app.get('/bench/search', async (_request, reply) => reply.type('application/json').send(searchAnswer));

const searchPath = `/trpc/listings.search?input=${encodeURIComponent(JSON.stringify(settings.searchInput))}`;
const search = await app.inject({ method: 'GET', url: searchPath });
if (search.statusCode !== 200) throw new Error(`bench-server: the search answered ${search.statusCode}`);
searchAnswer = search.rawPayload;

const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`${BENCH_SERVER_READY} ${url}`);

const stop = async () => {
  await app.close();
  await destroy();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
