import {
  addDays,
  daysBetween,
  getProduct,
  PRODUCT_IDS,
  type ProductId,
  sellingWindow,
  startOfLocalDate,
} from '@nongsan/domain';
import type { Market } from './market.ts';
import type { RunMetrics } from './metrics.ts';
import { householdId, type Population } from './population.ts';
import type { ProductParams, Scenario } from './scenario.ts';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** One harvest of a product as day numbers of the run (day 0 is the start date; may be negative or past the end). */
export interface HarvestDays {
  readonly preOrderFrom: number;
  readonly harvestStart: number;
  readonly harvestEnd: number;
  readonly sellUntil: number;
}

/** The calendar of a run: dates, the instant each day starts, and its month. Built once; days are numbers after. */
export interface RunCalendar {
  readonly days: number;
  readonly dates: readonly string[];
  /** Local midnight of each day as epoch milliseconds. */
  readonly dayStart: Float64Array;
  /** Calendar month (1–12) of each day. */
  readonly month: Uint8Array;
  /** Month of the run (0 = the start month) of each day. */
  readonly runMonth: Uint16Array;
  readonly months: readonly string[];
  /** Harvests of each product (indexed as PRODUCT_IDS) that touch the run, oldest first. */
  readonly harvests: readonly (readonly HarvestDays[])[];
}

export function createCalendar(startDate: string, endDate: string): RunCalendar {
  const days = daysBetween(startDate, endDate) + 1;
  const dates: string[] = [];
  const dayStart = new Float64Array(days);
  const month = new Uint8Array(days);
  const runMonth = new Uint16Array(days);
  const months: string[] = [];
  const first = startOfLocalDate(startDate).getTime();
  for (let d = 0; d < days; d++) {
    const date = addDays(startDate, d);
    dates.push(date);
    dayStart[d] = first + d * DAY_MS;
    month[d] = Number(date.slice(5, 7));
    const ym = date.slice(0, 7);
    if (months.at(-1) !== ym) months.push(ym);
    runMonth[d] = months.length - 1;
  }
  const startYear = Number(startDate.slice(0, 4));
  const endYear = Number(endDate.slice(0, 4));
  const harvests = PRODUCT_IDS.map((id) => {
    const product = getProduct(id);
    const out: HarvestDays[] = [];
    for (let y = startYear - 1; y <= endYear + 1; y++) {
      const w = sellingWindow(product, y);
      out.push({
        preOrderFrom: daysBetween(startDate, w.preOrderFrom),
        harvestStart: daysBetween(startDate, w.harvestStart),
        harvestEnd: daysBetween(startDate, w.harvestEnd),
        sellUntil: daysBetween(startDate, w.sellUntil),
      });
    }
    return out;
  });
  return { days, dates, dayStart, month, runMonth, months, harvests };
}

/** What every agent of a run shares: the scenario, the households, the calendar, the market and the counters. */
export interface RunContext {
  readonly scenario: Scenario;
  readonly pop: Population;
  readonly calendar: RunCalendar;
  readonly market: Market;
  readonly metrics: RunMetrics;
  /** Household ids as the market knows them (a shop's id is its household's id). */
  readonly householdIds: readonly string[];
  readonly householdByShop: ReadonlyMap<string, number>;
  /** Scenario parameters of each product, indexed as PRODUCT_IDS (undefined: not traded in this scenario). */
  readonly productParams: readonly (ProductParams | undefined)[];
}

export function householdIdsOf(scenario: Scenario, pop: Population): string[] {
  const ids: string[] = new Array(pop.households);
  for (let h = 0; h < pop.households; h++) ids[h] = householdId(scenario, pop, h);
  return ids;
}

export function productParamsOf(scenario: Scenario): (ProductParams | undefined)[] {
  return PRODUCT_IDS.map((id: ProductId) => scenario.products[id]);
}
