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

  it('asks the phone before subscribing: refused, it says alerts are blocked; allowed, it subscribes with the browser and says so when no push service answers', async () => {
    const { household } = await newHousehold(server, {
      helper: { phone: '0389555085', password: 'to-cong-nghe-hoi', displayName: 'Lường Thị Hỏi' },
      household: { head: 'Dương Văn Hỏi', phone: '0389555084', password: 'vuon-thanh-long-hoi' },
    });
    await household.shop.open.mutate({ name: 'Vườn nhà Hỏi' });
    const { page, context } = browser;
    const sentToServer: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/trpc/push.subscribe'))
        sentToServer.push(request.url());
    });
    await signInOnPage(page, `${server.baseUrl}/seller/`, '0389555084', 'vuon-thanh-long-hoi');
    const card = page.locator('section', { has: page.getByRole('heading', { name: 'Thông báo đơn hàng' }) });
    await activeWorker(page);
    // Not allowed (headless Chromium answers the permission prompt with "no"): the card says what to do.
    expect(await page.evaluate(() => Notification.permission)).toBe('default');
    await card.getByRole('button', { name: 'Bật thông báo' }).click();
    await card
      .getByText('Trình duyệt đang chặn thông báo. Hãy cho phép thông báo trong cài đặt của trình duyệt.')
      .waitFor();
    expect(await page.evaluate(() => Notification.permission)).toBe('denied');

    // Allowed: the card asks the browser for a subscription with the server's key. This Chromium has no push
    // service (no Google services, no network to them), so its subscribe call never answers: the card says it is
    // signing up, then that it could not, and nothing reaches the server. (A subscription reaching the server and
    // a real push sent to it: apps/server/test/push-alerts.test.ts.)
    await context.grantPermissions(['notifications'], { origin: server.baseUrl });
    await page.reload();
    await card.getByRole('button', { name: 'Bật thông báo' }).click();
    await card.getByText('Đang đăng ký nhận thông báo cho điện thoại này…').waitFor();
    expect(await page.evaluate(() => Notification.permission)).toBe('granted');
    await saveScreenshot(page, appDir, 'push-subscribing');
    await card.getByText('Chưa bật được thông báo (mạng yếu?). Hãy thử lại.').waitFor({ timeout: 40_000 });
    await card.getByRole('button', { name: 'Bật thông báo' }).waitFor();
    expect(sentToServer).toEqual([]);
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

    // Tapping it opens its page. Headless Chromium draws no notification to tap, so the tap is the event the worker
    // would get (its own notificationclick handler runs: it takes the open window of the app to the order's page).
    await page.goto(`${server.baseUrl}/seller/`);
    await page.getByRole('heading', { name: 'Thông báo đơn hàng' }).waitFor();
    const worker = browser.context.serviceWorkers().find((w) => w.url().endsWith('/seller/sw.js'));
    if (!worker) throw new Error('no seller worker');
    await worker.evaluate(async () => {
      const scope = self as unknown as ServiceWorkerGlobalScope;
      const [shownNow] = await scope.registration.getNotifications();
      if (!shownNow) throw new Error('no notification to tap');
      scope.dispatchEvent(new NotificationEvent('notificationclick', { notification: shownNow }));
    });
    await page.waitForURL(`${server.baseUrl}${notification?.data?.url ?? '-'}`);
    await page.getByRole('heading', { name: order.reference }).first().waitFor();
    await page.getByRole('button', { name: 'Xác nhận đơn' }).waitFor();
    await saveScreenshot(page, appDir, 'push-alert-order');
  });
});
