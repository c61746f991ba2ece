import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orderAlert, villageAddress } from '@nongsan/domain';
import {
  activeWorker,
  browserSkipReason,
  newHousehold,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  signInOnPage,
  signInToApi,
  signUpBuyer,
  startServer,
} from '@nongsan/ui/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

interface ShownNotification {
  readonly title: string;
  readonly body: string;
  readonly tag: string;
  readonly data: { url?: string } | null;
}

describe.skipIf(skipReason !== null)('a push alert reaches the seller app (Chromium)', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;
  const phone = '0389555081';
  const password = 'vuon-thanh-long-push';

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/sw.js'),
      'build the seller app first (pnpm --filter @nongsan/seller build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a new order pushed to the worker as a Vietnamese notification whose page is the order', async () => {
    const { household } = await newHousehold(server, {
      helper: { phone: '0389555082', password: 'to-cong-nghe-push', displayName: 'Lường Thị Push' },
      household: { head: 'Dương Văn Báo', phone, password },
    });
    await household.shop.open.mutate({ name: 'Vườn nhà Báo' });
    const listing = await household.listings.create.mutate({
      listing: {
        productId: 'dragon-fruit',
        title: 'Thanh long',
        unitPrice: 28_000,
        stock: 20_000,
        minOrder: 1_000,
      },
      publish: true,
    });
    const [mine] = await household.households.mine.query();
    await signUpBuyer(server.baseUrl, {
      phone: '0389555083',
      password: 'nguoi-mua-push',
      displayName: 'Hà Thị Mua',
    });
    const buyer = await signInToApi(server.baseUrl, '0389555083', 'nguoi-mua-push');
    const [order] = (
      await buyer.orders.place.mutate({
        idempotencyKey: 'push-alert-1',
        lines: [{ listingId: listing.id, quantity: 2_000 }],
        deliveryAddress: villageAddress(mine?.villageId ?? '', 'current'),
        deliveryPhone: '0971 234 567',
        paymentMethod: 'cash_on_delivery',
      })
    ).orders;
    if (!order) throw new Error('no order placed');

    const { page, context } = browser;
    await context.grantPermissions(['notifications'], { origin: server.baseUrl });
    await signInOnPage(page, `${server.baseUrl}/seller/`, phone, password);
    // The household's home offers the alerts (this headless browser has no push service to subscribe with).
    await page.getByRole('heading', { name: 'Thông báo đơn hàng' }).waitFor();
    await page.getByRole('button', { name: 'Bật thông báo' }).waitFor();
    await activeWorker(page);

    // What the server's order alerts job sends for this order (apps/server/test/push-alerts.test.ts decrypts it).
    const alert = orderAlert(
      'new_order',
      { id: order.id, total: order.totals.total, shopName: 'Vườn nhà Báo' },
      {
        helperOf: null,
      },
    );
    const payload = { title: alert.title, body: alert.body, url: `/seller${alert.path}`, tag: alert.tag };
    const cdp = await context.newCDPSession(page);
    const registrations: { registrationId: string; scopeURL: string }[] = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => registrations.push(...event.registrations));
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.some((r) => r.scopeURL === `${server.baseUrl}/seller/`)).toBe(true);
    const registration = registrations.find((r) => r.scopeURL === `${server.baseUrl}/seller/`);
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: `${server.baseUrl}/`,
      registrationId: registration?.registrationId ?? '',
      data: JSON.stringify(payload),
    });

    const shown = async (): Promise<ShownNotification[]> =>
      page.evaluate(async () => {
        const ready = await navigator.serviceWorker.ready;
        return (await ready.getNotifications()).map((n) => ({
          title: n.title,
          body: n.body,
          tag: n.tag,
          data: n.data,
        }));
      });
    await expect.poll(async () => (await shown()).length).toBe(1);
    const [notification] = await shown();
    expect(notification).toEqual({
      title: `Đơn hàng mới ${order.reference}`,
      body: alert.body,
      tag: `order:${order.id}`,
      data: { url: `/seller/orders/${encodeURIComponent(order.id)}` },
    });

    // Tapping it opens its page (the worker's notificationclick navigates there): the order, ready to confirm.
    await page.goto(`${server.baseUrl}${notification?.data?.url ?? ''}`);
    await page.getByRole('heading', { name: order.reference }).first().waitFor();
    await page.getByRole('button', { name: 'Xác nhận đơn' }).waitFor();
    await saveScreenshot(page, appDir, 'push-alert-order');
  });
});
