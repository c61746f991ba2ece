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
