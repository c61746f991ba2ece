import { DIALECTS } from '@nongsan/db/testing';
import { type Actor, DomainError } from '@nongsan/domain';
import { LiveMarket } from '@nongsan/live';
import type { Market } from '@nongsan/simulation';
import { describe, expect, it } from 'vitest';
import { useTestServer } from './harness.ts';

const HOUSEHOLD = 'long-dong/an-ninh-1/h-0001';
const OTHER_VILLAGE_HOUSEHOLD = 'long-dong/ra-la/h-0007';
const seller: Actor = { kind: 'seller', userId: `${HOUSEHOLD}/u1`, householdId: HOUSEHOLD };
const now = new Date('2025-06-15T01:00:00Z');

for (const dialect of DIALECTS) {
  describe(`the simulation's market over the API (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('opens shops, lists, sells and follows orders through the server, in the simulation’s own ids', async () => {
      const market: Market = new LiveMarket({ url: server.current.url });
      await market.openShop({ householdId: HOUSEHOLD, name: 'Nông sản An Ninh 1', actor: seller, now });
      const listing = await market.createListing(
        {
          productId: 'dragon-fruit',
          title: 'Thanh long ruột đỏ An Ninh 1',
          unitPrice: 27_000,
          stock: 10_000,
          minOrder: 1_000,
        },
        { shopId: HOUSEHOLD, actor: seller, now },
      );
      expect(listing).toMatchObject({ shopId: HOUSEHOLD, stock: 10_000, status: 'active' });

      // A shop the market did not open is not offered: the agents could not act for it.
      const stranger = await server.current.registerHousehold();
      await stranger.client.shop.open.mutate({ name: 'Vườn khác' });
      await stranger.client.listings.create.mutate({
        listing: {
          productId: 'dragon-fruit',
          title: 'Thanh long nhà khác',
          unitPrice: 27_000,
          stock: 5_000,
          minOrder: 1_000,
        },
        publish: true,
      });
      const offers = await market.findListings('dragon-fruit', 'long-dong', now);
      expect(offers.map((o) => [o.listing.id, o.listing.shopId, o.preOrder])).toEqual([
        [listing.id, HOUSEHOLD, false],
      ]);

      const [order] = await market.placeOrder(
        {
          buyerId: 'long-dong/local/b-1',
          lines: [{ listingId: listing.id, quantity: 3_000 }],
          zone: 'local',
          paymentMethod: 'cash_on_delivery',
          deliveryPhone: '0861000001',
        },
        now,
      );
      expect(order).toMatchObject({
        shopId: HOUSEHOLD,
        buyerId: 'long-dong/local/b-1',
        status: 'placed',
        zone: 'local',
      });
      if (!order) throw new Error('no order');
      await market.confirm(order.id, seller, now);
      await market.handOver(order.id, 'VTP000111222', seller, now);
      expect(await market.deliver(order.id, now)).toMatchObject({ status: 'completed' });

      // The buyer's zone reaches the server as an address there, and the server's zone comes back the same.
      const [farther] = await market.placeOrder(
        {
          buyerId: 'long-dong/province/b-2',
          lines: [{ listingId: listing.id, quantity: 2_000 }],
          zone: 'province',
          paymentMethod: 'bank_transfer',
          deliveryPhone: '0861000001',
        },
        now,
      );
      expect(farther).toMatchObject({ zone: 'province', buyerId: 'long-dong/province/b-2' });
      if (!farther) throw new Error('no order');
      const buyerActor: Actor = { kind: 'buyer', userId: 'long-dong/province/b-2' };
      expect(await market.cancel(farther.id, 'Người mua đổi ý', buyerActor, now)).toMatchObject({
        status: 'cancelled',
      });

      // A refusal is the domain's error, with the server's code.
      const refusal = await Promise.resolve(
        market.placeOrder(
          {
            buyerId: 'long-dong/elsewhere/b-3',
            lines: [{ listingId: listing.id, quantity: 9_000 }],
            zone: 'elsewhere',
            paymentMethod: 'cash_on_delivery',
            deliveryPhone: '0861000001',
          },
          now,
        ),
      ).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DomainError);
      expect(refusal).toMatchObject({ code: 'order.not_enough_stock' });

      const restocked = await market.addStock(listing.id, 5_000, seller, now);
      expect(restocked).toMatchObject({ shopId: HOUSEHOLD, stock: 12_000 });
      expect(await market.expireUnconfirmed(now)).toEqual([]);
    }, 60_000);

    it('registers each simulated household in the village its id names', async () => {
      const market: Market = new LiveMarket({ url: server.current.url });
      const actor: Actor = { kind: 'seller', userId: 'x', householdId: OTHER_VILLAGE_HOUSEHOLD };
      await market.openShop({ householdId: OTHER_VILLAGE_HOUSEHOLD, name: 'Nông sản Rạ Lá', actor, now });
      const listing = await market.createListing(
        {
          productId: 'dragon-fruit',
          title: 'Thanh long Rạ Lá',
          unitPrice: 26_000,
          stock: 4_000,
          minOrder: 1_000,
        },
        { shopId: OTHER_VILLAGE_HOUSEHOLD, actor, now },
      );
      const view = await server.current.person().client.listings.get.query({ listingId: listing.id });
      expect(view.villageId).toBe('long-dong:ra-la');
    }, 60_000);
  });
}
