import * as z from 'zod';
import type { Month, Product } from './catalog.ts';
import { problem } from './errors.ts';

/**
 * Seasons are local calendar months in Asia/Ho_Chi_Minh. Vietnam keeps UTC+7 all year (no daylight saving), so a
 * local date is the UTC date of the instant moved seven hours on: pure arithmetic, no time-zone database.
 */
export const VIETNAM_UTC_OFFSET_HOURS = 7;
const OFFSET_MS = VIETNAM_UTC_OFFSET_HOURS * 3_600_000;
const DAY_MS = 86_400_000;

/** A calendar date in Vietnam, `YYYY-MM-DD`. Stored and compared as text: the ISO form sorts by time. */
export type LocalDate = string;

/** A local calendar date, parsed: `YYYY-MM-DD`, a real day (`validation.invalid_date`). */
export const LocalDateSchema = z
  .string()
  .refine((s) => fromLocalDate(s) !== null, problem('validation.invalid_date'));

/** The local (Vietnam) calendar date of an instant. */
export function toLocalDate(instant: Date): LocalDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a local date, as an instant (UTC). Throws when the text is not a real date. */
export function startOfLocalDate(date: LocalDate): Date {
  const utcMidnight = fromLocalDate(date);
  if (utcMidnight === null) throw new TypeError(`Not a date: ${date}`);
  return new Date(utcMidnight - OFFSET_MS);
}

function fromLocalDate(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(y, m - 1, d);
  const back = new Date(time);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? time : null;
}

function dateParts(date: LocalDate): { year: number; month: Month; day: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { year: y, month: m as Month, day: d };
}

/** The local calendar month (1–12) of an instant or a local date. */
export function localMonth(at: Date | LocalDate): Month {
  return dateParts(typeof at === 'string' ? at : toLocalDate(at)).month;
}

/** A local date moved by whole days (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const time = fromLocalDate(date);
  if (time === null) throw new TypeError(`Not a date: ${date}`);
  return new Date(time + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = fromLocalDate(from);
  const b = fromLocalDate(to);
  if (a === null || b === null) throw new TypeError(`Not a date: ${a === null ? from : to}`);
  return Math.round((b - a) / DAY_MS);
}

function lastDayOfMonth(year: number, month: Month): LocalDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function firstDayOfMonth(year: number, month: Month): LocalDate {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/**
 * One year's selling season of a product, as local dates (all inclusive):
 * pre-orders open `preOrderFrom`; the harvest runs `harvestStart`–`harvestEnd`; the product is on sale from
 * `harvestStart` until `sellUntil`, its keeping time after the harvest ends.
 */
export interface SellingWindow {
  readonly preOrderFrom: LocalDate;
  readonly harvestStart: LocalDate;
  readonly harvestEnd: LocalDate;
  readonly sellUntil: LocalDate;
}

/** The selling window of the harvest that starts in `year` (a window may end the next year). */
export function sellingWindow(product: Product, year: number): SellingWindow {
  const { start, end } = product.harvest;
  const endYear = end < start ? year + 1 : year;
  const harvestStart = firstDayOfMonth(year, start);
  const harvestEnd = lastDayOfMonth(endYear, end);
  return {
    preOrderFrom: addDays(harvestStart, -product.preOrderDays),
    harvestStart,
    harvestEnd,
    sellUntil: addDays(harvestEnd, product.keepsDays),
  };
}

/** Windows whose selling or pre-order period can touch `date`, oldest first. */
function windowsAround(product: Product, date: LocalDate): SellingWindow[] {
  const { year } = dateParts(date);
  return [year - 2, year - 1, year, year + 1].map((y) => sellingWindow(product, y));
}

function asLocal(at: Date | LocalDate): LocalDate {
  return typeof at === 'string' ? at : toLocalDate(at);
}

/** On sale now: between the start of a harvest and the end of its keeping time. */
export function isInSeason(product: Product, at: Date | LocalDate): boolean {
  const date = asLocal(at);
  return windowsAround(product, date).some((w) => w.harvestStart <= date && date <= w.sellUntil);
}

/** In the pre-order period: the harvest is ahead but pre-orders are open, and nothing of an older harvest is on sale. */
export function isPreOrderPeriod(product: Product, at: Date | LocalDate): boolean {
  const date = asLocal(at);
  return (
    !isInSeason(product, date) &&
    windowsAround(product, date).some((w) => w.preOrderFrom <= date && date < w.harvestStart)
  );
}

/** The next harvest that has not started yet on `at`. */
export function nextHarvestWindow(product: Product, at: Date | LocalDate): SellingWindow {
  const date = asLocal(at);
  const next = windowsAround(product, date).find((w) => w.harvestStart > date);
  if (!next) throw new Error('unreachable: a later harvest always exists');
  return next;
}

/** Where a product stands on a date: on sale, open for pre-orders, or out of season. */
export type SeasonPhase = 'in-season' | 'pre-order' | 'off-season';

/**
 * Where a product stands on a day: in season, in its pre-order period or out of season, with the window that
 * applies.
 */
export interface SeasonStatus {
  readonly phase: SeasonPhase;
  /** The window on sale now, or the next one when pre-ordering or out of season. */
  readonly window: SellingWindow;
}

/** Where a product stands on a day (an instant, or a local date): the window on sale now, or the next one. */
export function seasonStatus(product: Product, at: Date | LocalDate): SeasonStatus {
  const date = asLocal(at);
  const current = windowsAround(product, date).find((w) => w.harvestStart <= date && date <= w.sellUntil);
  if (current) return { phase: 'in-season', window: current };
  const next = nextHarvestWindow(product, date);
  return { phase: next.preOrderFrom <= date ? 'pre-order' : 'off-season', window: next };
}

/** The months of the year a product is harvested, in calendar order, for a harvest calendar. */
export function harvestMonths(product: Product): Month[] {
  const { start, end } = product.harvest;
  const months: Month[] = [];
  for (let m = start; ; m = ((m % 12) + 1) as Month) {
    months.push(m);
    if (m === end) break;
  }
  return months.sort((a, b) => a - b);
}

/** What the market has in a month: products being harvested, and products harvested earlier and still sold. */
export interface MonthInSeason {
  /** Harvested during (some of) the month. */
  readonly harvested: readonly Product[];
  /** Not harvested that month, but kept from an earlier harvest and still sold during (some of) it. */
  readonly stillSold: readonly Product[];
}

/**
 * What is in season in a month of a year, from a list of products (`PRODUCTS` from the catalog):
 * `monthInSeason(PRODUCTS, 7, 2026)` tells the July harvest (dragon fruit, grapes…) apart from what is still sold
 * from an earlier one (dry peanuts keep for months). A product is in at most one of the two lists.
 */
export function monthInSeason(products: readonly Product[], month: Month, year: number): MonthInSeason {
  const from = firstDayOfMonth(year, month);
  const to = lastDayOfMonth(year, month);
  const harvested: Product[] = [];
  const stillSold: Product[] = [];
  for (const product of products) {
    const windows = [year - 1, year].map((y) => sellingWindow(product, y));
    if (windows.some((w) => w.harvestStart <= to && w.harvestEnd >= from)) harvested.push(product);
    else if (windows.some((w) => w.harvestEnd < from && w.sellUntil >= from)) stillSold.push(product);
  }
  return { harvested, stillSold };
}
