/**
 * `listings.search` with a buyer's query over the demo commune, against `GET /bench/search` on the same host
 * answering the same JSON from memory (the framework's ceiling). Both must answer exactly the same body, every
 * time: the load generator counts any other body as a mismatch, and a mismatch is a failure.
 *
 * Asked `repeated`, every request is the same question, which the server answers again from what it kept (the
 * search's result and its serialized answer, for 2 s). Asked `firstTime`, each request is a question not asked in
 * the last seconds: the same search with a lowest price from 1 to 9,999 ₫ in turn, below every dragon-fruit price,
 * so the answer is the same bytes (checked) while neither cache has it, and the whole search and tRPC's pipeline run.
 */
import { runScript } from './child-process.ts';
import { type LoadPlan, type LoadResult, NUMBER_SLOT } from './load-plan.ts';
import { requestProblems } from './run-checks.ts';
import { untilIdle } from './server-idle.ts';
import { median, ratio } from './stats.ts';
import { queryPath } from './trpc-http.ts';

/** A buyer in the district looking for dragon fruit in season, typed without accents (as phones often are). */
export const SEARCH_INPUT = { query: 'thanh long', inSeasonNow: true, page: 1, pageSize: 20 } as const;

export interface SearchResult {
  readonly clients: number;
  /** Listings on the first page of the answer. */
  readonly items: number;
  readonly bodyBytes: number;
  readonly rounds: { perSecond: number; p99Ms: number; ceilingPerSecond: number }[];
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly ceilingPerSecond: number;
  readonly ratio: number;
  readonly problems: string[];
}

/** Lowest prices the first-time questions take in turn: more than several seconds of questions at any rate here. */
const FIRST_TIME_QUESTIONS = 9_999;

export async function benchSearch(
  url: string,
  options: { clients: number; seconds: number; rounds: number; questions: 'repeated' | 'firstTime' },
  log: (line: string) => void,
): Promise<SearchResult> {
  const problems: string[] = [];
  const measuredPath = queryPath('listings.search', SEARCH_INPUT);
  const numberedPath =
    options.questions === 'firstTime'
      ? {
          template: queryPath('listings.search', { ...SEARCH_INPUT, minPrice: Number(NUMBER_SLOT) }),
          count: FIRST_TIME_QUESTIONS,
        }
      : undefined;
  const ceilingPath = `/bench/search?input=${encodeURIComponent(JSON.stringify(SEARCH_INPUT))}`;
  const measured = await (await fetch(url + measuredPath)).text();
  const ceiling = await (await fetch(url + ceilingPath)).text();
  const items =
    (JSON.parse(measured) as { result?: { data?: { items?: unknown[] } } }).result?.data?.items ?? [];
  if (items.length === 0) problems.push('search: the query found no listing in the demo commune');
  if (measured !== ceiling) problems.push('search: the ceiling route does not answer the same JSON');

  const run = async (path: string, what: string) => {
    const plan: LoadPlan = {
      targets: [url],
      method: 'GET',
      path,
      ...(path === measuredPath && numberedPath ? { numberedPath } : {}),
      connections: options.clients,
      seconds: options.seconds,
      expectBody: measured,
    };
    await untilIdle(url);
    const result = await runScript<LoadResult>('load.js', plan, { timeoutMs: (options.seconds + 60) * 1000 });
    problems.push(...requestProblems(what, result));
    return result;
  };

  await run(measuredPath, 'search warm-up');
  await run(ceilingPath, 'bare GET warm-up');
  const rounds: { search: LoadResult; bare: LoadResult }[] = [];
  for (let round = 0; round < options.rounds; round++) {
    let search: LoadResult;
    let bare: LoadResult;
    if (round % 2 === 0) {
      search = await run(measuredPath, 'search');
      bare = await run(ceilingPath, 'bare GET');
    } else {
      bare = await run(ceilingPath, 'bare GET');
      search = await run(measuredPath, 'search');
    }
    rounds.push({ search, bare });
    log(
      `  round ${round + 1}: search ${search.perSecond.toFixed(0)}/s (p99 ${search.p99Ms.toFixed(1)} ms), ` +
        `bare GET ${bare.perSecond.toFixed(0)}/s`,
    );
  }
  return {
    clients: options.clients,
    items: items.length,
    bodyBytes: Buffer.byteLength(measured),
    rounds: rounds.map((r) => ({
      perSecond: r.search.perSecond,
      p99Ms: r.search.p99Ms,
      ceilingPerSecond: r.bare.perSecond,
    })),
    perSecond: median(rounds.map((r) => r.search.perSecond)),
    p50Ms: median(rounds.map((r) => r.search.p50Ms)),
    p99Ms: median(rounds.map((r) => r.search.p99Ms)),
    ceilingPerSecond: median(rounds.map((r) => r.bare.perSecond)),
    ratio: median(rounds.map((r) => ratio(r.search.perSecond, r.bare.perSecond))),
    problems,
  };
}
