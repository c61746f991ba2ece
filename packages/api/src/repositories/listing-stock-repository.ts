import type { Database } from '@nongsan/db';
import { ListingStatusSchema, type StockChange, statusWithStock } from '@nongsan/domain';
import { type Kysely, sql } from 'kysely';

/**
 * Stock moves of orders, applied in the database itself: `stock = stock + delta where stock + delta >= 0`, so two
 * buyers racing for the last kilograms cannot both get them whatever they read before. The status follows the
 * stock as the domain's `statusWithStock` says (active at zero → sold out; sold out with stock again → active), in
 * a second statement only when it changes: the status is in four indexes, which the usual move then leaves alone.
 */
export class ListingStockRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Applies one change; false when it would take the stock below zero (nothing is written then). */
  async apply(change: StockChange, now: Date): Promise<boolean> {
    const { listingId, delta } = change;
    const moved = await this.db
      .updateTable('listings')
      .set((eb) => ({
        stock: eb('stock', '+', delta),
        updated_at: now.toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', listingId)
      .where(sql<boolean>`stock + ${delta} >= 0`)
      .returning(['stock', 'status'])
      .executeTakeFirst();
    if (!moved) return false;
    const status = statusWithStock(ListingStatusSchema.parse(moved.status), moved.stock);
    if (status !== moved.status)
      await this.db.updateTable('listings').set({ status }).where('id', '=', listingId).execute();
    return true;
  }

  async stockOf(listingId: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('listings')
      .select('stock')
      .where('id', '=', listingId)
      .executeTakeFirst();
    return row?.stock ?? null;
  }
}
