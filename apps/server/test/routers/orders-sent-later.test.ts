import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { useTestServer } from '../harness.ts';
import { openShopWithListing, placeRequest } from '../order-fixtures.ts';

for (const dialect of DIALECTS) {
  describe(`order steps sent later from a phone (${dialect})`, () => {
    const server = useTestServer(dialect);

    async function placedOrder() {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 20_000);
      const buyer = await server.current.registerBuyer();
      const [order] = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 2_000))).orders;
      if (!order) throw new Error('no order');
      return { seller, buyer, order };
    }

    it('applies a confirm and a hand-over sent twice each exactly once, in order, against the versions they were made at', async () => {
      const { seller, order } = await placedOrder();
      const confirm = {
        orderId: order.id,
        idempotencyKey: 'phone-confirm-0001',
        expectedVersion: order.version,
      };
      const handOver = {
        orderId: order.id,
        trackingCode: 'VTP123456789',
        idempotencyKey: 'phone-handover-0001',
        // Made on the phone after the confirm, offline: against the version the confirm leads to.
        expectedVersion: order.version + 1,
      };
      const confirmed = await seller.client.orders.confirm.mutate(confirm);
      // The signal dropped before the answer came: the phone sends it again, then the next step, twice.
      expect(await seller.client.orders.confirm.mutate(confirm)).toEqual(confirmed);
      const handed = await seller.client.orders.handOver.mutate(handOver);
      expect(await seller.client.orders.handOver.mutate(handOver)).toEqual(handed);
      expect(handed).toMatchObject({ status: 'handed_over', trackingCode: 'VTP123456789' });
      const { events } = await seller.client.orders.get.query({ orderId: order.id });
      expect(events.map((e) => e.kind)).toEqual(['placed', 'confirmed', 'handed_over']);
    });

    it('refuses a confirm made before the buyer cancelled, saying so, and changes nothing', async () => {
      const { seller, buyer, order } = await placedOrder();
      await buyer.client.orders.cancel.mutate({ orderId: order.id });
      const before = await server.current.dbDump();
      const refused = await failure(
        seller.client.orders.confirm.mutate({
          orderId: order.id,
          idempotencyKey: 'phone-confirm-0002',
          expectedVersion: order.version,
        }),
      );
      expect(refused.data).toMatchObject({ code: 'CONFLICT', domainCode: 'order.cancelled_meanwhile' });
      expect(refused.data?.problems[0]?.vi).toBe(
        `Đơn ${order.reference} đã bị hủy trong lúc chờ gửi (người mua hủy hoặc quá hạn xác nhận). Thao tác của bạn không được áp dụng; không cần làm gì thêm.`,
      );
      expect(await server.current.dbDump()).toEqual(before);
    });

    it('refuses a step made against a version the order has left for another reason', async () => {
      const { seller, order } = await placedOrder();
      await seller.client.orders.confirm.mutate({ orderId: order.id });
      const refused = await failure(
        seller.client.orders.cancel.mutate({
          orderId: order.id,
          reason: 'Hết hàng',
          idempotencyKey: 'phone-cancel-0001',
          expectedVersion: order.version,
        }),
      );
      expect(refused.data).toMatchObject({ code: 'CONFLICT', domainCode: 'order.changed_meanwhile' });
      expect((await seller.client.orders.get.query({ orderId: order.id })).order.status).toBe('confirmed');
    });
  });
}
