import { DIALECTS } from '@nongsan/db/testing';
import { villageAddress } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { TEST_VILLAGE_ID, useTestServer } from '../../test/harness.ts';
import { startAutoCancel } from './auto-cancel.ts';

const HOUR = 3_600_000;

for (const dialect of DIALECTS) {
  describe(`auto-cancel (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('cancels orders unconfirmed after 24 hours and gives the stock back once, even with two runners', async () => {
      const { clock, database } = server.current;
      const seller = await server.current.registerHousehold();
      await seller.client.shop.open.mutate({ name: 'Vườn nhà Thắng' });
      const listing = await seller.client.listings.create.mutate({
        listing: {
          productId: 'dragon-fruit',
          title: 'Thanh long',
          unitPrice: 28_000,
          stock: 30_000,
          minOrder: 1_000,
        },
        publish: true,
      });
      const buyer = await server.current.registerBuyer();
      const place = (quantity: number, key: string) =>
        buyer.client.orders.place.mutate({
          idempotencyKey: key,
          lines: [{ listingId: listing.id, quantity }],
          deliveryAddress: villageAddress(TEST_VILLAGE_ID, 'current'),
          paymentMethod: 'cash_on_delivery',
          deliveryPhone: '0971234567',
        });
      const [late] = (await place(5_000, 'auto-cancel-late-1')).orders;
      const [confirmed] = (await place(4_000, 'auto-cancel-kept-1')).orders;
      clock.advance(HOUR);
      const [younger] = (await place(3_000, 'auto-cancel-young-1')).orders;
      if (!late || !confirmed || !younger) throw new Error('no order');
      await seller.client.orders.confirm.mutate({ orderId: confirmed.id });
      const stock = async () => (await buyer.client.listings.get.query({ listingId: listing.id })).stock;
      expect(await stock()).toBe(18_000);

      const deps = { db: database.db, clock };
      const first = startAutoCancel(deps, { intervalMs: 3_600_000 });
      const second = startAutoCancel(deps, { intervalMs: 3_600_000 });
      try {
        clock.advance(23 * HOUR - 1);
        expect(await Promise.all([first.runOnce(), second.runOnce()])).toEqual([0, 0]);
        expect(await stock()).toBe(18_000);

        clock.advance(1); // exactly 24 hours after the first order
        const counts = await Promise.all([first.runOnce(), second.runOnce()]);
        expect(counts[0] + counts[1]).toBe(1);
        expect(await stock()).toBe(23_000);
        const page = await buyer.client.orders.get.query({ orderId: late.id });
        expect(page.order.status).toBe('cancelled');
        expect(page.events.at(-1)).toMatchObject({
          kind: 'expired',
          actor: { kind: 'system', userId: null },
        });
        expect((await buyer.client.orders.get.query({ orderId: confirmed.id })).order.status).toBe(
          'confirmed',
        );

        clock.advance(HOUR);
        const later = await Promise.all([first.runOnce(), second.runOnce()]);
        expect(later[0] + later[1]).toBe(1);
        expect((await buyer.client.orders.get.query({ orderId: younger.id })).order.status).toBe('cancelled');
        expect(await stock()).toBe(26_000);
      } finally {
        first.stop();
        second.stop();
      }
    }, 60_000);
  });
}
