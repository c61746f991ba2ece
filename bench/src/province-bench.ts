/**
 * The province rows (issue 15): the simulated province (200 communes, about 209,000 households, its year of orders)
 * seeded once per database in a process of its own (`province-seed-run.ts`: its time, CPU, memory and the database's
 * size), then served by a benchmark server on it: `listings.search` against the bare GET in the same run (a repeated
 * question, and every question new), the server process's memory under that load, and the province official's
 * overview and the largest commune's stats, one official at a time (their p99 is the figure).
 */
import { readFileSync } from 'node:fs';
import { startBenchServer } from './bench-server-process.ts';
import type { BenchServerSettings } from './bench-server-settings.ts';
import { runScript } from './child-process.ts';
import type { LoadPlan, LoadResult } from './load-plan.ts';
import type { ProvinceSeedPlan, ProvinceSeedResult } from './province-seed-run.ts';
import { requestProblems } from './run-checks.ts';
import { benchSearch, type SearchResult } from './search-bench.ts';
import { untilIdle } from './server-idle.ts';
import { median } from './stats.ts';
import { mutate, queryPath, type Session } from './trpc-http.ts';

/** The demo logins' password (the server's DEMO_PASSWORD). */
const DEMO_PASSWORD = 'nongsan-demo';

export interface LatencyResult {
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly bodyBytes: number;
}

export interface ProvinceResult {
  readonly seed: ProvinceSeedResult;
  readonly search: SearchResult;
  readonly searchFirstTime: SearchResult;
  /** The server process's resident memory right after the every-question-new search load, and its peak. */
  readonly serverRssMb: number;
  readonly serverPeakRssMb: number;
  readonly overview: LatencyResult & { readonly communes: number };
  readonly communeStats: LatencyResult & { readonly communeName: string; readonly households: number };
  readonly problems: string[];
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** One official asking the same page again and again: `rounds` runs of `seconds`, medians. */
async function latency(
  url: string,
  path: string,
  session: Session,
  options: { seconds: number; rounds: number },
  what: string,
  problems: string[],
): Promise<LatencyResult> {
  const first = await fetch(url + path, { headers: { cookie: session.cookie } });
  const body = await first.text();
  if (!first.ok) problems.push(`${what}: answered ${first.status}: ${body.slice(0, 200)}`);
  const plan: LoadPlan = {
    targets: [url],
    method: 'GET',
    path,
    connections: 1,
    seconds: options.seconds,
    cookies: [session.cookie],
    expectBody: body,
  };
  const runs: LoadResult[] = [];
  for (let round = 0; round < options.rounds; round++) {
    await untilIdle(url);
    const result = await runScript<LoadResult>('load.js', plan, { timeoutMs: (options.seconds + 60) * 1000 });
    problems.push(...requestProblems(what, result));
    runs.push(result);
  }
  return {
    perSecond: median(runs.map((r) => r.perSecond)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    bodyBytes: Buffer.byteLength(body),
  };
}

export async function benchProvince(
  options: {
    readonly databaseUrl: string;
    readonly sqliteFile?: string;
    readonly server: Omit<BenchServerSettings, 'databaseUrl' | 'prepare'>;
    readonly endDate: string;
    readonly seconds: number;
    readonly rounds: number;
  },
  log: (line: string) => void,
): Promise<ProvinceResult> {
  const plan: ProvinceSeedPlan = {
    databaseUrl: options.databaseUrl,
    ...(options.sqliteFile ? { sqliteFile: options.sqliteFile } : {}),
    endDate: options.endDate,
    now: options.server.now,
  };
  const seed = await runScript<ProvinceSeedResult>('province-seed-run.js', plan, {
    timeoutMs: 900_000,
    nodeArgs: ['--max-old-space-size=4096'],
  });
  const problems = [...seed.problems];
  log(
    `  seeded ${seed.communes} communes, ${seed.households} households in ${seed.seconds.toFixed(1)} s ` +
      `(simulation ${seed.simulateSeconds.toFixed(1)} s, writing ${seed.writeSeconds.toFixed(1)} s; ` +
      `${seed.cpuSeconds.toFixed(1)} s CPU, ${seed.peakRssMb.toFixed(0)} MB peak), ${(seed.databaseBytes / 1e6).toFixed(0)} MB`,
  );
  const server = await startBenchServer({
    ...options.server,
    databaseUrl: options.databaseUrl,
    prepare: false,
  });
  try {
    const load = { clients: 32, seconds: options.seconds, rounds: options.rounds };
    log('  listings.search, one question again and again, 32 clients, vs the bare GET:');
    const search = await benchSearch(server.url, { ...load, questions: 'repeated' }, log);
    log('  listings.search, every question new, 32 clients, vs the bare GET:');
    const searchFirstTime = await benchSearch(server.url, { ...load, questions: 'firstTime' }, log);
    const memory = memoryOf(server.pid);
    await untilIdle(server.url);
    problems.push(...search.problems, ...searchFirstTime.problems);

    const official = (
      await mutate(server.url, 'auth.login', { phone: seed.logins.provinceOfficial, password: DEMO_PASSWORD })
    ).session;
    const overviewPath = '/trpc/province.overview';
    const overview = await latency(
      server.url,
      overviewPath,
      official,
      options,
      'province.overview',
      problems,
    );
    const overviewData = (
      (await (await fetch(server.url + overviewPath, { headers: { cookie: official.cookie } })).json()) as {
        result: { data: { communes: { code: string; name: string; households: number }[] } };
      }
    ).result.data;
    const largest = [...overviewData.communes].sort((a, b) => b.households - a.households)[0];
    if (!largest || largest.households === 0) problems.push('province.overview: no commune has households');
    log(
      `  province.overview (${overviewData.communes.length} communes): p50 ${overview.p50Ms.toFixed(1)} ms, p99 ${overview.p99Ms.toFixed(1)} ms`,
    );
    const stats = await latency(
      server.url,
      queryPath('commune.stats', { communeCode: largest?.code ?? '06325' }),
      official,
      options,
      'commune.stats',
      problems,
    );
    log(
      `  commune.stats (${largest?.name}, ${largest?.households} households): p50 ${stats.p50Ms.toFixed(1)} ms, p99 ${stats.p99Ms.toFixed(1)} ms`,
    );
    return {
      seed,
      search,
      searchFirstTime,
      serverRssMb: memory.rssMb,
      serverPeakRssMb: memory.peakMb,
      overview: { ...overview, communes: overviewData.communes.length },
      communeStats: { ...stats, communeName: largest?.name ?? '', households: largest?.households ?? 0 },
      problems,
    };
  } finally {
    await server.stop();
  }
}
