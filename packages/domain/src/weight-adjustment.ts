import * as z from 'zod';
import { type Actor, actorRecord, actsForShop } from './actors.ts';
import { DomainError, parseInput } from './errors.ts';
import type { Vnd } from './money.ts';
import { type Order, type OrderLine, reservedQuantity } from './order.ts';
import type { OrderStep } from './order-state.ts';
import { paymentBalance, previewWeightAdjustment } from './order-totals.ts';
import { QuantitySchema } from './quantity.ts';
import { quantityParams } from './quantity-params.ts';

/**
 * How far the packed weight of a weighed line may be from what was ordered, in percent either way. Fruit does not
 * come in exact kilograms: a seller packing "3 kg" of dragon fruit puts in whole fruits, 2.8 or 3.3 kg. Beyond a
 * fifth either way it is no longer the order the buyer placed, and the seller should ask them instead.
 */
export const WEIGHT_ADJUSTMENT_PERCENT = 20;

/** What the seller weighed: which line, and its packed weight in grams. */
export const WeightAdjustmentSchema = z.object({
  lineIndex: z.number().int().min(0),
  packedQuantity: QuantitySchema,
});
/** A packed weight a seller records for a weighed line, as sent. */
export type WeightAdjustment = z.input<typeof WeightAdjustmentSchema>;

/** The packed weights allowed for a line, in grams, inclusive: ordered weight ± the limit. */
export function weightAdjustmentRange(line: Pick<OrderLine, 'quantity'>): { min: number; max: number } {
  return {
    min: Math.ceil((line.quantity * (100 - WEIGHT_ADJUSTMENT_PERCENT)) / 100),
    max: Math.floor((line.quantity * (100 + WEIGHT_ADJUSTMENT_PERCENT)) / 100),
  };
}

/** An adjustment's decision: the order with its new totals, the stock moved, the history entry, and the money. */
export interface WeightAdjustmentStep extends OrderStep {
  /** New total minus old total: positive when the buyer pays more. */
  readonly difference: Vnd;
  /**
   * When the order was already paid, what the seller owes the buyer (positive) or the buyer owes the seller
   * (negative) now; zero when unpaid (the buyer simply pays the new total).
   */
  readonly balance: Vnd;
}

/**
 * Set the packed weight of a weighed line at packing, before the parcel is handed over. The line keeps its ordered
 * quantity and gains a packed one; its value and the order's totals follow the packed weight (the delivery fee,
 * decided at placing, does not change). Stock moves by the difference from what the line held: more taken when
 * heavier (refused with `order.not_enough_stock` when `stockLeft`, the listing's stock now, cannot cover it), given
 * back when lighter.
 */
export function adjustLineWeight(
  order: Order,
  adjustment: WeightAdjustment,
  actor: Actor,
  now: Date,
  stockLeft: number,
): WeightAdjustmentStep {
  const { lineIndex, packedQuantity } = parseInput(WeightAdjustmentSchema, adjustment);
  if (!actsForShop(actor, order.shopId))
    throw new DomainError('order.forbidden', { action: 'adjust_weight' }, []);
  if (order.status !== 'placed' && order.status !== 'confirmed')
    throw new DomainError('order.adjust_too_late', { from: order.status }, ['status']);
  const line = order.lines[lineIndex];
  if (!line) throw new DomainError('order.line_not_found', { lineIndex }, ['lineIndex']);
  if (line.unit !== 'kg')
    throw new DomainError('order.not_weighed', { title: line.title }, ['lines', lineIndex]);
  const range = weightAdjustmentRange(line);
  if (packedQuantity < range.min || packedQuantity > range.max)
    throw new DomainError(
      'order.adjust_out_of_range',
      {
        title: line.title,
        percent: WEIGHT_ADJUSTMENT_PERCENT,
        ...quantityParams({ min: range.min, max: range.max }, line.unit),
      },
      ['packedQuantity'],
    );
  const held = reservedQuantity(line);
  const extra = packedQuantity - held;
  if (extra > stockLeft)
    throw new DomainError(
      'order.not_enough_stock',
      { title: line.title, ...quantityParams({ available: stockLeft }, line.unit) },
      ['packedQuantity'],
    );

  const lines = order.lines.map((l, i) => (i === lineIndex ? { ...l, packedQuantity } : l));
  const totals = previewWeightAdjustment(order, lineIndex, packedQuantity);
  const next: Order = { ...order, lines, totals, updatedAt: now };
  return {
    order: next,
    stockChanges: extra === 0 ? [] : [{ listingId: line.listingId, delta: -extra }],
    event: {
      orderId: order.id,
      at: now,
      kind: 'weight_adjusted',
      from: order.status,
      to: order.status,
      actor: actorRecord(actor, order.shopId),
      details: { lineIndex, fromQuantity: held, toQuantity: packedQuantity, total: totals.total },
    },
    difference: totals.total - order.totals.total,
    balance: paymentBalance(next),
  };
}
