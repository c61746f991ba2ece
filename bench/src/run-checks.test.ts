import { describe, expect, it } from 'vitest';
import type { LoadResult } from './load-plan.ts';
import { ORDER_GRAMS } from './market.ts';
import { orderRunProblems, requestProblems } from './run-checks.ts';

function result(ok: number, others: Partial<LoadResult> = {}): LoadResult {
  return {
    requests: ok,
    ok,
    non2xx: 0,
    errors: 0,
    mismatches: 0,
    statusCodes: { 200: ok },
    seconds: 1,
    perSecond: ok,
    p50Ms: 1,
    p99Ms: 2,
    ...others,
  };
}

const before = { orders: 100, stock: 1_000_000 };

describe('orderRunProblems', () => {
  it('accepts a run whose orders are in the database and took exactly their stock', () => {
    const after = { orders: 150, stock: 1_000_000 - 50 * ORDER_GRAMS };
    expect(orderRunProblems('32 clients', result(50), before, after, 32)).toEqual([]);
  });
  it('accepts orders committed after the load generator stopped, at most one per client', () => {
    const after = { orders: 152, stock: 1_000_000 - 52 * ORDER_GRAMS };
    expect(orderRunProblems('2 clients', result(50), before, after, 2)).toEqual([]);
    const tooMany = { orders: 153, stock: 1_000_000 - 53 * ORDER_GRAMS };
    expect(orderRunProblems('2 clients', result(50), before, tooMany, 2)).toEqual([
      '2 clients: 50 orders acknowledged but 53 in the database',
    ]);
  });
  it('fails a run that sold more than it took from stock, or lost an acknowledged order', () => {
    const oversold = { orders: 150, stock: 1_000_000 - 49 * ORDER_GRAMS };
    expect(orderRunProblems('x', result(50), before, oversold, 32)[0]).toMatch(/50 orders placed but/);
    const lost = { orders: 149, stock: 1_000_000 - 49 * ORDER_GRAMS };
    expect(orderRunProblems('x', result(50), before, lost, 32)).toEqual([
      'x: 50 orders acknowledged but 49 in the database',
    ]);
  });
});

describe('requestProblems', () => {
  it('reports answers other than 2xx, connection errors, wrong bodies and a run where nothing succeeded', () => {
    expect(requestProblems('x', result(10))).toEqual([]);
    const bad = requestProblems(
      'x',
      result(10, { non2xx: 3, statusCodes: { 200: 10, 429: 3 }, errors: 1, mismatches: 2 }),
    );
    expect(bad).toEqual([
      'x: 3 answers not 2xx ({"200":10,"429":3})',
      'x: 1 connection errors or timeouts',
      'x: 2 answers differed from the expected body',
    ]);
    expect(requestProblems('x', result(0))).toEqual(['x: no request succeeded']);
  });
});
