import { Agent } from 'node:https';
import { DIALECTS } from '@nongsan/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrderAlerts } from '../src/jobs/order-alerts.ts';
import { generateVapidKeys } from '../src/push/vapid-keys.ts';
import { webPushSender } from '../src/push/web-push-sender.ts';
import { useTestServer } from './harness.ts';
import { openShopWithListing, placeRequest } from './order-fixtures.ts';
import {
  decryptPush,
  PUSH_SERVICE_CA,
  startPushService,
  type TestPushService,
  verifiedVapid,
} from './push-service.ts';

const HOUR = 3_600_000;
const VAPID = { ...generateVapidKeys(), subject: 'mailto:hotro@nongsan.local' };

for (const dialect of DIALECTS) {
  describe(`push alerts about orders (${dialect})`, () => {
    const server = useTestServer(dialect);
    let push: TestPushService;

    beforeAll(async () => {
      push = await startPushService();
    });
    afterAll(async () => {
      await push?.close();
    });

    it('pushes a new order, "12 hours left" and the buyer cancelling, encrypted and signed, to the household and its helper; a gone device is forgotten', async () => {
      const { clock, database } = server.current;
      const seller = await server.current.registerHousehold({ name: 'Hoàng Văn Thắng' });
      const householdId = seller.user?.householdId ?? '';
      const listing = await openShopWithListing(seller.client, 20_000);
      const official = await server.current.createOfficial();
      const helper = await server.current.createHelper({ official });
      await official.client.households.assignHelper.mutate({ householdId, helperId: helper.user?.id ?? '' });

      const phone = push.device('accept');
      const helperPhone = push.device('accept');
      const oldPhone = push.device('gone');
      await seller.client.push.subscribe.mutate({ ...phone, device: 'Android · Chrome' });
      expect(await helper.client.push.subscribe.mutate(helperPhone)).toEqual({ devices: 1 });
      expect(await helper.client.push.subscribe.mutate(oldPhone)).toEqual({ devices: 2 });
      const buyer = await server.current.registerBuyer();
      const placed = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 2_000))).orders[0];
      if (!placed) throw new Error('no order');

      const sender = webPushSender(VAPID, { agent: new Agent({ ca: PUSH_SERVICE_CA }) });
      const deps = { db: database.db, clock, sender };
      const [first, second] = [
        startOrderAlerts(deps, { intervalMs: HOUR }),
        startOrderAlerts(deps, { intervalMs: HOUR }),
      ];
      try {
        // Two server processes: the alert goes out once, to the three devices; the gone one is forgotten.
        const runs = await Promise.all([first.runOnce(), second.runOnce()]);
        expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(2);
        expect(runs.reduce((sum, run) => sum + run.removed, 0)).toBe(1);
        expect(push.received.map((r) => r.path).sort()).toEqual(
          [phone, helperPhone, oldPhone].map((d) => new URL(d.endpoint).pathname).sort(),
        );
        const rows = await database.db.selectFrom('push_subscriptions').select('endpoint').execute();
        expect(rows.map((r) => r.endpoint).sort()).toEqual([phone.endpoint, helperPhone.endpoint].sort());

        const toPhone = push.received.find((r) => r.path === new URL(phone.endpoint).pathname);
        if (!toPhone) throw new Error('nothing reached the phone');
        expect(toPhone.headers['content-encoding']).toBe('aes128gcm');
        expect(toPhone.headers.urgency).toBe('high');
        expect(toPhone.headers.ttl).toBe(String(12 * 3600));
        const vapid = verifiedVapid(String(toPhone.headers.authorization));
        expect(vapid.publicKey).toBe(VAPID.publicKey);
        expect(vapid.claims).toMatchObject({ aud: push.origin, sub: VAPID.subject });
        expect(Number(vapid.claims.exp)).toBeGreaterThan(Date.now() / 1000);
        const message = JSON.parse(decryptPush(phone, toPhone.body));
        expect(message).toEqual({
          title: `Đơn hàng mới ${placed.reference}`,
          body: `${new Intl.NumberFormat('vi-VN').format(placed.totals.total)}\u00a0₫. Hãy xác nhận trong vòng 24 giờ, nếu không đơn sẽ tự hủy.`,
          url: `/seller/orders/${encodeURIComponent(placed.id)}`,
          tag: `order:${placed.id}`,
        });
        const toHelper = push.received.find((r) => r.path === new URL(helperPhone.endpoint).pathname);
        const helperMessage = JSON.parse(decryptPush(helperPhone, toHelper?.body ?? Buffer.alloc(0)));
        expect(helperMessage.title).toBe(`Đơn hàng mới ${placed.reference} (Vườn nhà Thắng)`);
        expect(helperMessage.url).toBe(
          `/seller/households/${encodeURIComponent(householdId)}/orders/${encodeURIComponent(placed.id)}`,
        );

        // Nothing again until something happens.
        expect(await first.runOnce()).toEqual({ sent: 0, removed: 0 });
        // Half of the 24 hours gone: one reminder, once.
        clock.advance(12 * HOUR);
        push.received.length = 0;
        const reminded = await Promise.all([first.runOnce(), second.runOnce()]);
        expect(reminded.reduce((sum, run) => sum + run.sent, 0)).toBe(2);
        expect(
          JSON.parse(
            decryptPush(phone, push.received.find((r) => r.path.includes('/ok/'))?.body ?? Buffer.alloc(0)),
          ).title,
        ).toMatch(/^Còn 12 giờ để xác nhận đơn DH/);
        // The buyer cancels.
        push.received.length = 0;
        await buyer.client.orders.cancel.mutate({ orderId: placed.id });
        expect((await first.runOnce()).sent).toBe(2);
        const cancelled = push.received.find((r) => r.path === new URL(phone.endpoint).pathname);
        expect(JSON.parse(decryptPush(phone, cancelled?.body ?? Buffer.alloc(0))).title).toBe(
          `Người mua đã hủy đơn ${placed.reference}`,
        );
      } finally {
        first.stop();
        second.stop();
      }
    });

    it('never lets a failing push service touch an order, and turns a device off for its own login only', async () => {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 5_000);
      // A push service that does not answer at all.
      const unreachable = { ...push.device('accept'), endpoint: 'https://127.0.0.1:9/nowhere' };
      await seller.client.push.subscribe.mutate(unreachable);
      const buyer = await server.current.registerBuyer();
      const placed = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 1_000))).orders[0];
      const sender = webPushSender(VAPID, { timeoutMs: 1_000 });
      const job = startOrderAlerts({ db: server.current.database.db, clock: server.current.clock, sender });
      try {
        expect(await job.runOnce()).toEqual({ sent: 0, removed: 0 });
      } finally {
        job.stop();
      }
      expect((await buyer.client.orders.get.query({ orderId: placed?.id ?? '' })).order.status).toBe(
        'placed',
      );
      // Another login cannot turn this device off; its own can.
      const other = await server.current.registerHousehold();
      expect(await other.client.push.unsubscribe.mutate({ endpoint: unreachable.endpoint })).toEqual({
        devices: 0,
      });
      expect(await seller.client.push.unsubscribe.mutate({ endpoint: unreachable.endpoint })).toEqual({
        devices: 0,
      });
      await expect(
        seller.client.push.subscribe.mutate({ ...unreachable, endpoint: 'http://insecure.example/x' }),
      ).rejects.toThrow();
    });
  });
}
