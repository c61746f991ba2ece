/**
 * What makes a benchmark run wrong, however fast it was: answers that are not 2xx, connection errors, bodies that
 * differ from the expected one, and orders the database does not show as exactly the stock they took. Pure.
 */
import type { LoadResult } from './load-plan.ts';
import { ORDER_GRAMS } from './market.ts';
import type { StockReading } from './stock-probe.ts';

export function requestProblems(what: string, result: LoadResult): string[] {
  const problems: string[] = [];
  if (result.ok === 0) problems.push(`${what}: no request succeeded`);
  if (result.non2xx > 0)
    problems.push(`${what}: ${result.non2xx} answers not 2xx (${JSON.stringify(result.statusCodes)})`);
  if (result.errors > 0) problems.push(`${what}: ${result.errors} connection errors or timeouts`);
  if (result.mismatches > 0)
    problems.push(`${what}: ${result.mismatches} answers differed from the expected body`);
  return problems;
}

/**
 * An orders run against the database before and after it: every order took exactly ORDER_GRAMS, and the database
 * holds every acknowledged order, plus at most one per client (a request cut off when the run stopped may still
 * have committed after it).
 */
export function orderRunProblems(
  what: string,
  result: LoadResult,
  before: StockReading,
  after: StockReading,
  clients: number,
): string[] {
  const problems = requestProblems(what, result);
  const placed = after.orders - before.orders;
  const taken = before.stock - after.stock;
  if (taken !== placed * ORDER_GRAMS)
    problems.push(
      `${what}: ${placed} orders placed but ${taken} g of stock taken (expected ${placed * ORDER_GRAMS} g)`,
    );
  if (placed < result.ok || placed > result.ok + clients)
    problems.push(`${what}: ${result.ok} orders acknowledged but ${placed} in the database`);
  return problems;
}
