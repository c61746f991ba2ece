/**
 * `orders.place` over HTTP against its ceilings, round by round: in each round the measured run and the bare-POST
 * run go back to back (which one first alternates), so a noisy neighbour slows both; the figures are medians of
 * the rounds, the ratios medians of each round's ratio. Every measured run is checked against the database.
 */
import { runScript } from './child-process.ts';
import type { DbCeilingPlan, DbCeilingResult } from './db-ceiling.ts';
import type { LoadPlan, LoadResult } from './load-plan.ts';
import { type BenchBuyer, ORDER_GRAMS, placeOrderBody } from './market.ts';
import type { PhysicalCeilingResult } from './physical-ceiling.ts';
import { orderRunProblems, requestProblems } from './run-checks.ts';
import { median, ratio } from './stats.ts';
import type { StockProbe } from './stock-probe.ts';

export interface OrdersSetup {
  /** One URL per server process (the load is shared between them). */
  readonly targets: readonly string[];
  readonly buyers: readonly BenchBuyer[];
  /** The listings the clients order from (client i from listing i mod n), all of one shop. */
  readonly listingIds: readonly string[];
  readonly probe: StockProbe;
  readonly seconds: number;
  readonly rounds: number;
  /**
   * The SQLite database ceilings, when the database is SQLite (run once per round, after the HTTP pairs): the replay
   * of the server's own statements, then the minimal order transaction (the physical ceiling).
   */
  readonly dbCeiling?: DbCeilingPlan;
}

export interface RunFigures {
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface OrdersRound {
  readonly orders: RunFigures & { readonly ordersCounted: number };
  readonly bare: RunFigures;
}

export interface OrdersFigures {
  readonly clients: number;
  readonly rounds: OrdersRound[];
  /** Medians over the rounds. */
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly barePerSecond: number;
  /** Median of the rounds' orders/bare ratios. */
  readonly ratioToBare: number;
  /** Median of the rounds' orders/database-ceiling ratios (SQLite only). */
  readonly ratioToDb: number;
  readonly dbPerSecond: number;
  /** Median of the rounds' orders/physical-ceiling ratios, and that ceiling's median (SQLite only). */
  readonly ratioToPhysical: number;
  readonly physicalPerSecond: number;
}

export interface OrdersResult {
  readonly levels: OrdersFigures[];
  readonly dbCeiling: DbCeilingResult[];
  readonly physicalCeiling: PhysicalCeilingResult[];
  /** Empty when every run was right. */
  readonly problems: string[];
}

let runCounter = 0;

function figures(result: LoadResult): RunFigures {
  return { perSecond: result.perSecond, p50Ms: result.p50Ms, p99Ms: result.p99Ms };
}

function load(setup: OrdersSetup, clients: number, path: string, seconds: number): Promise<LoadResult> {
  runCounter += 1;
  const plan: LoadPlan = {
    targets: setup.targets,
    method: 'POST',
    path,
    connections: clients,
    seconds,
    cookies: setup.buyers.map((buyer) => buyer.cookie),
    bodies: setup.listingIds.map(placeOrderBody),
    keyPrefix: `b${process.pid.toString(36)}r${runCounter}-`,
  };
  return runScript<LoadResult>('load.js', plan, { timeoutMs: (seconds + 60) * 1000 });
}

/** A measured run, checked: no error, and the orders the database gained are the stock it lost. */
async function ordersRun(setup: OrdersSetup, clients: number, seconds: number, problems: string[]) {
  const before = await setup.probe.settled(setup.listingIds);
  const result = await load(setup, clients, '/trpc/orders.place', seconds);
  const after = await setup.probe.settled(setup.listingIds);
  const placed = after.orders - before.orders;
  problems.push(...orderRunProblems(`orders.place, ${clients} clients`, result, before, after, clients));
  return { ...figures(result), ordersCounted: placed };
}

async function bareRun(setup: OrdersSetup, clients: number, seconds: number, problems: string[]) {
  const result = await load(setup, clients, '/bench/bare-post', seconds);
  problems.push(...requestProblems(`bare POST, ${clients} clients`, result));
  return figures(result);
}

async function dbCeilingRun(setup: OrdersSetup, problems: string[]): Promise<DbCeilingResult | null> {
  if (!setup.dbCeiling) return null;
  const result = await runScript<DbCeilingResult>('db-ceiling.js', setup.dbCeiling, { timeoutMs: 120_000 });
  if (result.stockTaken !== result.transactions * ORDER_GRAMS || result.ordersAdded !== result.transactions)
    problems.push(
      `database ceiling: ${result.transactions} transactions added ${result.ordersAdded} orders and took ${result.stockTaken} g`,
    );
  return result;
}

async function physicalCeilingRun(setup: OrdersSetup, problems: string[]) {
  if (!setup.dbCeiling) return null;
  const result = await runScript<PhysicalCeilingResult>('physical-ceiling.js', setup.dbCeiling, {
    timeoutMs: 120_000,
  });
  if (result.stockTaken !== result.transactions * ORDER_GRAMS || result.ordersAdded !== result.transactions)
    problems.push(
      `physical ceiling: ${result.transactions} transactions added ${result.ordersAdded} orders and took ${result.stockTaken} g`,
    );
  return result;
}

/** Warms the server's code paths (not measured, but still checked). */
export async function warmUp(setup: OrdersSetup, problems: string[]): Promise<void> {
  await ordersRun(setup, 8, 2, problems);
  await bareRun(setup, 8, 2, problems);
}

export async function benchOrders(
  setup: OrdersSetup,
  levels: readonly number[],
  log: (line: string) => void,
): Promise<OrdersResult> {
  const problems: string[] = [];
  await warmUp(setup, problems);
  const rounds = new Map<number, OrdersRound[]>(levels.map((clients) => [clients, []]));
  const dbCeiling: DbCeilingResult[] = [];
  const physicalCeiling: PhysicalCeilingResult[] = [];
  for (let round = 0; round < setup.rounds; round++) {
    for (const clients of levels) {
      let orders: OrdersRound['orders'];
      let bare: RunFigures;
      if (round % 2 === 0) {
        orders = await ordersRun(setup, clients, setup.seconds, problems);
        bare = await bareRun(setup, clients, setup.seconds, problems);
      } else {
        bare = await bareRun(setup, clients, setup.seconds, problems);
        orders = await ordersRun(setup, clients, setup.seconds, problems);
      }
      rounds.get(clients)?.push({ orders, bare });
      log(
        `  round ${round + 1}, ${String(clients).padStart(2)} clients: ${orders.perSecond.toFixed(0)} orders/s ` +
          `(p99 ${orders.p99Ms.toFixed(1)} ms), bare POST ${bare.perSecond.toFixed(0)}/s`,
      );
    }
    const db = await dbCeilingRun(setup, problems);
    if (db) {
      dbCeiling.push(db);
      log(
        `  round ${round + 1}, database ceiling: ${db.perSecond.toFixed(0)} transactions/s ` +
          `(${db.statements} statements, ${db.walFramesPerOrder.toFixed(1)} WAL pages each)`,
      );
      if (round === 0)
        for (const step of db.perStatement)
          log(
            `    ${step.microseconds.toFixed(1).padStart(7)} µs  ${step.sql}${step.plan.length ? `\n               plan: ${step.plan.join(' | ')}` : ''}`,
          );
    }
    const physical = await physicalCeilingRun(setup, problems);
    if (physical) {
      physicalCeiling.push(physical);
      log(
        `  round ${round + 1}, physical ceiling: ${physical.perSecond.toFixed(0)} transactions/s ` +
          `(${physical.statements} statements, ${physical.walFramesPerOrder.toFixed(1)} WAL pages each)`,
      );
    }
  }
  const levelFigures = levels.map((clients): OrdersFigures => {
    const list = rounds.get(clients) ?? [];
    return {
      clients,
      rounds: list,
      perSecond: median(list.map((r) => r.orders.perSecond)),
      p50Ms: median(list.map((r) => r.orders.p50Ms)),
      p99Ms: median(list.map((r) => r.orders.p99Ms)),
      barePerSecond: median(list.map((r) => r.bare.perSecond)),
      ratioToBare: median(list.map((r) => ratio(r.orders.perSecond, r.bare.perSecond))),
      ratioToDb: median(list.map((r, i) => ratio(r.orders.perSecond, dbCeiling[i]?.perSecond ?? Number.NaN))),
      dbPerSecond: median(dbCeiling.map((d) => d.perSecond)),
      ratioToPhysical: median(
        list.map((r, i) => ratio(r.orders.perSecond, physicalCeiling[i]?.perSecond ?? Number.NaN)),
      ),
      physicalPerSecond: median(physicalCeiling.map((d) => d.perSecond)),
    };
  });
  return { levels: levelFigures, dbCeiling, physicalCeiling, problems };
}
