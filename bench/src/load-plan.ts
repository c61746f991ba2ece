/** What one load-generator run does (`load.ts`, an autocannon process) and what it reports back. */
export interface LoadPlan {
  /** Base URLs of the server processes; the connections are shared out between them. */
  readonly targets: readonly string[];
  readonly method: 'GET' | 'POST';
  /** Path and query. */
  readonly path: string;
  /**
   * Instead of `path`, a path whose NUMBER_SLOT the requests fill in turn with 1, 2, … `count`, then again (each
   * request its own question).
   */
  readonly numberedPath?: { readonly template: string; readonly count: number };
  /** Concurrent clients in all (each an HTTP/1.1 connection sending one request at a time). */
  readonly connections: number;
  readonly seconds: number;
  /** `Cookie` headers of signed-in buyers: each request is sent as the next one in turn. */
  readonly cookies?: readonly string[];
  /**
   * POST bodies, one per connection (cycled when fewer); the `KEY_SLOT` in each is replaced by a fresh idempotency
   * key of the same length for every request.
   */
  readonly bodies?: readonly string[];
  /** Start of every key this run makes (unique per run). */
  readonly keyPrefix?: string;
  /** Every response body must equal this text; a different one counts as a mismatch. */
  readonly expectBody?: string;
}

/** The placeholder of the number in `LoadPlan.numberedPath` (digits, so it can stand in a JSON input as a number). */
export const NUMBER_SLOT = '918273645';

/** The placeholder of the per-request idempotency key in `LoadPlan.body` (same length as a key). */
export const KEY_SLOT = '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@';

export interface LoadResult {
  readonly requests: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly mismatches: number;
  readonly statusCodes: Readonly<Record<string, number>>;
  readonly seconds: number;
  /** Successful responses per second. */
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}
