/**
 * The load generator, a process of its own so it does not share an event loop with anything it measures:
 * autocannon against one or more server processes, each request signed in as the next buyer in turn (a district's
 * many buyers, each with a few open orders, not a few buyers with thousands), each POST with its own idempotency
 * key. Input: a `LoadPlan` (JSON in the environment); answer: a `LoadResult`.
 */
import autocannon from 'autocannon';
import { answer, scriptInput } from './child-process.ts';
import { KEY_SLOT, type LoadPlan, type LoadResult, NUMBER_SLOT } from './load-plan.ts';
import { percentile } from './stats.ts';

const plan = scriptInput<LoadPlan>();

let keyCounter = 0;
/** A key of exactly KEY_SLOT's length, so every body has the same size as the first. */
function nextKey(): string {
  keyCounter += 1;
  const prefix = plan.keyPrefix ?? 'k';
  const digits = KEY_SLOT.length - prefix.length;
  return prefix + String(keyCounter).padStart(digits, '0');
}

let cookieCounter = 0;
/** The next buyer's cookie: requests take the buyers in turn, whichever connection sends them. */
function nextCookie(): string | undefined {
  if (!plan.cookies?.length) return undefined;
  cookieCounter += 1;
  return plan.cookies[cookieCounter % plan.cookies.length];
}

let pathCounter = 0;
/** The next path, when the plan numbers them: requests take the numbers in turn, whichever connection sends them. */
function nextPath(): string {
  if (!plan.numberedPath) return plan.path;
  pathCounter = (pathCounter % plan.numberedPath.count) + 1;
  return plan.numberedPath.template.replace(NUMBER_SLOT, String(pathCounter));
}

let connectionCounter = 0;
function requestFor(): autocannon.Request {
  const template = plan.bodies?.length ? plan.bodies[connectionCounter % plan.bodies.length] : undefined;
  connectionCounter += 1;
  return {
    method: plan.method,
    path: plan.path,
    headers: { 'content-type': 'application/json' },
    ...(template === undefined ? {} : { body: template }),
    setupRequest: (request: autocannon.Request) => {
      const cookie = nextCookie();
      request.headers = { ...request.headers, ...(cookie ? { cookie } : {}) };
      request.path = nextPath();
      if (template !== undefined) request.body = template.replace(KEY_SLOT, nextKey());
      return request;
    },
  };
}

const latencies: number[] = [];
const statusCodes: Record<string, number> = {};

function runOne(url: string, connections: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: plan.seconds,
        // Each connection gets its own request (its listing's body) when autocannon sets it up.
        method: plan.method,
        setupClient: (client) => client.setRequests([requestFor()]),
        ...(plan.expectBody === undefined ? {} : { expectBody: plan.expectBody }),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    });
  });
}

const shares = plan.targets.map(
  (_, i) =>
    Math.floor(plan.connections / plan.targets.length) + (i < plan.connections % plan.targets.length ? 1 : 0),
);
if (shares.some((share) => share < 1))
  throw new Error(`${plan.connections} connections cannot be shared between ${plan.targets.length} servers`);
const results = await Promise.all(plan.targets.map((url, i) => runOne(url, shares[i] ?? 1)));

const requests = latencies.length;
const ok = Object.entries(statusCodes)
  .filter(([code]) => code.startsWith('2'))
  .reduce((sum, [, count]) => sum + count, 0);
const seconds = Math.max(...results.map((result) => result.duration));
const result: LoadResult = {
  requests,
  ok,
  non2xx: requests - ok,
  errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
  mismatches: results.reduce((sum, r) => sum + r.mismatches, 0),
  statusCodes,
  seconds,
  perSecond: ok / seconds,
  // Nothing answered within the run: every request waited at least as long as the run.
  p50Ms: latencies.length === 0 ? seconds * 1000 : percentile(latencies, 50),
  p99Ms: latencies.length === 0 ? seconds * 1000 : percentile(latencies, 99),
};
answer(result);
