/**
 * Reads what listings have sold, straight from the database (either dialect), to check that the orders a load
 * run placed are exactly the stock it took.
 */
import { createDb, type DbHandle } from '@nongsan/db';
import { sql } from 'kysely';

export interface StockReading {
  /** Order lines on the listings. */
  readonly orders: number;
  /** Grams left. */
  readonly stock: number;
}

export class StockProbe {
  private readonly handle: DbHandle;

  constructor(databaseUrl: string) {
    this.handle = createDb(databaseUrl, { maxConnections: 2 });
  }

  async read(listingIds: readonly string[]): Promise<StockReading> {
    const { db } = this.handle;
    const listings = await db.selectFrom('listings').select('stock').where('id', 'in', listingIds).execute();
    if (listings.length !== listingIds.length) throw new Error('a benchmark listing is missing');
    const lines = await db
      .selectFrom('order_lines')
      .select(sql<number>`count(*)`.as('count'))
      .where('listing_id', 'in', listingIds)
      .executeTakeFirstOrThrow();
    return { orders: Number(lines.count), stock: listings.reduce((sum, row) => sum + Number(row.stock), 0) };
  }

  /** Reads until two readings 150 ms apart agree: requests cut off at the end of a run may still be committing. */
  async settled(listingIds: readonly string[]): Promise<StockReading> {
    let last = await this.read(listingIds);
    for (let i = 0; i < 40; i++) {
      await new Promise((wait) => setTimeout(wait, 150));
      const next = await this.read(listingIds);
      if (next.orders === last.orders && next.stock === last.stock) return next;
      last = next;
    }
    return last;
  }

  close(): Promise<void> {
    return this.handle.destroy();
  }
}
