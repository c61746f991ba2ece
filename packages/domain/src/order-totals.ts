import { deliveryFee } from './delivery-fees.ts';
import { linePrice, type PricedLine } from './line-adjustments.ts';
import { sumVnd, type Vnd } from './money.ts';
import type { Order, OrderTotals } from './order.ts';
import type { DeliveryZone } from './place-kinds.ts';

/**
 * The totals an order would have with one weighed line packed at `packedQuantity` (grams), the delivery fee as it
 * was decided at placing: what the weigh step shows before saving, and what `adjustLineWeight` stores.
 */
export function previewWeightAdjustment(
  order: { readonly lines: readonly PricedLine[]; readonly totals: Pick<OrderTotals, 'deliveryFee'> },
  lineIndex: number,
  packedQuantity: number,
): OrderTotals {
  const lines = order.lines.map((l, i) => (i === lineIndex ? { ...l, packedQuantity } : l));
  return orderTotals(lines, order.totals.deliveryFee);
}

/**
 * The value of a line in whole đồng: its base (unit price × ordered quantity) plus its adjustments
 * (`line-adjustments.ts`), which for a weighed line packed at another weight comes to the unit price times the
 * packed weight, rounded once (half up) per line, never summed from rounded parts.
 */
export function lineTotal(line: PricedLine): Vnd {
  return linePrice(line).total;
}

/** Totals from lines and a delivery fee: the subtotal is the sum of the line values; the total adds the fee. */
export function orderTotals(lines: readonly PricedLine[], deliveryFee: Vnd): OrderTotals {
  const subtotal = sumVnd(lines.map(lineTotal));
  return { subtotal, deliveryFee, total: subtotal + deliveryFee };
}

/**
 * The totals of a shop's order as it is placed: the goods' value, the delivery fee the zone charges for goods of
 * that value (`deliveryFee`), and their sum. Placing uses it, and every preview of a checkout (`previewCheckout`).
 */
export function placedOrderTotals(lines: readonly PricedLine[], zone: DeliveryZone): OrderTotals {
  const goods = sumVnd(lines.map(lineTotal));
  return orderTotals(lines, deliveryFee(zone, goods));
}

/** Revenue of an order: the value of its goods, without the delivery fee (which goes to the post). */
export function revenueOf(order: Pick<Order, 'totals'>): Vnd {
  return order.totals.subtotal;
}

/**
 * What the buyer owes for an order now: its total while it is under way or delivered; nothing once it is cancelled
 * or came back undelivered.
 */
export function amountDue(order: Pick<Order, 'status' | 'totals'>): Vnd {
  return order.status === 'cancelled' || order.status === 'delivery_failed' ? 0 : order.totals.total;
}

/**
 * Money between buyer and seller once a payment was recorded: positive when the seller owes the buyer (the packed
 * weight came out lighter than paid for, or a paid order was cancelled), negative when the buyer owes the seller
 * (heavier), zero when settled. Zero while nothing was paid: the amount due is simply `amountDue`.
 */
export function paymentBalance(order: Pick<Order, 'status' | 'totals' | 'payment'>): Vnd {
  if (order.payment.paidAmount === null) return 0;
  return order.payment.paidAmount - amountDue(order);
}

/**
 * What a transfer (bank or e-wallet) should pay now: the amount due while unpaid; after a payment, only what a
 * heavier packed weight added; nothing once cancelled or settled (never negative).
 */
export function amountToTransfer(order: Pick<Order, 'status' | 'totals' | 'payment'>): Vnd {
  return Math.max(0, order.payment.status === 'paid' ? -paymentBalance(order) : amountDue(order));
}
