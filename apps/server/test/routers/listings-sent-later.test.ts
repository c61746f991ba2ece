import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { useTestServer } from '../harness.ts';
import { openShopWithListing, placeRequest } from '../order-fixtures.ts';

for (const dialect of DIALECTS) {
  describe(`listing steps sent later from a phone (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('applies a pause and a resume sent twice each exactly once, against the versions they were made at', async () => {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 20_000);
      const pause = {
        listingId: listing.id,
        action: 'pause' as const,
        idempotencyKey: 'phone-pause-0001',
        expectedVersion: listing.version,
      };
      const paused = await seller.client.listings.setStatus.mutate(pause);
      expect(paused).toMatchObject({ status: 'paused', version: listing.version + 1 });
      // The answer was lost with the signal: the phone sends it again, and the same step changes nothing more.
      const again = await seller.client.listings.setStatus.mutate(pause);
      expect(again).toEqual(paused);
      const resume = {
        listingId: listing.id,
        action: 'resume' as const,
        idempotencyKey: 'phone-resume-0001',
        expectedVersion: listing.version + 1,
      };
      const resumed = await seller.client.listings.setStatus.mutate(resume);
      expect(await seller.client.listings.setStatus.mutate(resume)).toEqual(resumed);
      expect(resumed).toMatchObject({ status: 'active', version: listing.version + 2 });
      const activity = await seller.client.households.activity.query({});
      const changes = activity.filter((entry) => entry.action === 'listing.set_status');
      expect(changes.map((entry) => entry.details.action)).toEqual(['resume', 'pause']);
    });

    it('refuses a pause made before the listing changed elsewhere, naming it, and changes nothing', async () => {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 20_000);
      // Meanwhile, on another phone, the seller marks it sold out.
      await seller.client.listings.setStatus.mutate({ listingId: listing.id, action: 'mark_sold_out' });
      const before = await server.current.dbDump();
      const refused = await failure(
        seller.client.listings.setStatus.mutate({
          listingId: listing.id,
          action: 'pause',
          idempotencyKey: 'phone-pause-0002',
          expectedVersion: listing.version,
        }),
      );
      expect(refused.data).toMatchObject({ code: 'CONFLICT', domainCode: 'listing.changed_meanwhile' });
      expect(refused.data?.problems[0]?.vi).toBe(
        'Tin “Thanh long ruột đỏ” đã thay đổi trong lúc chờ gửi. Thao tác của bạn không được áp dụng; hãy xem lại tin rồi làm lại nếu cần.',
      );
      expect(await server.current.dbDump()).toEqual(before);
    });

    it('applies a pause made against the status the seller saw while buyers ordered meanwhile, and refuses one made against another status', async () => {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 20_000);
      const buyer = await server.current.registerBuyer();
      // A buyer's order moves the stock (and the version) while the seller's pause waits on the phone.
      await buyer.client.orders.place.mutate(placeRequest(listing.id, 2_000));
      const pause = {
        listingId: listing.id,
        action: 'pause' as const,
        idempotencyKey: 'phone-pause-0003',
        expectedStatus: 'active' as const,
      };
      const paused = await seller.client.listings.setStatus.mutate(pause);
      expect(paused).toMatchObject({ status: 'paused', stock: 18_000 });
      expect(await seller.client.listings.setStatus.mutate(pause)).toEqual(paused);
      const before = await server.current.dbDump();
      // Made on another phone that still saw it on sale: the listing is paused already, nothing is applied.
      const refused = await failure(
        seller.client.listings.setStatus.mutate({
          listingId: listing.id,
          action: 'mark_sold_out',
          idempotencyKey: 'phone-soldout-0001',
          expectedStatus: 'active',
        }),
      );
      expect(refused.data).toMatchObject({ code: 'CONFLICT', domainCode: 'listing.changed_meanwhile' });
      expect(await server.current.dbDump()).toEqual(before);
    });

    it('refuses a key that is not letters, digits, dashes or underscores, changing nothing', async () => {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 20_000);
      const refused = await failure(
        seller.client.listings.setStatus.mutate({
          listingId: listing.id,
          action: 'pause',
          idempotencyKey: 'phone%pause',
        }),
      );
      expect(refused.data?.code).toBe('BAD_REQUEST');
      expect((await seller.client.listings.mine.query({}))[0]?.status).toBe('active');
    });
  });
}
