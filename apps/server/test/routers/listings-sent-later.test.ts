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
      const activity = (await seller.client.households.activity.query({})).items;
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

    it('sets the stock a seller typed on the phone exactly once, however often it is sent', async () => {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 20_000);
      const restock = {
        listingId: listing.id,
        stock: 35_000,
        expectedStock: 20_000,
        idempotencyKey: 'phone-stock-0001',
      };
      const restocked = await seller.client.listings.setStock.mutate(restock);
      expect(restocked).toMatchObject({ stock: 35_000, status: 'active', version: listing.version + 1 });
      // The answer was lost with the signal; meanwhile a buyer orders 2 kg. Sent again, the step changes nothing.
      const buyer = await server.current.registerBuyer();
      await buyer.client.orders.place.mutate(placeRequest(listing.id, 2_000));
      const again = await seller.client.listings.setStock.mutate(restock);
      expect(again).toMatchObject({ stock: 33_000 });
      const activity = (await seller.client.households.activity.query({})).items;
      const changes = activity.filter((entry) => entry.action === 'listing.set_stock');
      expect(changes.map((entry) => entry.details.stock)).toEqual([{ from: 20_000, to: 35_000 }]);
    });

    it('explains with the numbers when buyers moved the stock while the new stock waited, and changes nothing', async () => {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 12_000);
      const buyer = await server.current.registerBuyer();
      await buyer.client.orders.place.mutate(placeRequest(listing.id, 3_000));
      const before = await server.current.dbDump();
      const refused = await failure(
        seller.client.listings.setStock.mutate({
          listingId: listing.id,
          stock: 20_000,
          expectedStock: 12_000,
          idempotencyKey: 'phone-stock-0002',
        }),
      );
      expect(refused.data).toMatchObject({ code: 'CONFLICT', domainCode: 'listing.stock_moved_meanwhile' });
      expect(refused.data?.problems[0]?.vi).toBe(
        'Số hàng còn của “Thanh long ruột đỏ” đã đổi trong lúc chờ gửi: lúc bạn sửa là 12 kg, bây giờ là 9 kg (có đơn đặt hoặc hủy trong lúc đó). Số 20 kg bạn nhập chưa được lưu; hãy xem lại rồi nhập lại.',
      );
      expect(await server.current.dbDump()).toEqual(before);
      // Looked at again, the seller sets it against the stock as it is now.
      const restocked = await seller.client.listings.setStock.mutate({
        listingId: listing.id,
        stock: 20_000,
        expectedStock: 9_000,
        idempotencyKey: 'phone-stock-0003',
      });
      expect(restocked.stock).toBe(20_000);
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
      expect((await seller.client.listings.mine.query({})).items[0]?.status).toBe('active');
    });
  });
}
