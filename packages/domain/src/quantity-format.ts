// Zod-free: units and how quantities read, without pulling zod into a first download (quantity.ts re-exports it).
import type { Locale } from './dictionary.ts';
import { groupDigits, type Vnd } from './money-format.ts';

/**
 * How a product is sold. Weighed goods are priced per kilogram and counted in whole grams; counted goods are
 * priced and counted per piece. A quantity is always an integer in the unit's base: grams or pieces.
 */
export type Unit = 'kg' | 'piece';

/** Whether a value is one of the units (`kg`, `piece`). */
export function isUnit(value: unknown): value is Unit {
  return value === 'kg' || value === 'piece';
}

/** Grams in a kilogram: weighed goods are counted in grams and shown in kg. */
export const GRAMS_PER_KG = 1000;

/** The largest single quantity the marketplace accepts: 100 tonnes, or 100,000 pieces. */
export const MAX_QUANTITY = 100_000_000;

/** Kilograms typed by a person (2.5) to grams (2500), rounded to the gram. */
export function kgToGrams(kg: number): number {
  return Math.round(kg * GRAMS_PER_KG);
}

/** Grams to kilograms as a number (2500 → 2.5), for charts and sums. */
export function gramsToKg(grams: number): number {
  return grams / GRAMS_PER_KG;
}

/**
 * The value of a quantity at a unit price, in whole VND. For weighed goods the price is per kg and the quantity in
 * grams: the exact product is rounded once, half up, to the đồng (28.000 ₫/kg × 2.345 kg = 65.660 ₫).
 */
export function lineValue(unitPrice: Vnd, quantity: number, unit: Unit): Vnd {
  if (unit === 'piece') return unitPrice * quantity;
  return Math.floor((unitPrice * quantity + GRAMS_PER_KG / 2) / GRAMS_PER_KG);
}

const UNIT_WORDS: Record<Locale, Record<Unit, string>> = {
  vi: { kg: 'kg', piece: 'cái' },
  en: { kg: 'kg', piece: 'pcs' },
};

/** The unit word printed after a quantity or a price: "kg", "cái" (Vietnamese) or "pcs" (English). */
export function unitWord(unit: Unit, locale: Locale): string {
  return UNIT_WORDS[locale][unit];
}

/**
 * A quantity as a person reads it: grams as kilograms with at most one decimal ("2,5 kg" in Vietnamese, "2.5 kg"
 * in English), pieces as a count ("3 cái"). Tenths round half away from zero, so a shortfall reads like the same
 * excess with a minus sign; a weight too small to show a tenth of a kilogram (under 50 g, e.g. a weight
 * difference at packing) is shown in grams rather than as a misleading "0 kg".
 */
export function formatQuantity(quantity: number, unit: Unit, locale: Locale = 'vi'): string {
  const word = UNIT_WORDS[locale][unit];
  if (unit === 'piece')
    return `${locale === 'vi' ? groupDigits(quantity) : quantity.toLocaleString('en-US')} ${word}`;
  const tenths = Math.sign(quantity) * Math.round(Math.abs(quantity) / 100);
  if (tenths === 0 && quantity !== 0) return `${quantity} g`;
  const whole = Math.trunc(tenths / 10);
  const decimal = Math.abs(tenths % 10);
  const wholeText = locale === 'vi' ? groupDigits(whole) : whole.toLocaleString('en-US');
  const sign = tenths < 0 && whole === 0 ? '-' : '';
  return decimal === 0
    ? `${sign}${wholeText} ${word}`
    : `${sign}${wholeText}${locale === 'vi' ? ',' : '.'}${decimal} ${word}`;
}

/** A price per unit as a person reads it: "28.000 ₫/kg", "70.000 ₫/cái". */
export function formatUnitPrice(unitPrice: Vnd, unit: Unit, locale: Locale = 'vi'): string {
  return `${groupDigits(unitPrice)}\u00a0₫/${UNIT_WORDS[locale][unit]}`;
}
