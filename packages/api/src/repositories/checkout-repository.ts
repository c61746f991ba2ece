import type { Database } from '@nongsan/db';
import type { Listing, ShopPaymentOptions } from '@nongsan/domain';
import type { Kysely } from 'kysely';
import { toListing } from './listing-repository.ts';

/** A shop as a checkout needs it: where it is (the delivery zone) and how it can be paid. */
export interface CheckoutShop {
  readonly villageId: string;
  readonly payment: ShopPaymentOptions;
}

/** Everything placing a cart reads about its listings, by listing id and by shop id. */
export interface CheckoutCart {
  readonly listings: ReadonlyMap<string, Listing>;
  readonly shops: ReadonlyMap<string, CheckoutShop>;
}

/** What a checkout reads, in one statement: the cart's listings with their shops' villages and payment ways. */
export class CheckoutRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The listings that exist among `listingIds` (without photos: placing does not need them), and their shops. */
  async cart(listingIds: readonly string[]): Promise<CheckoutCart> {
    const listings = new Map<string, Listing>();
    const shops = new Map<string, CheckoutShop>();
    if (listingIds.length === 0) return { listings, shops };
    const rows = await this.db
      .selectFrom('listings')
      .innerJoin('shops', 'shops.id', 'listings.shop_id')
      .innerJoin('households', 'households.id', 'listings.shop_id')
      .leftJoin('payment_accounts', 'payment_accounts.household_id', 'listings.shop_id')
      .selectAll('listings')
      .select([
        'households.village_id',
        'shops.accepts_cash_on_delivery',
        'payment_accounts.id as account_id',
        'payment_accounts.kind as account_kind',
      ])
      .where('listings.id', 'in', [...new Set(listingIds)])
      .execute();
    // One row per listing and account of its shop: each listing and each account is taken once.
    const accounts = new Map<string, Map<string, 'bank' | 'e_wallet'>>();
    for (const row of rows) {
      if (!listings.has(row.id)) listings.set(row.id, toListing(row, []));
      const shopAccounts = accounts.get(row.shop_id) ?? new Map<string, 'bank' | 'e_wallet'>();
      accounts.set(row.shop_id, shopAccounts);
      if (row.account_id !== null && (row.account_kind === 'bank' || row.account_kind === 'e_wallet'))
        shopAccounts.set(row.account_id, row.account_kind);
      if (!shops.has(row.shop_id))
        shops.set(row.shop_id, {
          villageId: row.village_id,
          payment: { acceptsCashOnDelivery: row.accepts_cash_on_delivery === 1, paymentAccounts: [] },
        });
    }
    for (const [shopId, shop] of shops)
      shops.set(shopId, {
        ...shop,
        payment: {
          ...shop.payment,
          paymentAccounts: [...(accounts.get(shopId)?.values() ?? [])].map((kind) => ({ kind })),
        },
      });
    return { listings, shops };
  }
}
