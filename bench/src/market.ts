/**
 * What the order benchmarks need on a fresh database, made through the API as people would: a household with a shop
 * and dragon-fruit listings of 100 t each, and signed-in buyers (the requests take them in turn).
 */
import { villageAddress } from '@nongsan/domain';
import { KEY_SLOT } from './load-plan.ts';
import { mutate, type Session } from './trpc-http.ts';

export const BENCH_VILLAGE_ID = 'long-dong:an-ninh-1';
/** Every benchmark order takes this many grams (the listing's minimum order). */
export const ORDER_GRAMS = 500;
/** The most a listing may hold (100 t): room for 200,000 benchmark orders each. */
export const LISTING_STOCK = 100_000_000;
const PASSWORD = 'bench-mat-khau-123';

export interface BenchBuyer extends Session {
  readonly id: string;
}

export interface BenchMarket {
  readonly household: Session;
  /** The shop's listings; each benchmark orders from its own ones, so its "orders placed = stock taken" stands alone. */
  readonly listingIds: readonly string[];
  readonly buyers: readonly BenchBuyer[];
}

let phoneCounter = 0;
/** Mobifone's 093, which the demo seed does not use. */
function benchPhone(): string {
  phoneCounter += 1;
  return `093${String(process.pid % 1000).padStart(3, '0')}${String(phoneCounter).padStart(4, '0')}`;
}

interface Registered {
  readonly user: { readonly id: string };
}

export async function openMarket(baseUrl: string, options: { listings: number; buyers: number }) {
  const seller = await mutate<Registered>(baseUrl, 'auth.register', {
    kind: 'household',
    phone: benchPhone(),
    password: PASSWORD,
    displayName: 'Hoàng Văn Thắng',
    villageId: BENCH_VILLAGE_ID,
  });
  const household = seller.session;
  await mutate(baseUrl, 'shop.open', { name: 'Vườn nhà Thắng' }, household);
  const listingIds: string[] = [];
  for (let i = 0; i < options.listings; i++) {
    const { data } = await mutate<{ id: string }>(
      baseUrl,
      'listings.create',
      {
        listing: {
          productId: 'dragon-fruit',
          title: `Thanh long ruột đỏ, lô ${i + 1}`,
          unitPrice: 28_000,
          stock: LISTING_STOCK,
          minOrder: ORDER_GRAMS,
        },
        publish: true,
      },
      household,
    );
    listingIds.push(data.id);
  }
  const buyers: BenchBuyer[] = [];
  for (let i = 0; i < options.buyers; i++) {
    const { data, session } = await mutate<Registered>(baseUrl, 'auth.register', {
      kind: 'buyer',
      phone: benchPhone(),
      password: PASSWORD,
      displayName: `Người mua ${i + 1}`,
    });
    buyers.push({ id: data.user.id, cookie: session.cookie });
  }
  return { household, listingIds, buyers } satisfies BenchMarket;
}

/** The phone every bench order gives to call on delivery. */
const BENCH_DELIVERY_PHONE = '0987000111';

/** The body of an `orders.place` for `listingId` (one line of ORDER_GRAMS), its key left as KEY_SLOT. */
export function placeOrderBody(listingId: string): string {
  return JSON.stringify({
    idempotencyKey: KEY_SLOT,
    lines: [{ listingId, quantity: ORDER_GRAMS }],
    deliveryAddress: villageAddress(BENCH_VILLAGE_ID, 'current'),
    deliveryPhone: BENCH_DELIVERY_PHONE,
    paymentMethod: 'cash_on_delivery',
  });
}
