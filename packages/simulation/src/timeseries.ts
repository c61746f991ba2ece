import { PRODUCT_IDS } from '@nongsan/domain';
import type { WeekRow } from './metrics.ts';

export const TIMESERIES_COLUMNS = [
  'week_start',
  'week_end',
  'village',
  'product',
  'households',
  'aware',
  'payment_accounts',
  'shops',
  'lead_sellers',
  'active_listings',
  'orders_placed',
  'orders_delivered',
  'orders_cancelled',
  'delivered_kg',
  'revenue_vnd',
] as const;

/**
 * `timeseries.csv`: one row per week, village and product the village grows. The village's adoption columns
 * (households … lead_sellers) are its standing at the week's end, repeated on each of its product rows so that any
 * row can be read alone; the order columns are that week's. Plain RFC 4180 CSV, `\n` line ends, dot decimals.
 */
export function timeseriesCsv(
  rows: readonly WeekRow[],
  dateOf: (day: number) => string,
  villageIds: readonly string[],
): string {
  const lines: string[] = [TIMESERIES_COLUMNS.join(',')];
  for (const r of rows) {
    const s = r.snapshot;
    lines.push(
      [
        dateOf(r.weekStart),
        dateOf(r.weekEnd),
        csvField(villageIds[r.village] ?? ''),
        PRODUCT_IDS[r.product] ?? '',
        s.households,
        s.aware,
        s.paymentAccounts,
        s.shops,
        s.leadSellers,
        r.activeListings,
        r.ordersPlaced,
        r.ordersDelivered,
        r.ordersCancelled,
        (r.deliveredGrams / 1000).toFixed(3),
        r.revenueVnd,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
