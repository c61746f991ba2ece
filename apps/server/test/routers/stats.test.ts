import { DIALECTS } from '@nongsan/db/testing';
import { ADOPTION_STAGES, hasReached, villageAddress } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { OTHER_VILLAGE_ID, TEST_VILLAGE_ID, useTestServer } from '../harness.ts';

for (const dialect of DIALECTS) {
  describe(`stats and commune (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('sums a seller’s sales by product and month and the commune’s by village, leaving cancelled orders out', async () => {
      const s = server.current;
      const seller = await s.registerHousehold();
      await seller.client.shop.open.mutate({ name: 'Vườn nhà Thắng' });
      await s.registerHousehold(); // a second household of the village, without a shop
      await s.registerHousehold({ villageId: OTHER_VILLAGE_ID });
      const listing = await seller.client.listings.create.mutate({
        listing: {
          productId: 'dragon-fruit',
          title: 'Thanh long',
          unitPrice: 30_000,
          stock: 40_000,
          minOrder: 1_000,
        },
        publish: true,
      });
      const buyer = await s.registerBuyer();
      let n = 0;
      const place = async (quantity: number) => {
        n += 1;
        const { orders } = await buyer.client.orders.place.mutate({
          idempotencyKey: `stats-test-${dialect}-${n}`,
          lines: [{ listingId: listing.id, quantity }],
          deliveryAddress: villageAddress(TEST_VILLAGE_ID, 'current'),
          paymentMethod: 'cash_on_delivery',
          deliveryPhone: '0971234567',
        });
        return orders[0]?.id ?? '';
      };
      /** An order the household confirmed: what counts as sold. */
      const sell = async (quantity: number) => {
        const orderId = await place(quantity);
        await seller.client.orders.confirm.mutate({ orderId });
        return orderId;
      };
      await sell(2_000);
      const cancelled = await place(5_000);
      await buyer.client.orders.cancel.mutate({ orderId: cancelled });
      s.clock.set('2025-07-02T09:00:00+07:00');
      await sell(3_000);
      await sell(1_500);
      // Placed but never confirmed: not sold (yet), in no figure below.
      await place(4_000);

      const sales = await seller.client.stats.sales.query();
      expect(sales.rows).toEqual([
        { month: '2025-06', productId: 'dragon-fruit', orders: 1, kg: 2, pieces: 0, vnd: 60_000 },
        { month: '2025-07', productId: 'dragon-fruit', orders: 2, kg: 4.5, pieces: 0, vnd: 135_000 },
      ]);
      expect(sales.total).toEqual({ orders: 3, kg: 6.5, pieces: 0, vnd: 195_000 });

      const official = await s.createOfficial();
      const villages = await official.client.commune.stats.query();
      const village = villages.find((v) => v.villageId === TEST_VILLAGE_ID);
      expect(village).toMatchObject({
        households: 2,
        shops: 1,
        shopShare: 0.5,
        target: 0.64,
        onTarget: false,
      });
      expect(village).toMatchObject({ orders: 3, kg: 6.5, vnd: 195_000 });
      expect(villages.find((v) => v.villageId === OTHER_VILLAGE_ID)).toMatchObject({
        households: 1,
        shops: 0,
        orders: 0,
      });
      const months = (await official.client.commune.timeseries.query()).filter(
        (m) => m.villageId === TEST_VILLAGE_ID,
      );
      expect(months.map((m) => [m.month, m.orders, m.kg, m.vnd])).toEqual([
        ['2025-06', 1, 2, 60_000],
        ['2025-07', 2, 4.5, 135_000],
      ]);

      // The official opens the village: each of its households with its stage, and how many are at each.
      const opened = await official.client.commune.village.query({ villageId: TEST_VILLAGE_ID });
      expect(opened.households).toHaveLength(2);
      expect(opened.stages.map((s) => s.stage)).toEqual([...ADOPTION_STAGES]);
      expect(opened.stages.reduce((sum, s) => sum + s.households, 0)).toBe(2);
      const withShop = opened.households.filter((h) => h.shopName !== null);
      expect(withShop).toHaveLength(1);
      expect(hasReached(withShop[0]?.adoptionStage ?? 'not_reached', 'first_listing')).toBe(true);
      const unknown = await failure(official.client.commune.village.query({ villageId: 'no-such-village' }));
      expect(unknown.data?.problems?.[0]?.code).toBe('places.unknown_village');

      const refused = await failure(buyer.client.commune.stats.query());
      expect(refused.data).toMatchObject({ code: 'FORBIDDEN' });
    }, 60_000);
  });
}
