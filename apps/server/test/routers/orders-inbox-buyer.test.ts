import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../harness.ts';
import { openShopWithListing, placeRequest } from '../order-fixtures.ts';

for (const dialect of DIALECTS) {
  describe(`orders.inbox buyer contact (${dialect})`, () => {
    const server = useTestServer(dialect);

    it("the seller's inbox carries each order's buyer name and phone, to call them; the buyer's own list does not change", async () => {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 20_000);
      const first = await server.current.registerBuyer();
      const second = await server.current.registerBuyer();
      await first.client.orders.place.mutate(placeRequest(listing.id, 2_000));
      await second.client.orders.place.mutate(placeRequest(listing.id, 3_000));

      const inbox = await seller.client.orders.inbox.query();
      expect(inbox.orders).toHaveLength(2);
      const byQuantity = new Map(inbox.orders.map((o) => [o.lines[0]?.quantity, o.buyer]));
      expect(byQuantity.get(2_000)).toEqual({ name: first.user?.displayName, phone: first.user?.phone });
      expect(byQuantity.get(3_000)).toEqual({ name: second.user?.displayName, phone: second.user?.phone });

      const mine = (await first.client.orders.mine.query()).items;
      expect(mine[0]).not.toHaveProperty('buyer');
    });
  });
}
