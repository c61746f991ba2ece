import {
  DIALECTS,
  insertSampleShop,
  sampleOrder,
  sampleOrderLine,
  useTestDatabase,
} from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { ExportsService } from './exports-service.ts';

const NOW = '2022-01-20T09:00:00+07:00';

async function all<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

for (const dialect of DIALECTS) {
  describe(`spreadsheet exports read a page at a time (${dialect})`, () => {
    const database = useTestDatabase(dialect);

    it('gives every order and every village exactly once, in order, whatever the page size', async () => {
      const db = database.db;
      const shops = [await insertSampleShop(db), await insertSampleShop(db), await insertSampleShop(db)];
      const [first] = shops;
      if (!first) throw new Error('no shop');
      // Five orders, two of them placed in the same millisecond (the page boundary falls between them), one in
      // January (Vietnam's time: 18:00 UTC on 31 December is 1 January there).
      const times = [
        '2021-12-20T03:00:00.000Z',
        '2021-12-21T03:00:00.000Z',
        '2021-12-21T03:00:00.000Z',
        '2021-12-25T03:00:00.000Z',
        '2021-12-31T18:00:00.000Z',
      ];
      for (const placedAt of times) {
        const order = sampleOrder(first, { placed_at: placedAt, updated_at: placedAt, status: 'confirmed' });
        await db.insertInto('orders').values(order).execute();
        await db.insertInto('order_lines').values(sampleOrderLine(first, order.id)).execute();
      }
      const deps = { db, clock: fixedClock(NOW) };
      const paged = new ExportsService(deps, { orders: 2, villages: 2 });
      const whole = new ExportsService(deps, { orders: 1_000, villages: 1_000 });

      const pagedOrders = await all(paged.shopOrders(first.householdId).rows);
      expect(pagedOrders).toEqual(await all(whole.shopOrders(first.householdId).rows));
      expect(pagedOrders.map((row) => row[1])).toEqual([
        '20/12/2021',
        '21/12/2021',
        '21/12/2021',
        '25/12/2021',
        '01/01/2022',
      ]);
      expect(new Set(pagedOrders.map((row) => row[2])).size).toBe(5);
      expect((await all(paged.shopOrders(first.householdId, '2022-01').rows)).map((row) => row[0])).toEqual([
        '01/2022',
      ]);

      const scope = { communeCode: '06325' };
      const pagedVillages = await all(paged.villageMonths(scope).rows);
      expect(pagedVillages).toEqual(await all(whole.villageMonths(scope).rows));
      // Three villages × December and January, each once.
      const villageNames = shops.map((shop) => `Thôn ${shop.villageId}`);
      expect(pagedVillages.map((row) => `${row[1]} ${row[2]}`).sort()).toEqual(
        villageNames.flatMap((name) => [`${name} 01/2022`, `${name} 12/2021`]).sort(),
      );
      const firstVillage = pagedVillages.filter((row) => row[1] === `Thôn ${first.villageId}`);
      // One household with its shop since December; 4 orders sold in December (3 kg, 84.000 ₫ each), 1 in January.
      expect(firstVillage).toEqual([
        ['Bắc Sơn', `Thôn ${first.villageId}`, '12/2021', 1, 1, 100, 64, 4, 12_000, 0, 336_000],
        ['Bắc Sơn', `Thôn ${first.villageId}`, '01/2022', 1, 1, 100, 64, 1, 3_000, 0, 84_000],
      ]);
    });
  });
}
