import { villageAddress } from '@nongsan/domain';
import { type AppClient, TEST_VILLAGE_ID } from './harness.ts';

/** A delivery address in the test village (a local delivery). */
export const TEST_DELIVERY_ADDRESS = villageAddress(TEST_VILLAGE_ID, 'current');

let keyCounter = 0;

/** An idempotency key not used before in this test process. */
export function newIdempotencyKey(): string {
  keyCounter += 1;
  return `test-key-${process.pid}-${keyCounter}`;
}

/** The phone the test buyer gives to call on delivery: not the account's own (a relative receives the parcel). */
export const TEST_DELIVERY_PHONE = '0971234567';

/** An `orders.place` input for one line of `quantity` (grams or pieces), cash on delivery, a fresh key by default. */
export function placeRequest(listingId: string, quantity: number, idempotencyKey = newIdempotencyKey()) {
  return {
    idempotencyKey,
    lines: [{ listingId, quantity }],
    deliveryAddress: TEST_DELIVERY_ADDRESS,
    deliveryPhone: TEST_DELIVERY_PHONE,
    paymentMethod: 'cash_on_delivery' as const,
  };
}

/**
 * Opens the signed-in household's shop and puts one dragon-fruit listing of `stock` grams on sale at 28.000 ₫/kg,
 * at most `perBuyerCap` grams per buyer when given.
 */
export async function openShopWithListing(
  client: AppClient,
  stock: number,
  perBuyerCap: number | null = null,
) {
  await client.shop.open.mutate({ name: 'Vườn nhà Thắng' });
  return client.listings.create.mutate({
    listing: {
      productId: 'dragon-fruit',
      title: 'Thanh long ruột đỏ',
      unitPrice: 28_000,
      stock,
      minOrder: 1_000,
      perBuyerCap,
    },
    publish: true,
  });
}
