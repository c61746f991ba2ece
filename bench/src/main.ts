/**
 * `pnpm bench`: every benchmark of the project, one table, one JSON file (bench/results/<date>.json and
 * latest.json). Server throughput is measured against ceilings in the same run (alternating rounds, medians);
 * the simulation and the web apps against their targets. Every benchmark checks its own answers: a fast wrong
 * answer is a failure, and the exit code says so.
 *
 *   pnpm bench                       # everything (about five minutes)
 *   pnpm bench -- --only=orders,search --rounds=1 --seconds=1
 *   pnpm bench -- --only=province    # the simulated province on SQLite and PostgreSQL
 *
 * A partial run (--only, --rounds or --seconds) writes bench/results/partial.tmp.json instead, which git ignores.
 */

import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchServer, startBenchServer } from './bench-server-process.ts';
import { runScript } from './child-process.ts';
import { installCleanup, onInterrupt } from './cleanup.ts';
import { openMarket, placeOrderBody } from './market.ts';
import { benchOrders, type OrdersResult } from './orders-bench.ts';
import { createBenchPostgres } from './postgres-database.ts';
import { benchProvince, type ProvinceResult } from './province-bench.ts';
import { benchSearch, SEARCH_INPUT, type SearchResult } from './search-bench.ts';
import type { SimulationResult } from './simulation-run.ts';
import { StockProbe } from './stock-probe.ts';
import { formatMs, formatNumber, formatPercent, markdownTable } from './table.ts';
import { harness } from './ui-testing.ts';
import {
  type BundleResult,
  bundleSize,
  buyerPageTime,
  installable,
  type PageTimeResult,
} from './web-bench.ts';

const { FIXED_NOW, REPO_ROOT } = harness;
const SECTIONS = ['orders', 'postgres', 'search', 'province', 'simulation', 'web'] as const;
type Section = (typeof SECTIONS)[number];

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}
const only = new Set((option('only')?.split(',') ?? SECTIONS) as Section[]);
for (const section of only)
  if (!SECTIONS.includes(section)) {
    console.error(`--only: no section "${section}" (there are ${SECTIONS.join(', ')})`);
    process.exit(2);
  }
const DEFAULT_ROUNDS = 3;
const DEFAULT_SECONDS = 3;
const ROUNDS = Number(option('rounds') ?? DEFAULT_ROUNDS);
const SECONDS = Number(option('seconds') ?? DEFAULT_SECONDS);
if (!(Number.isInteger(ROUNDS) && ROUNDS >= 1 && SECONDS > 0)) {
  console.error('--rounds needs a whole number from 1, --seconds a positive number');
  process.exit(2);
}
const SQLITE_LEVELS = [1, 8, 32];
const POSTGRES_LEVELS = [1, 8, 32];
/** One client cannot be shared between two processes. */
const TWO_PROCESS_LEVELS = [8, 32];
/** The listings of one shop the clients order from (client i from listing i mod 8): busy, not one hot row. */
const LISTINGS = 8;
/**
 * The buyers the requests take in turn. A district's buyers each wait on a few orders; 32 buyers placing thousands
 * of orders in a minute would each hold hundreds open, which no buyer does and which the per-buyer cap reads.
 */
const BUYERS = 256;

/** The targets of issue 7 (orders, search), issue 3 (simulation), issue 6 (buyer page) and issue 15 (province). */
const TARGETS = {
  ordersShareOfBare: 0.3,
  ordersP99Ms: 50,
  searchShareOfBare: 0.4,
  communeSeconds: 1,
  provinceSeconds: 60,
  buyerPageMs: 3000,
  /** Issue 15, on the province's data: search p99, the officials' pages' p99, the seeding's wall time. */
  provinceSearchP99Ms: 50,
  provinceOfficialP99Ms: 100,
  provinceSeedSeconds: 180,
};

installCleanup();
const startedAt = new Date();
const loadBefore = loadavg();
const work = mkdtempSync(join(tmpdir(), 'nongsan-bench-'));
onInterrupt(async () => rmSync(work, { recursive: true, force: true }));
const sessionSecret = randomBytes(32).toString('base64url');
const seedEndDate = FIXED_NOW.slice(0, 10);
const log = (line: string) => console.log(line);

interface Row {
  readonly benchmark: string;
  readonly setting: string;
  readonly result: string;
  readonly ceiling: string;
  readonly ratio: string;
  readonly target: string;
  readonly check: string;
}
const rows: Row[] = [];
const problems: string[] = [];
const results: Record<string, unknown> = {};

function check(found: readonly string[]): string {
  problems.push(...found);
  return found.length === 0 ? 'correct' : 'FAILED';
}

function skipRow(benchmark: string, reason: string): void {
  console.log(`  skipped: ${reason}`);
  rows.push({ benchmark, setting: '', result: 'skipped', ceiling: '', ratio: '', target: '', check: reason });
}

function settings(databaseUrl: string, prepare: boolean, seed: boolean) {
  return {
    databaseUrl,
    dataDir: join(work, 'data'),
    now: FIXED_NOW,
    sessionSecret,
    prepare,
    ...(seed ? { seedDemoEndDate: seedEndDate } : {}),
    searchInput: SEARCH_INPUT,
  };
}

/** One row of the search benchmark (a repeated question, or every question new). */
function searchRow(search: SearchResult, setting: string): void {
  rows.push({
    benchmark: 'listings.search, SQLite, demo commune',
    setting,
    result: `${formatNumber(search.perSecond)} req/s, p50 ${formatMs(search.p50Ms)}, p99 ${formatMs(search.p99Ms)} (${search.items} listings, ${formatNumber(search.bodyBytes / 1000, 1)} kB)`,
    ceiling: `bare GET ${formatNumber(search.ceilingPerSecond)}/s`,
    ratio: formatPercent(search.ratio),
    target: `≥ 40% of bare: ${search.ratio >= TARGETS.searchShareOfBare ? 'met' : 'MISSED'}`,
    check: check(search.problems),
  });
}

function orderRows(label: string, result: OrdersResult, withDb: boolean): void {
  const verdict = check(result.problems);
  for (const level of result.levels) {
    const targeted = level.clients === 32 && label.includes('SQLite');
    const met = level.ratioToBare >= TARGETS.ordersShareOfBare && level.p99Ms < TARGETS.ordersP99Ms;
    rows.push({
      benchmark: `orders.place, ${label}`,
      setting: `${level.clients} client${level.clients === 1 ? '' : 's'}`,
      result: `${formatNumber(level.perSecond)} orders/s, p50 ${formatMs(level.p50Ms)}, p99 ${formatMs(level.p99Ms)}`,
      ceiling:
        `bare POST ${formatNumber(level.barePerSecond)}/s` +
        (withDb
          ? `; our SQL on raw SQLite ${formatNumber(level.dbPerSecond)} tx/s; minimal tx ${formatNumber(level.physicalPerSecond)} tx/s`
          : ''),
      ratio:
        formatPercent(level.ratioToBare) +
        (withDb ? `; ${formatPercent(level.ratioToDb)}; ${formatPercent(level.ratioToPhysical)}` : ''),
      target: targeted ? `≥ 30% of bare, p99 < 50 ms: ${met ? 'met' : 'MISSED'}` : '',
      check: verdict,
    });
  }
}

async function sqliteSections(): Promise<void> {
  const file = join(work, 'bench.sqlite');
  const databaseUrl = `file:${file}`;
  log('Starting the server on SQLite and seeding the demo commune…');
  const server = await startBenchServer(settings(databaseUrl, true, true));
  const probe = new StockProbe(databaseUrl);
  try {
    if (only.has('search')) {
      log(`listings.search, ${JSON.stringify(SEARCH_INPUT)}, 32 clients, vs a bare GET of the same JSON:`);
      const search: SearchResult = await benchSearch(
        server.url,
        { clients: 32, seconds: SECONDS, rounds: ROUNDS, questions: 'repeated' },
        log,
      );
      results.search = search;
      searchRow(search, '32 clients, one question again and again');
      log('listings.search, the same with a lowest price from 1 to 9,999 ₫ in turn (each question new):');
      const firstTime: SearchResult = await benchSearch(
        server.url,
        { clients: 32, seconds: SECONDS, rounds: ROUNDS, questions: 'firstTime' },
        log,
      );
      results.searchFirstTime = firstTime;
      searchRow(firstTime, '32 clients, every question new');
    }
    if (only.has('orders')) {
      log('orders.place on SQLite, vs a bare POST of the same body and vs the raw transaction:');
      const market = await openMarket(server.url, { listings: 2 * LISTINGS, buyers: 2 * BUYERS });
      const httpListings = market.listingIds.slice(0, LISTINGS);
      const ceilingListings = market.listingIds.slice(LISTINGS);
      const orders = await benchOrders(
        {
          targets: [server.url],
          buyers: market.buyers.slice(0, BUYERS),
          listingIds: httpListings,
          probe,
          seconds: SECONDS,
          rounds: ROUNDS,
          dbCeiling: {
            databaseFile: file,
            now: FIXED_NOW,
            buyerIds: market.buyers.slice(BUYERS).map((buyer) => buyer.id),
            listingIds: ceilingListings,
            body: placeOrderBody(ceilingListings[0] ?? ''),
            seconds: Math.min(SECONDS, 1.5),
          },
        },
        SQLITE_LEVELS,
        log,
      );
      results.ordersSqlite = orders;
      orderRows('SQLite', orders, true);
    }
  } finally {
    await probe.close();
    await server.stop();
  }
}

async function postgresSection(): Promise<void> {
  log('orders.place on PostgreSQL, one server process then two:');
  const database = await createBenchPostgres();
  if ('skipped' in database) {
    skipRow('orders.place, PostgreSQL', database.skipped);
    return;
  }
  const servers: BenchServer[] = [];
  const probe = new StockProbe(database.url);
  const unregister = onInterrupt(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
  });
  try {
    servers.push(await startBenchServer(settings(database.url, true, false)));
    const first = servers[0] as BenchServer;
    const market = await openMarket(first.url, { listings: 2 * LISTINGS, buyers: BUYERS });
    const common = { buyers: market.buyers, probe, seconds: SECONDS, rounds: ROUNDS };
    const one = await benchOrders(
      { ...common, targets: [first.url], listingIds: market.listingIds.slice(0, LISTINGS) },
      POSTGRES_LEVELS,
      log,
    );
    results.ordersPostgresOneProcess = one;
    orderRows('PostgreSQL, 1 process', one, false);
    servers.push(await startBenchServer(settings(database.url, false, false)));
    const two = await benchOrders(
      {
        ...common,
        targets: servers.map((server) => server.url),
        listingIds: market.listingIds.slice(LISTINGS),
      },
      TWO_PROCESS_LEVELS,
      log,
    );
    results.ordersPostgresTwoProcesses = two;
    orderRows('PostgreSQL, 2 processes', two, false);
  } finally {
    await probe.close();
    await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
    unregister();
  }
}

/** The province rows of one database (issue 15). */
function provinceRows(label: string, result: ProvinceResult): void {
  const verdict = check(result.problems);
  const { seed } = result;
  rows.push({
    benchmark: `province seed, ${label}`,
    setting: `${formatNumber(seed.communes)} communes, ${formatNumber(seed.households)} households, a year`,
    result: `${formatNumber(seed.seconds, 1)} s (simulation ${formatNumber(seed.simulateSeconds, 1)} s, writing ${formatNumber(seed.writeSeconds, 1)} s; ${formatNumber(seed.cpuSeconds, 1)} s CPU, ${formatNumber(seed.peakRssMb)} MB peak); ${formatNumber(seed.databaseBytes / 1e6)} MB database`,
    ceiling: '',
    ratio: '',
    target: `< ${TARGETS.provinceSeedSeconds} s: ${seed.seconds < TARGETS.provinceSeedSeconds ? 'met' : 'MISSED'}`,
    check: verdict,
  });
  const targeted = label === 'SQLite';
  for (const [search, setting] of [
    [result.search, '32 clients, one question again and again'],
    [result.searchFirstTime, '32 clients, every question new'],
  ] as const) {
    const met = search.ratio >= TARGETS.searchShareOfBare && search.p99Ms < TARGETS.provinceSearchP99Ms;
    rows.push({
      benchmark: `listings.search, ${label}, province`,
      setting,
      result: `${formatNumber(search.perSecond)} req/s, p50 ${formatMs(search.p50Ms)}, p99 ${formatMs(search.p99Ms)} (${search.items} listings, ${formatNumber(search.bodyBytes / 1000, 1)} kB)`,
      ceiling: `bare GET ${formatNumber(search.ceilingPerSecond)}/s`,
      ratio: formatPercent(search.ratio),
      target:
        targeted && search === result.searchFirstTime
          ? `≥ 40% of bare, p99 < ${TARGETS.provinceSearchP99Ms} ms: ${met ? 'met' : 'MISSED'}`
          : '',
      check: verdict,
    });
  }
  rows.push({
    benchmark: `server memory, ${label}, province`,
    setting: 'RSS after the every-question-new search load',
    result: `${formatNumber(result.serverRssMb)} MB (peak ${formatNumber(result.serverPeakRssMb)} MB)`,
    ceiling: '',
    ratio: '',
    target: '',
    check: verdict,
  });
  for (const [page, setting] of [
    [result.overview, `province.overview, ${result.overview.communes} communes`],
    [
      result.communeStats,
      `commune.stats, ${result.communeStats.communeName} (${formatNumber(result.communeStats.households)} households)`,
    ],
  ] as const) {
    rows.push({
      benchmark: `province official, ${label}`,
      setting: `${setting}, 1 client`,
      result: `${formatNumber(page.perSecond)} req/s, p50 ${formatMs(page.p50Ms)}, p99 ${formatMs(page.p99Ms)} (${formatNumber(page.bodyBytes / 1000, 1)} kB)`,
      ceiling: '',
      ratio: '',
      target: `p99 < ${TARGETS.provinceOfficialP99Ms} ms: ${page.p99Ms < TARGETS.provinceOfficialP99Ms ? 'met' : 'MISSED'}`,
      check: verdict,
    });
  }
}

async function provinceSection(): Promise<void> {
  const common = {
    server: { dataDir: join(work, 'data'), now: FIXED_NOW, sessionSecret, searchInput: SEARCH_INPUT },
    endDate: seedEndDate,
    seconds: SECONDS,
    rounds: ROUNDS,
  };
  log('The province on SQLite (seeded once, then searched and overseen):');
  const file = join(work, 'province.sqlite');
  const sqlite = await benchProvince({ ...common, databaseUrl: `file:${file}`, sqliteFile: file }, log);
  results.provinceSqlite = sqlite;
  provinceRows('SQLite', sqlite);
  rmSync(file, { force: true });

  log('The province on PostgreSQL:');
  const database = await createBenchPostgres();
  if ('skipped' in database) {
    skipRow('province, PostgreSQL', database.skipped);
    return;
  }
  const unregister = onInterrupt(() => database.drop());
  try {
    const postgres = await benchProvince({ ...common, databaseUrl: database.url }, log);
    results.provincePostgres = postgres;
    provinceRows('PostgreSQL', postgres);
  } finally {
    await database.drop();
    unregister();
  }
}

async function simulationSection(): Promise<void> {
  log('Simulation (each scenario in a fresh process):');
  for (const scenario of ['commune', 'province'] as const) {
    const result = await runScript<SimulationResult>(
      'simulation-run.js',
      { scenario },
      { timeoutMs: 300_000, nodeArgs: ['--max-old-space-size=4096'] },
    );
    results[`simulation_${scenario}`] = result;
    const limit = scenario === 'commune' ? TARGETS.communeSeconds : TARGETS.provinceSeconds;
    log(`  ${scenario}: ${result.seconds.toFixed(2)} s (${result.cpuSeconds.toFixed(2)} s CPU)`);
    rows.push({
      benchmark: `simulation, ${scenario === 'commune' ? 'Long Đống 2021' : 'Lạng Sơn province (200 communes)'}`,
      setting: `${formatNumber(result.households)} households × ${result.days} days`,
      result: `${formatNumber(result.householdDaysPerSecond / 1e6, 2)} M household-days/s (${result.seconds.toFixed(2)} s, ${result.cpuSeconds.toFixed(2)} s CPU, ${formatNumber(result.peakRssMb)} MB peak)`,
      ceiling: '',
      ratio: '',
      target: `< ${limit} s: ${result.seconds < limit ? 'met' : 'MISSED'}`,
      check: check(result.problems),
    });
  }
}

async function webSection(): Promise<void> {
  log('Web apps:');
  const bundles: BundleResult[] = [bundleSize('seller'), bundleSize('buyer')];
  results.bundles = bundles;
  for (const bundle of bundles) {
    if (bundle.skipped || bundle.gzippedKb === null) {
      if (bundle.skipped) skipRow(`initial JS + CSS, ${bundle.app} app`, bundle.skipped);
      else check(bundle.problems);
      continue;
    }
    const within = bundle.budgetKb === null || bundle.gzippedKb <= bundle.budgetKb;
    rows.push({
      benchmark: `initial JS + CSS, ${bundle.app} app`,
      setting: 'gzip -9',
      result: `${formatNumber(bundle.gzippedKb, 1)} kB`,
      ceiling: '',
      ratio: '',
      target: bundle.budgetKb === null ? '' : `≤ ${bundle.budgetKb} kB: ${within ? 'met' : 'MISSED'}`,
      check: check(bundle.problems),
    });
  }
  const apps = await installable();
  results.installable = apps;
  for (const app of apps) {
    if (app.skipped) {
      skipRow(`installable, ${app.app} app`, app.skipped);
      continue;
    }
    const met = app.problems.length === 0;
    rows.push({
      benchmark: `installable, ${app.app} app`,
      setting: "Chromium's own check (CDP), worker, offline",
      result: [
        app.installabilityErrors.length === 0
          ? 'no installability errors'
          : `${app.installabilityErrors.length} installability errors`,
        app.worker ? 'worker active' : 'no worker',
        app.opensOffline ? 'opens offline' : 'does not open offline',
      ].join('; '),
      ceiling: '',
      ratio: '',
      target: `installable: ${met ? 'met' : 'MISSED'}`,
      check: check(app.problems),
    });
  }
  const page: PageTimeResult = await buyerPageTime(3);
  results.buyerPage = page;
  if (page.skipped) {
    skipRow('buyer home, to in-season listings', page.skipped);
    return;
  }
  log(`  buyer home: ${page.loads.map((ms) => formatMs(ms)).join(', ')}`);
  rows.push({
    benchmark: 'buyer home, to in-season listings',
    setting: 'Chromium, 1.6 Mbit/s, 150 ms',
    result: `${formatMs(page.medianMs)} (median of ${page.loads.length} cold loads, ${page.cards} cards)`,
    ceiling: '',
    ratio: '',
    target: `≤ 3 s: ${page.medianMs <= TARGETS.buyerPageMs ? 'met' : 'MISSED'}`,
    check: check(page.problems),
  });
}

/** Runs one section; if it breaks, says so in the table and goes on with the next one. */
async function section(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    console.error(`${name}: ${(error as Error).stack ?? message}`);
    problems.push(`${name} stopped: ${message.split('\n')[0]}`);
    rows.push({
      benchmark: name,
      setting: '',
      result: 'stopped',
      ceiling: '',
      ratio: '',
      target: '',
      check: 'FAILED',
    });
  }
}

async function main(): Promise<void> {
  mkdirSync(join(work, 'data'), { recursive: true });
  if (only.has('orders') || only.has('search')) await section('SQLite (orders, search)', sqliteSections);
  if (only.has('postgres')) await section('orders.place, PostgreSQL', postgresSection);
  if (only.has('province')) await section('province', provinceSection);
  if (only.has('simulation')) await section('simulation', simulationSection);
  if (only.has('web')) await section('web apps', webSection);
}

let crashed: unknown;
try {
  await main();
} catch (error) {
  crashed = error;
  problems.push(`the bench stopped: ${(error as Error).stack ?? String(error)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const seconds = (Date.now() - startedAt.getTime()) / 1000;
const table = markdownTable(
  [
    { title: 'benchmark' },
    { title: 'setting' },
    { title: 'result (median of rounds)' },
    { title: 'ceiling, same run' },
    { title: 'ratio (to bare; to our SQL; to minimal tx)', align: 'right' },
    { title: 'target' },
    { title: 'check' },
  ],
  rows.map((row) => [row.benchmark, row.setting, row.result, row.ceiling, row.ratio, row.target, row.check]),
);
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '',
  node: process.version,
  loadAverageBefore: loadBefore.map((n) => Number(n.toFixed(2))),
  loadAverageAfter: loadavg().map((n) => Number(n.toFixed(2))),
};
console.log(`\n${table}\n`);
console.log(
  `${rows.length} rows in ${seconds.toFixed(0)} s on ${machine.cpus} × ${machine.cpu}, ${machine.node}; ` +
    `load average ${machine.loadAverageBefore[0]} before, ${machine.loadAverageAfter[0]} after (the machine is shared: compare ratios, not absolutes)`,
);
for (const problem of problems) console.log(`FAILED: ${problem}`);

const report = {
  generatedAt: startedAt.toISOString(),
  seconds: Number(seconds.toFixed(1)),
  options: {
    only: [...only],
    rounds: ROUNDS,
    seconds: SECONDS,
    sqliteClients: SQLITE_LEVELS,
    postgresClients: POSTGRES_LEVELS,
    postgresTwoProcessClients: TWO_PROCESS_LEVELS,
  },
  machine,
  targets: TARGETS,
  rows,
  table,
  problems,
  results,
};
const resultsDir = join(REPO_ROOT, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const json = `${JSON.stringify(report, null, 2)}\n`;
// Only a full run with the default rounds is a result to keep; a partial one goes to a file git ignores.
const full = only.size === SECTIONS.length && ROUNDS === DEFAULT_ROUNDS && SECONDS === DEFAULT_SECONDS;
const files = full ? [`${startedAt.toISOString().slice(0, 10)}.json`, 'latest.json'] : ['partial.tmp.json'];
for (const file of files) writeFileSync(join(resultsDir, file), json);
console.log(`Written: ${files.map((file) => `bench/results/${file}`).join(' and ')}`);
if (crashed || problems.length > 0) process.exitCode = 1;
