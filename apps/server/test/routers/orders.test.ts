import { DIALECTS } from '@nongsan/db/testing';
import { parseVietQr } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { type Person, type TestServer, useTestServer } from '../harness.ts';
import { openShopWithListing, placeRequest, TEST_DELIVERY_PHONE } from '../order-fixtures.ts';

/** A seller with an open shop and one dragon-fruit listing on sale with `stock` grams. */
async function sellerWithListing(server: TestServer, stock: number) {
  const seller = await server.registerHousehold();
  return { seller, listing: await openShopWithListing(seller.client, stock) };
}

async function stockOf(person: Person, listingId: string): Promise<number> {
  return (await person.client.listings.get.query({ listingId })).stock;
}

for (const dialect of DIALECTS) {
  describe(`orders (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('200 concurrent orders of 3 kg for 50 kg: exactly 16 succeed, the rest hear there is not enough', async () => {
      const { seller, listing } = await sellerWithListing(server.current, 50_000);
      const buyers = await Promise.all(Array.from({ length: 10 }, () => server.current.registerBuyer()));
      const calls = Array.from({ length: 200 }, (_, i) => {
        const buyer = buyers[i % buyers.length] as Person;
        return buyer.client.orders.place.mutate(placeRequest(listing.id, 3_000));
      });
      const results = await Promise.allSettled(calls);
      const succeeded = results.filter((r) => r.status === 'fulfilled');
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(succeeded).toHaveLength(16);
      expect(refused).toHaveLength(184);
      for (const error of refused) {
        expect(error).toMatchObject({ data: { code: 'CONFLICT', domainCode: 'order.not_enough_stock' } });
      }
      expect(await stockOf(seller, listing.id)).toBe(2_000);
      const inbox = await seller.client.orders.inbox.query();
      expect(inbox.orders).toHaveLength(16);
      expect(inbox.orders.every((o) => o.status === 'placed' && o.lines[0]?.quantity === 3_000)).toBe(true);
    }, 120_000);

    it('the same request 5 times at once and 5 times in a row places one order; another body is a conflict', async () => {
      const { seller, listing } = await sellerWithListing(server.current, 20_000);
      const buyer = await server.current.registerBuyer();
      const request = placeRequest(listing.id, 2_000);
      const parallel = await Promise.all(
        Array.from({ length: 5 }, () => buyer.client.orders.place.mutate(request)),
      );
      const sequential = [];
      for (let i = 0; i < 5; i += 1) sequential.push(await buyer.client.orders.place.mutate(request));
      const ids = new Set([...parallel, ...sequential].flatMap((r) => r.orders.map((o) => o.id)));
      expect(ids.size).toBe(1);
      expect((await buyer.client.orders.mine.query()).items).toHaveLength(1);
      expect(await stockOf(seller, listing.id)).toBe(18_000);

      const before = await server.current.dbDump();
      const conflict = await failure(
        buyer.client.orders.place.mutate({ ...request, lines: [{ listingId: listing.id, quantity: 4_000 }] }),
      );
      expect(conflict.data).toMatchObject({ code: 'CONFLICT', domainCode: 'order.idempotency_conflict' });
      expect(await server.current.dbDump()).toEqual(before);

      // The key is the buyer's own: another buyer using the same key places their own order.
      const other = await server.current.registerBuyer();
      const theirs = await other.client.orders.place.mutate(request);
      expect(theirs.orders[0]?.id).not.toBe([...ids][0]);
      expect(await stockOf(seller, listing.id)).toBe(16_000);
    }, 60_000);

    it("keeps the phone to call on delivery that the buyer gave, beside the buyer's own on the seller's side", async () => {
      const { seller, listing } = await sellerWithListing(server.current, 20_000);
      const buyer = await server.current.registerBuyer();
      const request = { ...placeRequest(listing.id, 2_000), deliveryPhone: '+84 97 123 4567' };
      const [order] = (await buyer.client.orders.place.mutate(request)).orders;
      if (!order) throw new Error('no order');
      expect(order.deliveryPhone).toBe(TEST_DELIVERY_PHONE);
      expect(TEST_DELIVERY_PHONE).not.toBe(buyer.phone);
      expect((await buyer.client.orders.get.query({ orderId: order.id })).order.deliveryPhone).toBe(
        TEST_DELIVERY_PHONE,
      );
      expect((await buyer.client.orders.mine.query()).items.map((o) => o.deliveryPhone)).toEqual([
        TEST_DELIVERY_PHONE,
      ]);
      const [card] = (await seller.client.orders.inbox.query()).orders;
      expect(card).toMatchObject({ deliveryPhone: TEST_DELIVERY_PHONE, buyer: { phone: buyer.phone } });

      // The same number written another way is the same checkout; another number under the key is a conflict.
      const replayed = await buyer.client.orders.place.mutate({ ...request, deliveryPhone: '097 123 4567' });
      expect(replayed.orders.map((o) => o.id)).toEqual([order.id]);
      const before = await server.current.dbDump();
      const conflict = await failure(
        buyer.client.orders.place.mutate({ ...request, deliveryPhone: '0987654321' }),
      );
      expect(conflict.data).toMatchObject({ code: 'CONFLICT', domainCode: 'order.idempotency_conflict' });

      // A number nobody can call places nothing and says so at the field.
      const bad = await failure(
        buyer.client.orders.place.mutate({
          ...placeRequest(listing.id, 2_000),
          deliveryPhone: '0123 456 789',
        }),
      );
      expect(bad.data).toMatchObject({ code: 'BAD_REQUEST' });
      expect(bad.data?.problems?.map((p) => [p.path.join('.'), p.code])).toEqual([
        ['deliveryPhone', 'phone.unknown_prefix'],
      ]);
      expect(bad.data?.problems?.[0]?.vi).toContain('Đầu số 012');
      expect(await server.current.dbDump()).toEqual(before);
    }, 60_000);

    it('goes placed → confirmed → handed over → completed, with the history of who did what', async () => {
      const { seller, listing } = await sellerWithListing(server.current, 10_000);
      const buyer = await server.current.registerBuyer();
      const [order] = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 3_000))).orders;
      if (!order) throw new Error('no order');
      expect(order).toMatchObject({ status: 'placed', totals: { subtotal: 84_000 }, zone: 'local' });

      const inbox = await seller.client.orders.inbox.query();
      expect(inbox.orders[0]?.id).toBe(order.id);
      const { version } = await seller.client.orders.inboxVersion.query();
      expect(version).toBe(inbox.version);

      await seller.client.orders.adjustWeight.mutate({
        orderId: order.id,
        lineIndex: 0,
        packedQuantity: 3_300,
      });
      expect(await stockOf(seller, listing.id)).toBe(6_700);
      const confirmed = await seller.client.orders.confirm.mutate({ orderId: order.id });
      expect(confirmed).toMatchObject({ status: 'confirmed', totals: { subtotal: 92_400 } });
      await seller.client.orders.handOver.mutate({ orderId: order.id, trackingCode: 'vtp123456789' });
      const done = await buyer.client.orders.markDelivered.mutate({ orderId: order.id });
      expect(done).toMatchObject({
        status: 'completed',
        trackingCode: 'VTP123456789',
        payment: { status: 'paid' },
      });

      const page = await buyer.client.orders.get.query({ orderId: order.id });
      expect(page.events.map((e) => [e.kind, e.actor.kind])).toEqual([
        ['placed', 'buyer'],
        ['weight_adjusted', 'seller'],
        ['confirmed', 'seller'],
        ['handed_over', 'seller'],
        ['delivered', 'buyer'],
      ]);
      expect(page.actions).toEqual([]);
      expect(await seller.client.orders.inboxVersion.query()).not.toEqual({ version });

      // A step that no longer applies is a conflict, and a stranger sees nothing.
      const again = await failure(seller.client.orders.confirm.mutate({ orderId: order.id }));
      expect(again.data).toMatchObject({ code: 'CONFLICT', domainCode: 'order.illegal_transition' });
      const stranger = await server.current.registerBuyer();
      const hidden = await failure(stranger.client.orders.get.query({ orderId: order.id }));
      expect(hidden.data).toMatchObject({ code: 'NOT_FOUND' });
    }, 60_000);

    it('a buyer cannot hold more than the per-buyer cap on open orders; a cancelled order frees it, others are not held', async () => {
      const seller = await server.current.registerHousehold();
      await seller.client.shop.open.mutate({ name: 'Vườn nhà Thắng' });
      const dragonFruit = {
        productId: 'dragon-fruit' as const,
        title: 'Thanh long ruột đỏ',
        unitPrice: 28_000,
        stock: 50_000,
        minOrder: 1_000,
        perBuyerCap: 5_000,
      };
      const listing = await seller.client.listings.create.mutate({ listing: dragonFruit, publish: true });
      const other = await seller.client.listings.create.mutate({
        listing: { ...dragonFruit, title: 'Thanh long lô 2' },
        publish: true,
      });
      const buyer = await server.current.registerBuyer();
      const [first] = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 3_000))).orders;
      if (!first) throw new Error('no order');

      const before = await server.current.dbDump();
      const over = await failure(buyer.client.orders.place.mutate(placeRequest(listing.id, 3_000)));
      expect(over.data).toMatchObject({ code: 'BAD_REQUEST', domainCode: 'order.over_buyer_cap' });
      expect(over.data?.problems?.[0]?.params).toMatchObject({ cap: 5, remaining: 2 });
      expect(await server.current.dbDump()).toEqual(before);

      // The cap is per listing and per buyer: the same buyer on another listing, another buyer on this one.
      await buyer.client.orders.place.mutate(placeRequest(other.id, 5_000));
      const neighbour = await server.current.registerBuyer();
      await neighbour.client.orders.place.mutate(placeRequest(listing.id, 5_000));
      await buyer.client.orders.place.mutate(placeRequest(listing.id, 2_000));

      await buyer.client.orders.cancel.mutate({ orderId: first.id });
      await buyer.client.orders.place.mutate(placeRequest(listing.id, 3_000));
      expect(await stockOf(seller, listing.id)).toBe(40_000);
    }, 60_000);

    it('gives the stock back when the buyer cancels and when delivery fails; a seller must say why', async () => {
      const { seller, listing } = await sellerWithListing(server.current, 10_000);
      const buyer = await server.current.registerBuyer();
      const [first] = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 4_000))).orders;
      const [second] = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 5_000))).orders;
      if (!first || !second) throw new Error('no order');
      expect(await stockOf(seller, listing.id)).toBe(1_000);

      const cancelled = await buyer.client.orders.cancel.mutate({ orderId: first.id });
      expect(cancelled.status).toBe('cancelled');
      expect(await stockOf(seller, listing.id)).toBe(5_000);

      const noReason = await failure(seller.client.orders.cancel.mutate({ orderId: second.id }));
      expect(noReason.data).toMatchObject({ domainCode: 'order.reason_required' });
      await seller.client.orders.confirm.mutate({ orderId: second.id });
      await seller.client.orders.handOver.mutate({ orderId: second.id, trackingCode: 'VTP987654321' });
      const buyerCannot = await failure(buyer.client.orders.cancel.mutate({ orderId: second.id }));
      expect(buyerCannot.data).toMatchObject({ code: 'CONFLICT' });
      const failed = await seller.client.orders.markDeliveryFailed.mutate({
        orderId: second.id,
        reason: 'Người nhận không nghe máy',
      });
      expect(failed).toMatchObject({ status: 'delivery_failed', closeReason: 'Người nhận không nghe máy' });
      expect(await stockOf(seller, listing.id)).toBe(10_000);
    }, 60_000);

    it('the last grams sold mark the listing sold out and a cancel puts it back; the answer is the order as stored', async () => {
      const { seller, listing } = await sellerWithListing(server.current, 4_000);
      const buyer = await server.current.registerBuyer();
      const request = placeRequest(listing.id, 4_000);
      const placed = await buyer.client.orders.place.mutate(request);
      const [order] = placed.orders;
      if (!order) throw new Error('no order');
      expect((await buyer.client.orders.get.query({ orderId: order.id })).order).toEqual(order);
      expect((await buyer.client.orders.mine.query()).items[0]).toEqual(order);
      const soldOut = await seller.client.listings.get.query({ listingId: listing.id });
      expect(soldOut).toMatchObject({ stock: 0, status: 'sold_out' });

      await buyer.client.orders.cancel.mutate({ orderId: order.id });
      const back = await seller.client.listings.get.query({ listingId: listing.id });
      expect(back).toMatchObject({ stock: 4_000, status: 'active' });
      // The same checkout sent again is answered as the first time, from the stored answer.
      expect(await buyer.client.orders.place.mutate(request)).toEqual(placed);
    }, 60_000);

    it('a bank-transfer order is completed when delivered and then marked paid', async () => {
      const { seller, listing } = await sellerWithListing(server.current, 10_000);
      const buyer = await server.current.registerBuyer();
      const bankTransfer = () => ({
        ...placeRequest(listing.id, 2_000),
        paymentMethod: 'bank_transfer' as const,
      });
      // One way for the whole cart is checked against the shop as a per-shop choice is: no bank account, no order.
      const noAccount = await failure(buyer.client.orders.place.mutate(bankTransfer()));
      expect(noAccount.data).toMatchObject({ domainCode: 'payment.method_not_accepted' });
      expect(noAccount.data?.problems?.[0]?.path).toEqual(['paymentMethods', listing.shopId]);
      await seller.client.households.addPaymentAccount.mutate({
        account: { kind: 'bank', bin: '970436', accountNumber: '0123456789', holderName: 'Hoàng Văn Thắng' },
        makeDefault: true,
      });
      const [order] = (await buyer.client.orders.place.mutate(bankTransfer())).orders;
      if (!order) throw new Error('no order');
      const qr = await buyer.client.payments.vietQr.query({ orderId: order.id });
      expect(qr).toMatchObject({ amount: order.totals.total, bin: '970436', accountNumber: '0123456789' });
      expect(parseVietQr(qr.payload)).toMatchObject({
        amount: order.totals.total,
        purpose: `${order.reference} NONGSAN`,
      });

      await seller.client.orders.confirm.mutate({ orderId: order.id });
      await seller.client.orders.handOver.mutate({ orderId: order.id, trackingCode: 'VTP111222333' });
      expect((await seller.client.orders.markDelivered.mutate({ orderId: order.id })).status).toBe(
        'delivered',
      );
      const paid = await seller.client.orders.markPaid.mutate({ orderId: order.id });
      expect(paid).toMatchObject({
        status: 'completed',
        payment: { status: 'paid', paidAmount: order.totals.total },
      });
    }, 60_000);
  });
}
