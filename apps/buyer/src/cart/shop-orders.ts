import {
  type CommuneCode,
  type DeliveryZone,
  deliveryZoneFor,
  findVillage,
  type LineQuantityIssue,
  lineQuantityIssue,
  lineTotal,
  type OrderTotals,
  previewCheckout,
  type Vnd,
} from '@nongsan/domain';
import type { CartItem } from './cart-store.ts';

/**
 * The cart as the orders it will become: one per shop, in the order the shops first appear, each with its goods,
 * delivery fee and total as the domain's `previewCheckout` decides them, by the rules the server uses when it
 * places them. What the buyer sees before "Đặt hàng" is what they get.
 */
export interface ShopOrder {
  readonly shopId: string;
  readonly shopName: string;
  readonly villageName: string;
  readonly items: readonly CartItem[];
  readonly zone: DeliveryZone;
  readonly totals: OrderTotals;
}

/** The cart priced for delivery to a commune: its orders, and the goods, delivery and total of the whole checkout. */
export interface CartPreview {
  readonly orders: readonly ShopOrder[];
  readonly totals: OrderTotals;
}

/**
 * Today's commune of a shop's village (its delivery origin): as the server sent it with the listing (the villages
 * table knows villages the domain's place data does not, as checkout does), else from the place data, else null.
 */
export function shopCommune(item: Pick<CartItem, 'villageId' | 'communeCode'>): CommuneCode | null {
  if (item.communeCode) return item.communeCode;
  return item.villageId ? (findVillage(item.villageId)?.currentCommuneCode ?? null) : null;
}

/** The value of one cart line, as the domain prices an order line that is not packed yet. */
export function itemValue(item: Pick<CartItem, 'unitPrice' | 'quantity' | 'unit'>): Vnd {
  return lineTotal({ ...item, packedQuantity: null });
}

/**
 * The cart priced for delivery to `buyerCommune`, by the domain (`previewCheckout`). A shop whose village is unknown
 * here is priced as far away (the highest fee), so the buyer is never shown less than the server will charge.
 */
export function previewCart(items: readonly CartItem[], buyerCommune: CommuneCode): CartPreview {
  const zoneOf = (shopId: string): DeliveryZone => {
    const origin = shopCommune(
      items.find((item) => item.shopId === shopId) ?? { villageId: null, communeCode: null },
    );
    return origin ? deliveryZoneFor(origin, buyerCommune) : 'elsewhere';
  };
  const preview = previewCheckout(items, zoneOf);
  return {
    orders: preview.orders.map(({ items: group, zone, totals }) => {
      const first = group[0] as CartItem;
      return {
        shopId: first.shopId,
        shopName: first.shopName,
        villageName: first.villageName,
        items: group,
        zone,
        totals,
      };
    }),
    totals: preview.totals,
  };
}

/** Why a line cannot be ordered as it is: the domain's rule for a line's quantity (minimum, cap, stock). */
export type LineIssue = LineQuantityIssue;

export function lineIssue(
  item: Pick<CartItem, 'quantity' | 'minOrder' | 'perBuyerCap' | 'stock'>,
): LineIssue | null {
  return lineQuantityIssue(item);
}

/** The step a quantity goes up or down by: half a kilogram for weighed goods, one piece for counted ones. */
export function quantityStep(unit: CartItem['unit']): number {
  return unit === 'kg' ? 500 : 1;
}
