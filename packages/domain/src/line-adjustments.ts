import { sumVnd, type Vnd } from './money.ts';
import type { OrderLine } from './order.ts';
import { lineValue } from './quantity-format.ts';

/** What the price of a line depends on: its unit price, unit, ordered and packed quantity. */
export type PricedLine = Pick<OrderLine, 'unitPrice' | 'unit' | 'quantity' | 'packedQuantity'>;

/**
 * Why a line's value differs from its unit price times what was ordered. `packed_weight`: the seller weighed the
 * goods at packing and the parcel came out heavier or lighter than ordered (`weight-adjustment.ts`).
 */
export type LineAdjustmentKind = 'packed_weight';

/**
 * One change to a line's price, in whole đồng: positive when the buyer pays more, negative when less. Price changes
 * are adjustments on the line, as Medusa's totals module models them, so a new pricing rule (a discount per kg) is
 * one more rule here, and every total, preview and screen that reads `linePrice` follows it.
 */
export interface LineAdjustment {
  readonly kind: LineAdjustmentKind;
  readonly amount: Vnd;
}

/** A line's price, broken down: the base (unit price × ordered quantity), its adjustments, and their sum. */
export interface LinePrice {
  readonly base: Vnd;
  readonly adjustments: readonly LineAdjustment[];
  readonly total: Vnd;
}

/** The value of what was ordered, before any adjustment: the unit price times the ordered quantity, rounded once. */
export function baseLineValue(line: PricedLine): Vnd {
  return lineValue(line.unitPrice, line.quantity, line.unit);
}

/**
 * A weighed line packed heavier or lighter than ordered: the difference between the packed weight's value and the
 * ordered weight's, each rounded once as a line is, so base + adjustment is exactly the packed weight's value.
 * Null before weighing, or when the packed weight is what was ordered.
 */
export function packedWeightAdjustment(line: PricedLine): LineAdjustment | null {
  if (line.packedQuantity === null || line.packedQuantity === line.quantity) return null;
  const amount = lineValue(line.unitPrice, line.packedQuantity, line.unit) - baseLineValue(line);
  return { kind: 'packed_weight', amount };
}

/** Every rule that may change a line's price, applied in this order; each is a pure function of the line. */
export const LINE_ADJUSTMENT_RULES: readonly ((line: PricedLine) => LineAdjustment | null)[] = [
  packedWeightAdjustment,
];

/** The adjustments the rules give a line (none that are zero), in the order of `LINE_ADJUSTMENT_RULES`. */
export function lineAdjustments(line: PricedLine): LineAdjustment[] {
  return LINE_ADJUSTMENT_RULES.flatMap((rule) => {
    const adjustment = rule(line);
    return adjustment && adjustment.amount !== 0 ? [adjustment] : [];
  });
}

/** A line's price: its base value plus its adjustments, never below zero. */
export function linePrice(line: PricedLine): LinePrice {
  const base = baseLineValue(line);
  const adjustments = lineAdjustments(line);
  return { base, adjustments, total: Math.max(0, base + sumVnd(adjustments.map((a) => a.amount))) };
}
