import {
  type CommuneCode,
  type DeliveryZone,
  deliveryFee,
  deliveryZoneFor,
  findVillage,
  lineValue,
  type OrderLine,
  type OrderTotals,
  orderTotals,
  sumVnd,
  type Vnd,
} from '@nongsan/domain';
import type { CartItem } from './cart-store.ts';

/**
 * The cart as the orders it will become: one per shop, in the order the shops first appear, each with its goods,
 * delivery fee and total decided by the domain's own rules (`orderTotals`, `deliveryFee`, `deliveryZoneFor`), the
 * same functions the server uses when it places them. What the buyer sees before "Đặt hàng" is what they get.
 */
export interface ShopOrder {
  readonly shopId: string;
  readonly shopName: string;
  readonly villageName: string;
  readonly items: readonly CartItem[];
  readonly zone: DeliveryZone;
  readonly totals: OrderTotals;
}

/** Today's commune of a shop's village (its delivery origin), or null when the village is not known here. */
export function shopCommune(item: Pick<CartItem, 'villageId'>): CommuneCode | null {
  return item.villageId ? (findVillage(item.villageId)?.currentCommuneCode ?? null) : null;
}

function asOrderLine(item: CartItem): OrderLine {
  return {
    listingId: item.listingId,
    productId: item.productId,
    title: item.title,
    unit: item.unit,
    unitPrice: item.unitPrice,
    quantity: item.quantity,
    packedQuantity: null,
    preOrder: item.preOrder,
  };
}

/** The value of one cart line, rounded once as an order line is. */
export function itemValue(item: Pick<CartItem, 'unitPrice' | 'quantity' | 'unit'>): Vnd {
  return lineValue(item.unitPrice, item.quantity, item.unit);
}

/**
 * Groups the cart by shop and prices each group for delivery to `buyerCommune`. A shop whose village is unknown
 * here is priced as far away (the highest fee), so the buyer is never shown less than the server will charge.
 */
export function shopOrders(items: readonly CartItem[], buyerCommune: CommuneCode): ShopOrder[] {
  const byShop = new Map<string, CartItem[]>();
  for (const item of items) {
    const group = byShop.get(item.shopId);
    if (group) group.push(item);
    else byShop.set(item.shopId, [item]);
  }
  return [...byShop.values()].map((group) => {
    const first = group[0] as CartItem;
    const origin = shopCommune(first);
    const zone: DeliveryZone = origin ? deliveryZoneFor(origin, buyerCommune) : 'elsewhere';
    const lines = group.map(asOrderLine);
    const goods = orderTotals(lines, 0).subtotal;
    return {
      shopId: first.shopId,
      shopName: first.shopName,
      villageName: first.villageName,
      items: group,
      zone,
      totals: orderTotals(lines, deliveryFee(zone, goods)),
    };
  });
}

/** The whole checkout: goods, delivery and what the buyer pays, summed over the shops' orders. */
export function checkoutTotals(orders: readonly ShopOrder[]): OrderTotals {
  return {
    subtotal: sumVnd(orders.map((o) => o.totals.subtotal)),
    deliveryFee: sumVnd(orders.map((o) => o.totals.deliveryFee)),
    total: sumVnd(orders.map((o) => o.totals.total)),
  };
}

/** Why a line cannot be ordered as it is, checked in the order the server checks it (minimum, cap, stock). */
export type LineIssue =
  | { readonly kind: 'below-minimum'; readonly limit: number }
  | { readonly kind: 'over-cap'; readonly limit: number }
  | { readonly kind: 'over-stock'; readonly limit: number };

export function lineIssue(
  item: Pick<CartItem, 'quantity' | 'minOrder' | 'perBuyerCap' | 'stock'>,
): LineIssue | null {
  if (item.quantity < item.minOrder) return { kind: 'below-minimum', limit: item.minOrder };
  if (item.perBuyerCap !== null && item.quantity > item.perBuyerCap)
    return { kind: 'over-cap', limit: item.perBuyerCap };
  if (item.quantity > item.stock) return { kind: 'over-stock', limit: item.stock };
  return null;
}

/** The step a quantity goes up or down by: half a kilogram for weighed goods, one piece for counted ones. */
export function quantityStep(unit: CartItem['unit']): number {
  return unit === 'kg' ? 500 : 1;
}
