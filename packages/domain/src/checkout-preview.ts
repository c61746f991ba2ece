import type { LinePrice, PricedLine } from './line-adjustments.ts';
import { linePrice } from './line-adjustments.ts';
import { sumVnd } from './money.ts';
import type { OrderTotals } from './order.ts';
import { placedOrderTotals } from './order-totals.ts';
import type { DeliveryZone } from './place-kinds.ts';

/** A cart line as a checkout preview needs it: whose shop, the price and how much (nothing is packed yet). */
export interface CheckoutItem {
  readonly shopId: string;
  readonly unitPrice: number;
  readonly unit: PricedLine['unit'];
  readonly quantity: number;
}

/** One shop's order in a preview: its lines with their prices, its delivery zone and its totals. */
export interface ShopOrderPreview<T extends CheckoutItem> {
  readonly shopId: string;
  readonly items: readonly T[];
  readonly prices: readonly LinePrice[];
  readonly zone: DeliveryZone;
  readonly totals: OrderTotals;
}

/** What a checkout will cost: one order per shop, and the goods, delivery and total summed over them. */
export interface CheckoutPreview<T extends CheckoutItem> {
  readonly orders: readonly ShopOrderPreview<T>[];
  readonly totals: OrderTotals;
}

/** The items of each shop, shops in the order they first appear, items in cart order (as placing groups them). */
export function groupByShop<T extends { readonly shopId: string }>(items: readonly T[]): T[][] {
  const byShop = new Map<string, T[]>();
  for (const item of items) {
    const group = byShop.get(item.shopId);
    if (group) group.push(item);
    else byShop.set(item.shopId, [item]);
  }
  return [...byShop.values()];
}

/** The sum of several orders' totals, part by part. */
export function sumOrderTotals(totals: readonly OrderTotals[]): OrderTotals {
  return {
    subtotal: sumVnd(totals.map((t) => t.subtotal)),
    deliveryFee: sumVnd(totals.map((t) => t.deliveryFee)),
    total: sumVnd(totals.map((t) => t.total)),
  };
}

/**
 * What a cart will cost before it is placed, by the rules placing uses (`placedOrderTotals`): grouped by shop, each
 * line priced with its adjustments, each order's delivery fee from its zone (`zoneOf`, the buyer's address seen
 * from the shop), and the whole checkout's totals. What a buyer is shown is what the server will charge.
 */
export function previewCheckout<T extends CheckoutItem>(
  items: readonly T[],
  zoneOf: (shopId: string) => DeliveryZone,
): CheckoutPreview<T> {
  const orders = groupByShop(items).map((group): ShopOrderPreview<T> => {
    const shopId = (group[0] as T).shopId;
    const zone = zoneOf(shopId);
    const lines = group.map((item) => ({ ...item, packedQuantity: null }));
    return {
      shopId,
      items: group,
      prices: lines.map(linePrice),
      zone,
      totals: placedOrderTotals(lines, zone),
    };
  });
  return { orders, totals: sumOrderTotals(orders.map((o) => o.totals)) };
}
