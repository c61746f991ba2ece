import * as z from 'zod';
import { SHOP_TARGET } from './adoption.ts';
import { problem } from './errors.ts';
import { HouseholdIdSchema } from './households.ts';
import { localDateText } from './local-date-text.ts';
import { CommuneCodeSchema } from './place-kinds.ts';
import { startOfLocalDate, toLocalDate } from './seasons.ts';

/**
 * Spreadsheet exports (CSV) of what sellers and officials see on screen: the rules of what an export holds and how
 * its cells read, so every export says dates, months and shares alike. The writing (a CSV writer, HTTP) is the
 * host's.
 */

/** A calendar month in Vietnam's time, `YYYY-MM`. */
export const ExportMonthSchema = z
  .string()
  .refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), problem('export.invalid_month'));

/** A seller's orders export: the household (a helper must name it) and, optionally, one month. */
export const SellerExportQuerySchema = z
  .object({ householdId: HouseholdIdSchema.optional(), month: ExportMonthSchema.optional() })
  .strict();
export type SellerExportQuery = z.infer<typeof SellerExportQuerySchema>;

/** A commune's export: which commune (the caller's own when left out; a province official must name one). */
export const CommuneExportQuerySchema = z.object({ communeCode: CommuneCodeSchema.optional() }).strict();
export type CommuneExportQuery = z.infer<typeof CommuneExportQuerySchema>;

/** A date as a cell: dd/MM/yyyy in Vietnam's time ("2026-09-15T01:30:00Z" → "15/09/2026"). */
export function exportDateCell(instant: Date): string {
  return localDateText(toLocalDate(instant));
}

/** A month as a cell: MM/yyyy ("2026-09" → "09/2026"). */
export function exportMonthCell(month: string): string {
  const [year = '', monthOfYear = ''] = month.split('-');
  return `${monthOfYear}/${year}`;
}

/** The `YYYY-MM` of an instant in Vietnam's time. */
export function monthOf(instant: Date): string {
  return toLocalDate(instant).slice(0, 7);
}

/** Every month from `first` to `last` (`YYYY-MM`, both included), oldest first; none when `first` is later. */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** When a month begins and the next one begins, in Vietnam's time, as instants: `from <= t < until`. */
export function monthBounds(month: string): { readonly from: Date; readonly until: Date } {
  const [year = 0, monthOfYear = 0] = month.split('-').map(Number);
  const next = monthOfYear === 12 ? `${year + 1}-01` : `${year}-${String(monthOfYear + 1).padStart(2, '0')}`;
  return { from: startOfLocalDate(`${month}-01`), until: startOfLocalDate(`${next}-01`) };
}

/**
 * Running totals at the end of each month: `added` says how many came in each month (households registered, shops
 * opened); a month before `months` counts towards the first. Returns one total per month of `months`.
 */
export function countsAtMonthEnd(added: ReadonlyMap<string, number>, months: readonly string[]): number[] {
  const first = months[0];
  let running = 0;
  for (const [month, count] of added) if (first !== undefined && month < first) running += count;
  return months.map((month) => {
    running += added.get(month) ?? 0;
    return running;
  });
}

/** Households with a shop, as a whole percentage of the households (0 when there are none). */
export function shopSharePercent(shops: number, households: number): number {
  return households === 0 ? 0 : Math.round((shops / households) * 100);
}

/** The commune's target share of households with a shop, as a whole percentage (64). */
export const SHOP_TARGET_PERCENT = Math.round(SHOP_TARGET * 100);

/**
 * The name a downloaded file is saved under: ASCII only (every browser and Excel take it as it is), the kind of
 * export, whose it is and the month or the day it was made: `nongsan-don-hang-2026-09.csv`.
 */
export function exportFileName(kind: 'orders' | 'commune' | 'province', parts: readonly string[]): string {
  const words = { orders: 'don-hang', commune: 'xa', province: 'tinh' }[kind];
  const safe = parts.map((part) => part.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, ''));
  return ['nongsan', words, ...safe.filter((part) => part !== '')].join('-').concat('.csv');
}
