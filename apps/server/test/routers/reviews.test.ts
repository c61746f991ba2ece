import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { uploadedPhotoKey } from '../api-world.ts';
import { failure } from '../failure.ts';
import {
  NEIGHBOUR_COMMUNE_CODE,
  NEIGHBOUR_VILLAGE_ID,
  type Person,
  TEST_COMMUNE_CODE,
  type TestServer,
  useTestServer,
} from '../harness.ts';
import { openShopWithListing, placeRequest } from '../order-fixtures.ts';

/** A shop with a listing, and a buyer's order of it taken as far as `until`. */
async function orderUpTo(
  server: TestServer,
  until: 'placed' | 'handed_over' | 'delivered',
  seller?: Person,
  orderedBy?: Person,
) {
  const shop = seller ?? (await server.registerHousehold());
  const listing = seller
    ? (await shop.client.listings.mine.query({})).items[0]
    : await openShopWithListing(shop.client, 100_000);
  if (!listing) throw new Error('no listing');
  const buyer = orderedBy ?? (await server.registerBuyer('Nguyễn Thị Lan'));
  const [order] = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 2_000))).orders;
  if (!order) throw new Error('no order');
  if (until !== 'placed') {
    await shop.client.orders.confirm.mutate({ orderId: order.id });
    await shop.client.orders.handOver.mutate({ orderId: order.id, trackingCode: 'VTP123456789' });
  }
  if (until === 'delivered') await buyer.client.orders.markDelivered.mutate({ orderId: order.id });
  return { seller: shop, buyer, orderId: order.id };
}

for (const dialect of DIALECTS) {
  describe(`ratings and reviews (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('the buyer of a delivered order rates it once; the shop answers once; the shop shows its average', async () => {
      const { seller, buyer, orderId } = await orderUpTo(server.current, 'delivered');
      const review = await buyer.client.reviews.create.mutate({
        orderId,
        rating: 4,
        comment: 'Quả to, ngọt',
      });
      expect(review).toMatchObject({ rating: 4, comment: 'Quả to, ngọt', answer: null, hidden: false });

      const stranger = await server.current.registerBuyer();
      const before = await server.current.dbDump();
      const twice = await failure(buyer.client.reviews.create.mutate({ orderId, rating: 1 }));
      expect(twice.data).toMatchObject({ code: 'CONFLICT', domainCode: 'review.already_reviewed' });
      const notTheirs = await failure(stranger.client.reviews.create.mutate({ orderId, rating: 1 }));
      expect(notTheirs.data).toMatchObject({ code: 'NOT_FOUND' });
      expect(await server.current.dbDump()).toEqual(before);

      await seller.client.reviews.answer.mutate({ orderId, answer: 'Cảm ơn chị Lan!' });
      const again = await failure(seller.client.reviews.answer.mutate({ orderId, answer: 'Lần nữa' }));
      expect(again.data).toMatchObject({ domainCode: 'review.already_answered' });

      const second = await orderUpTo(server.current, 'delivered', seller);
      await second.buyer.client.reviews.create.mutate({ orderId: second.orderId, rating: 5 });
      const shopId = seller.user?.householdId ?? '';
      const page = await server.current.person().client.reviews.forShop.query({ shopId });
      expect(page).toMatchObject({ average: 4.5, count: 2 });
      expect(page.latest.map((r) => r.rating)).toEqual([5, 4]);
      expect(page.latest[1]).toMatchObject({ answer: 'Cảm ơn chị Lan!', buyerName: 'Lan' });
      expect(await buyer.client.reviews.ofOrder.query({ orderId })).toMatchObject({ rating: 4 });

      // A page of listing cards asks for its shops at once: a shop without reviews is not named.
      const quiet = await server.current.registerHousehold();
      const ratings = await server.current.person().client.reviews.ratings.query({
        shopIds: [shopId, quiet.user?.householdId ?? '', 'khong-ton-tai-0001'],
      });
      expect(ratings).toEqual([{ shopId, average: 4.5, count: 2 }]);
    }, 90_000);

    it('a buyer reviews with a photo they uploaded: unseen until sent, then on the shop page; used once', async () => {
      const { seller, buyer, orderId } = await orderUpTo(server.current, 'delivered');
      const key = await uploadedPhotoKey(buyer);
      const photoUrl = `${server.current.url}/photos/${key}`;
      expect((await fetch(photoUrl)).status).toBe(404);
      await buyer.client.reviews.create.mutate({ orderId, rating: 5, comment: 'Quả đẹp', photo: key });
      const served = await fetch(photoUrl);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
      const shopId = seller.user?.householdId ?? '';
      const page = await server.current.person().client.reviews.forShop.query({ shopId });
      expect(page.latest[0]).toMatchObject({ orderId, photo: key });

      // The same buyer's next order: the photo went with the first review and cannot go with another.
      const next = await orderUpTo(server.current, 'delivered', seller, buyer);
      const before = await server.current.dbDump();
      const again = await failure(
        buyer.client.reviews.create.mutate({ orderId: next.orderId, rating: 4, photo: key }),
      );
      expect(again.data).toMatchObject({ code: 'CONFLICT', domainCode: 'photo.already_used' });
      expect(await server.current.dbDump()).toEqual(before);
    }, 90_000);

    it('an order not delivered yet cannot be reviewed', async () => {
      for (const until of ['placed', 'handed_over'] as const) {
        const { buyer, orderId } = await orderUpTo(server.current, until);
        const before = await server.current.dbDump();
        const refused = await failure(buyer.client.reviews.create.mutate({ orderId, rating: 5 }));
        expect(refused.data).toMatchObject({ code: 'CONFLICT', domainCode: 'review.not_delivered' });
        expect(await server.current.dbDump()).toEqual(before);
      }
    }, 60_000);

    it("a helper of the shop's commune hides an abusive review, in the audit log; it leaves the average; a seller or the neighbouring commune's helper cannot hide it", async () => {
      const { seller, buyer, orderId } = await orderUpTo(server.current, 'delivered');
      await buyer.client.reviews.create.mutate({ orderId, rating: 1, comment: 'Lời lẽ thô tục' });
      const shopId = seller.user?.householdId ?? '';
      const refused = await failure(
        seller.client.reviews.hide.mutate({ orderId, reason: 'Tôi không thích' } as never),
      );
      expect(refused.data?.code).toBe('FORBIDDEN');
      const neighbour = await server.current.createHelper({ villageId: NEIGHBOUR_VILLAGE_ID });
      const before = await server.current.dbDump();
      const outside = await failure(
        neighbour.client.reviews.hide.mutate({ orderId, reason: 'Lời lẽ xúc phạm' }),
      );
      expect(outside.data).toMatchObject({ code: 'FORBIDDEN', domainCode: 'review.forbidden' });
      expect(await server.current.dbDump()).toEqual(before);
      const helper = await server.current.createHelper();
      await helper.client.reviews.hide.mutate({ orderId, reason: 'Lời lẽ xúc phạm' });
      const twice = await failure(helper.client.reviews.hide.mutate({ orderId, reason: 'Lần nữa' }));
      expect(twice.data).toMatchObject({ domainCode: 'review.already_hidden' });
      expect(await server.current.person().client.reviews.forShop.query({ shopId })).toMatchObject({
        average: null,
        count: 0,
        latest: [],
      });
      expect(await server.current.person().client.reviews.ratings.query({ shopIds: [shopId] })).toEqual([]);
      const audit = await server.current.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'review.hide')
        .where('household_id', '=', shopId)
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]?.actor_user_id).toBe(helper.user?.id);
      expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ orderId, reason: 'Lời lẽ xúc phạm' });
    }, 60_000);

    it("a commune's official pages through its shops' latest reviews and hides one, which leaves the list; the neighbouring commune's official is refused, the province's official sees them", async () => {
      const first = await orderUpTo(server.current, 'delivered');
      await first.buyer.client.reviews.create.mutate({ orderId: first.orderId, rating: 5, comment: 'Ngọt' });
      server.current.clock.advance(60_000);
      const second = await orderUpTo(server.current, 'delivered');
      await second.buyer.client.reviews.create.mutate({
        orderId: second.orderId,
        rating: 1,
        comment: 'Đồ tồi',
      });
      server.current.clock.advance(60_000);
      // A shop of the neighbouring commune: not in this commune's list.
      const away = await server.current.registerHousehold({ villageId: NEIGHBOUR_VILLAGE_ID });
      await openShopWithListing(away.client, 100_000);
      const far = await orderUpTo(server.current, 'delivered', away);
      await far.buyer.client.reviews.create.mutate({ orderId: far.orderId, rating: 3 });

      const official = await server.current.createOfficial();
      const page1 = await official.client.reviews.ofCommune.query({ limit: 1 });
      expect(page1.items.map((r) => r.orderId)).toEqual([second.orderId]);
      expect(page1.items[0]).toMatchObject({ rating: 1, comment: 'Đồ tồi', buyerName: 'Lan', hidden: false });
      expect(page1.nextCursor).not.toBeNull();
      const page2 = await official.client.reviews.ofCommune.query({
        limit: 1,
        cursor: page1.nextCursor ?? '',
      });
      expect(page2.items.map((r) => r.orderId)).toEqual([first.orderId]);
      // The earlier tests' reviews come after, none of them again.
      const rest = await official.client.reviews.ofCommune.query({ cursor: page2.nextCursor ?? '' });
      expect(rest.items.map((r) => r.orderId)).not.toContain(first.orderId);
      expect(rest.items.map((r) => r.orderId)).not.toContain(second.orderId);

      const neighbour = await server.current.createOfficial('Hoàng Thị Hạnh', {
        communeCode: NEIGHBOUR_COMMUNE_CODE,
      });
      const refused = await failure(
        neighbour.client.reviews.ofCommune.query({ communeCode: TEST_COMMUNE_CODE }),
      );
      expect(refused.data?.code).toBe('FORBIDDEN');
      expect((await neighbour.client.reviews.ofCommune.query({})).items.map((r) => r.orderId)).toEqual([
        far.orderId,
      ]);
      const province = await server.current.createOfficial('Nông Văn Tuấn', { provinceCode: '20' });
      expect(
        (await province.client.reviews.ofCommune.query({ communeCode: TEST_COMMUNE_CODE })).items.map(
          (r) => r.orderId,
        ),
      ).toEqual(expect.arrayContaining([second.orderId, first.orderId]));

      await official.client.reviews.hide.mutate({ orderId: second.orderId, reason: 'Lời lẽ xúc phạm' });
      expect((await official.client.reviews.ofCommune.query({})).items[0]?.orderId).toBe(first.orderId);
    }, 90_000);
  });
}
