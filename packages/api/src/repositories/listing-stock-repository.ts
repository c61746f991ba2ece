import type { Database } from '@nongsan/db';
import type { StockChange } from '@nongsan/domain';
import { type Kysely, sql } from 'kysely';

/**
 * Stock moves of orders, applied in the database itself: `stock = stock + delta where stock + delta >= 0`, so two
 * buyers racing for the last kilograms cannot both get them whatever they read before. The status follows the
 * stock as the domain's `withStock` says (active at zero → sold out; sold out with stock again → active).
 */
export class ListingStockRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Applies one change; false when it would take the stock below zero (nothing is written then). */
  async apply(change: StockChange, now: Date): Promise<boolean> {
    const { listingId, delta } = change;
    const result = await this.db
      .updateTable('listings')
      .set((eb) => ({
        stock: eb('stock', '+', delta),
        status: sql<string>`case when status = 'active' and stock + ${delta} = 0 then 'sold_out' when status = 'sold_out' and stock + ${delta} > 0 then 'active' else status end`,
        updated_at: now.toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', listingId)
      .where(sql<boolean>`stock + ${delta} >= 0`)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
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
