import type { Actor } from '../src/actors.ts';
import type { Listing } from '../src/listings.ts';
import type { Order } from '../src/order.ts';
import { type PlacementContext, placeOrders } from '../src/order-placement.ts';
import type { PaymentMethod } from '../src/payments.ts';

/** Mid-July 2026, 10:00 in Vietnam: dragon fruit and grapes are in season. */
export const JULY = new Date('2026-07-15T03:00:00Z');

export const SHOP_A = 'household-a';
export const SHOP_B = 'household-b';
export const BUYER = 'buyer-1';

export const sellerOf = (householdId: string): Actor => ({
  kind: 'seller',
  userId: `user-${householdId}`,
  householdId,
});
export const helperFor = (...householdIds: string[]): Actor => ({
  kind: 'helper',
  userId: 'helper-1',
  householdIds,
});
export const buyer = (userId = BUYER): Actor => ({ kind: 'buyer', userId });

/** An active dragon-fruit listing of shop A, 50 kg in stock, 1 kg minimum, created in June 2026. */
export function listing(overrides: Partial<Listing> = {}): Listing {
  return {
    id: 'listing-dragon',
    shopId: SHOP_A,
    productId: 'dragon-fruit',
    title: 'Thanh long ruột đỏ Long Đống',
    description: '',
    unitPrice: 28_000,
    stock: 50_000,
    minOrder: 1_000,
    perBuyerCap: null,
    harvest: null,
    photos: [],
    status: 'active',
    createdAt: new Date('2026-06-01T01:00:00Z'),
    updatedAt: new Date('2026-06-01T01:00:00Z'),
    ...overrides,
  };
}

export function listingsById(...listings: Listing[]): Map<string, Listing> {
  return new Map(listings.map((l) => [l.id, l]));
}

/** Ids "checkout-1", "order-2", … in call order, like a database sequence. */
export function sequentialIds(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return n === 1 ? `checkout-${n}` : `order-${n}`;
  };
}

export function context(listings: Map<string, Listing>, overrides: Partial<PlacementContext> = {}) {
  return {
    buyerId: BUYER,
    listings,
    zoneOf: () => 'local' as const,
    newId: sequentialIds(),
    now: JULY,
    ...overrides,
  } satisfies PlacementContext;
}

/** One placed order of `quantity` base units of a listing (the dragon-fruit fixture unless given). */
export function placedOrder(
  quantity = 3_000,
  method: PaymentMethod = 'bank_transfer',
  l = listing(),
  now = JULY,
): Order {
  const placement = placeOrders(
    { lines: [{ listingId: l.id, quantity }], paymentMethod: method, deliveryPhone: '0912345678' },
    context(listingsById(l), { now }),
  );
  const [order] = placement.orders;
  if (!order) throw new Error('fixture: no order placed');
  return order;
}
