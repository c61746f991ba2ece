import type { VillageMonth } from './commune-types.ts';

export interface MonthTotals {
  readonly month: string;
  readonly orders: number;
  readonly vnd: number;
}

/** The commune's orders and revenue per month (all villages together), oldest first, the last `count` months. */
export function communeMonths(rows: readonly VillageMonth[], count = 12): MonthTotals[] {
  const byMonth = new Map<string, { orders: number; vnd: number }>();
  for (const row of rows) {
    const sum = byMonth.get(row.month) ?? { orders: 0, vnd: 0 };
    sum.orders += row.orders;
    sum.vnd += row.vnd;
    byMonth.set(row.month, sum);
  }
  return [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(-count)
    .map(([month, sum]) => ({ month, ...sum }));
}

/** A range of months the charts show, both ends included ('YYYY-MM'). */
export interface MonthRange {
  readonly from: string;
  readonly to: string;
}

/** The months the commune has figures for, as a range: the last `count` of them (the charts' default). */
export function lastMonths(months: readonly MonthTotals[], count = 12): MonthRange | null {
  const last = months.at(-1);
  const first = months.at(-count) ?? months[0];
  return last && first ? { from: first.month, to: last.month } : null;
}

/** The months within `range`, oldest first; a range given backwards is read the right way round. */
export function monthsIn(months: readonly MonthTotals[], range: MonthRange): MonthTotals[] {
  const [from, to] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from];
  return months.filter((m) => m.month >= from && m.month <= to);
}
