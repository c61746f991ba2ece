import { type Database, dialectOf } from '@nongsan/db';
import {
  type Address,
  type Listing,
  ListingStatusSchema,
  type Order,
  type OrderEvent,
  type ShopPaymentOptions,
  type StockChange,
  statusWithStock,
} from '@nongsan/domain';
import { type Kysely, sql } from 'kysely';
import { type AuditEntry, auditRow } from './audit-repository.ts';
import { toListing } from './listing-repository.ts';
import { ListingStockRepository } from './listing-stock-repository.ts';
import { eventRow, lineRows, OPEN_ORDER_STATUSES, OrderRepository, orderRow } from './order-repository.ts';

/** A shop as a checkout needs it: where it is (the delivery zone) and how it can be paid. */
export interface CheckoutShop {
  /** The commune (today's code) the shop's village lies in, as the villages table keeps it. */
  readonly communeCode: string;
  readonly payment: ShopPaymentOptions;
}

/** Everything placing a cart reads about its listings, by listing id and by shop id. */
export interface CheckoutCart {
  readonly listings: ReadonlyMap<string, Listing>;
  readonly shops: ReadonlyMap<string, CheckoutShop>;
  /** What the buyer already holds of each capped listing on open orders (the per-buyer cap counts it). */
  readonly alreadyOrdered: ReadonlyMap<string, number>;
}

/** Everything a decided checkout writes, in its transaction. */
export interface CheckoutWrite {
  /** The stock to take, in the order the rows are to be locked (by listing id). */
  readonly stockChanges: readonly StockChange[];
  readonly orders: readonly Order[];
  readonly deliveryAddress: Address;
  readonly events: readonly OrderEvent[];
  readonly audit: readonly AuditEntry[];
  /** The buyer's idempotency key, stored with the checkout's answer. */
  readonly key: {
    readonly buyerId: string;
    readonly key: string;
    readonly requestHash: string;
    readonly response: unknown;
    readonly at: Date;
  };
}

/** What a checkout reads, in one statement: the cart's listings with their shops' villages and payment ways. */
export class CheckoutRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The listings that exist among `listingIds` (without photos: placing does not need them), their shops, and for a
   * listing with a per-buyer cap what `buyerId` holds of it on open orders: read from the buyer's open orders, then
   * each one's line for the listing (`orders_open_by_buyer`, `order_lines_by_order_and_listing`), so it stays as
   * small as what the buyer waits for. Run under the buyer's lock (`lockBuyer`) for the cap to hold.
   */
  async cart(listingIds: readonly string[], buyerId: string): Promise<CheckoutCart> {
    const listings = new Map<string, Listing>();
    const shops = new Map<string, CheckoutShop>();
    const alreadyOrdered = new Map<string, number>();
    if (listingIds.length === 0) return { listings, shops, alreadyOrdered };
    // A cross join, not an inner join: SQLite then walks the buyer's open orders first and their lines by order,
    // not every line the listing ever sold. PostgreSQL plans both forms alike.
    const held = sql<number>`(case when listings.per_buyer_cap is null then 0 else (
      select coalesce(sum(coalesce(ol.quantity_packed, ol.quantity_ordered)), 0)
      from orders o cross join order_lines ol
      where ol.order_id = o.id and o.buyer_id = ${buyerId} and o.status in (${sql.join(OPEN_ORDER_STATUSES)})
        and ol.listing_id = listings.id) end)`;
    const rows = await this.db
      .selectFrom('listings')
      .innerJoin('shops', 'shops.id', 'listings.shop_id')
      .innerJoin('households', 'households.id', 'listings.shop_id')
      .innerJoin('villages', 'villages.id', 'households.village_id')
      .leftJoin('payment_accounts', 'payment_accounts.household_id', 'listings.shop_id')
      .selectAll('listings')
      .select([
        'villages.current_commune_code',
        'shops.accepts_cash_on_delivery',
        'payment_accounts.id as account_id',
        'payment_accounts.kind as account_kind',
        held.as('already_ordered'),
      ])
      .where('listings.id', 'in', [...new Set(listingIds)])
      .execute();
    // One row per listing and account of its shop: each listing and each account is taken once.
    const accounts = new Map<string, Map<string, 'bank' | 'e_wallet'>>();
    for (const row of rows) {
      if (!listings.has(row.id)) listings.set(row.id, toListing(row, []));
      if (row.per_buyer_cap !== null) alreadyOrdered.set(row.id, Number(row.already_ordered));
      const shopAccounts = accounts.get(row.shop_id) ?? new Map<string, 'bank' | 'e_wallet'>();
      accounts.set(row.shop_id, shopAccounts);
      if (row.account_id !== null && (row.account_kind === 'bank' || row.account_kind === 'e_wallet'))
        shopAccounts.set(row.account_id, row.account_kind);
      if (!shops.has(row.shop_id))
        shops.set(row.shop_id, {
          communeCode: row.current_commune_code,
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
    return { listings, shops, alreadyOrdered };
  }

  /**
   * Writes a decided checkout: takes the stock (`stock + delta >= 0`, so racing buyers cannot both get the last
   * kilograms), inserts the orders, their lines, their first history entries, the audit entries and the key with
   * its answer. Returns the first stock change that did not fit, or null; when one did not fit the caller must
   * roll the transaction back (on PostgreSQL the rest was written in the same statement).
   *
   * On SQLite (in process, no round trips) one statement per table. On PostgreSQL one statement for all of it, its
   * parts as data-modifying CTEs, so a checkout costs a handful of round trips, not one per row: the stock rows are
   * locked in primary-key order (an `in` list is scanned sorted), as two carts sharing listings must.
   */
  async write(checkout: CheckoutWrite, now: Date): Promise<StockChange | null> {
    const { stockChanges, orders, deliveryAddress, events, audit, key } = checkout;
    const keyRow = {
      buyer_id: key.buyerId,
      key: key.key,
      request_hash: key.requestHash,
      response: JSON.stringify(key.response),
      created_at: key.at.toISOString(),
    };
    if (dialectOf(this.db) === 'sqlite') {
      const stock = new ListingStockRepository(this.db);
      for (const change of stockChanges) if (!(await stock.apply(change, now))) return change;
      await new OrderRepository(this.db).insertMany(orders.map((order) => ({ order, deliveryAddress })));
      await new OrderRepository(this.db).insertEvents(events);
      if (audit.length > 0) await this.db.insertInto('audit_log').values(audit.map(auditRow)).execute();
      await this.db.insertInto('idempotency_keys').values(keyRow).execute();
      return null;
    }
    if (stockChanges.length === 0) throw new Error('a checkout takes stock');
    const delta = sql<number>`(case listings.id ${sql.join(
      stockChanges.map((c) => sql`when ${c.listingId} then ${c.delta}::integer`),
      sql` `,
    )} end)`;
    const ids = stockChanges.map((c) => c.listingId);
    const lines = orders.flatMap(lineRows);
    let query = this.db
      .with('taken', (db) =>
        db
          .updateTable('listings')
          .set((eb) => ({
            stock: eb('stock', '+', delta),
            updated_at: now.toISOString(),
            version: eb('version', '+', 1),
          }))
          .where('id', 'in', ids)
          .where(sql<boolean>`listings.stock + ${delta} >= 0`)
          .returning(['id', 'stock', 'status']),
      )
      .with('new_orders', (db) =>
        db
          .insertInto('orders')
          .values(orders.map((order) => orderRow(order, deliveryAddress)))
          .returning('id'),
      )
      .with('new_lines', (db) => db.insertInto('order_lines').values(lines).returning('id'))
      .with('new_events', (db) => db.insertInto('order_events').values(events.map(eventRow)).returning('id'))
      .with('new_key', (db) => db.insertInto('idempotency_keys').values(keyRow).returning('key'));
    if (audit.length > 0)
      query = query.with('new_audit', (db) =>
        db.insertInto('audit_log').values(audit.map(auditRow)).returning('id'),
      ) as unknown as typeof query;
    const taken = await query.selectFrom('taken').select(['id', 'stock', 'status']).execute();
    for (const row of taken) {
      const status = statusWithStock(ListingStatusSchema.parse(row.status), row.stock);
      if (status !== row.status)
        await this.db.updateTable('listings').set({ status }).where('id', '=', row.id).execute();
    }
    const tookFrom = new Set(taken.map((row) => row.id));
    return stockChanges.find((change) => !tookFrom.has(change.listingId)) ?? null;
  }
}
