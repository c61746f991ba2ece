import { describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from './create-db.ts';
import {
  DIALECTS,
  insertSampleShop,
  sampleId,
  sampleOrder,
  sampleOrderLine,
  useTestDatabase,
} from './testing.ts';

const STOCK = 50_000; // grams: 50 kg of dragon fruit
const TAKE = 3_000; // each buyer wants 3 kg
const BUYERS = 60;
const CAN_SELL = Math.floor(STOCK / TAKE); // 16 orders fit, 2 kg stay

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const t = useTestDatabase(dialect);

    it('never sells below zero when buyers on several connections take stock at once', async () => {
      const { listing } = await insertSampleShop(t.db, STOCK);
      // Like several server processes: each handle is its own connection (SQLite) or pool (PostgreSQL).
      const handles: DbHandle[] = [createDb(t.url), createDb(t.url), createDb(t.url)];
      try {
        const dbs = [t.db, ...handles.map((h) => h.db)];
        const results = await Promise.all(
          Array.from({ length: BUYERS }, (_, i) =>
            (dbs[i % dbs.length] ?? t.db)
              .updateTable('listings')
              .set((eb) => ({ stock: eb('stock', '-', TAKE), version: eb('version', '+', 1) }))
              .where('id', '=', listing.id)
              .where('stock', '>=', TAKE)
              .executeTakeFirstOrThrow(),
          ),
        );
        const sold = results.filter((r) => r.numUpdatedRows === 1n).length;
        expect(sold).toBe(CAN_SELL);
        const after = await t.db
          .selectFrom('listings')
          .select(['stock', 'version'])
          .where('id', '=', listing.id)
          .executeTakeFirstOrThrow();
        expect(after).toEqual({ stock: STOCK - CAN_SELL * TAKE, version: 1 + CAN_SELL });
      } finally {
        await Promise.all(handles.map((h) => h.destroy()));
      }
    });

    it('keeps stock and orders in step when each order is a transaction that takes stock first', async () => {
      const world = await insertSampleShop(t.db, STOCK);
      const place = (buyer: number) =>
        t.db.transaction().execute(async (trx) => {
          const taken = await trx
            .updateTable('listings')
            .set((eb) => ({ stock: eb('stock', '-', TAKE) }))
            .where('id', '=', world.listing.id)
            .where('stock', '>=', TAKE)
            .executeTakeFirstOrThrow();
          if (taken.numUpdatedRows !== 1n) return false;
          const orderId = sampleId('order');
          await trx
            .insertInto('orders')
            .values(
              sampleOrder(world, {
                id: orderId,
                checkout_id: `checkout-${buyer}`,
                payment_method: 'cash_on_delivery',
              }),
            )
            .execute();
          await trx
            .insertInto('order_lines')
            .values(sampleOrderLine(world, orderId, { quantity_ordered: TAKE }))
            .execute();
          return true;
        });

      const placed = await Promise.all(Array.from({ length: BUYERS }, (_, i) => place(i)));
      expect(placed.filter(Boolean)).toHaveLength(CAN_SELL);
      const { stock } = await t.db
        .selectFrom('listings')
        .select('stock')
        .where('id', '=', world.listing.id)
        .executeTakeFirstOrThrow();
      const ordered = await t.db
        .selectFrom('order_lines')
        .select((eb) => eb.fn.sum<number>('quantity_ordered').as('grams'))
        .where('listing_id', '=', world.listing.id)
        .executeTakeFirstOrThrow();
      expect(stock).toBe(STOCK - CAN_SELL * TAKE);
      expect(ordered.grams).toBe(CAN_SELL * TAKE);
    });
  });
}
