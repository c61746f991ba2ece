import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiClient } from '@nongsan/api-client';
import { villageAddress } from '@nongsan/domain';
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

describe.skipIf(skipReason !== null)('seller steps made without a signal (Chromium, offline)', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;
  let household: ApiClient;
  let buyer: ApiClient;
  let listingId: string;
  let villageId: string;
  let placed = 0;
  const phone = '0389555091';
  const password = 'vuon-thanh-long-mat-song';

  async function place() {
    placed += 1;
    const [order] = (
      await buyer.orders.place.mutate({
        idempotencyKey: `offline-steps-${placed}`,
        lines: [{ listingId, quantity: 1_000 }],
        deliveryAddress: villageAddress(villageId, 'current'),
        deliveryPhone: '0971 234 567',
        paymentMethod: 'cash_on_delivery',
      })
    ).orders;
    if (!order) throw new Error('no order placed');
    return order;
  }

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/sw.js'),
      'build the seller app first (pnpm --filter @nongsan/seller build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
    ({ household } = await newHousehold(server, {
      helper: { phone: '0389555092', password: 'to-cong-nghe-mat-song', displayName: 'Lường Thị Sóng' },
      household: { head: 'Dương Văn Núi', phone, password },
    }));
    await household.shop.open.mutate({ name: 'Vườn nhà Núi' });
    listingId = (
      await household.listings.create.mutate({
        listing: {
          productId: 'dragon-fruit',
          title: 'Thanh long',
          unitPrice: 28_000,
          stock: 20_000,
          minOrder: 1_000,
        },
        publish: true,
      })
    ).id;
    villageId = (await household.households.mine.query())[0]?.villageId ?? '';
    await signUpBuyer(server.baseUrl, {
      phone: '0389555093',
      password: 'nguoi-mua-mat-song',
      displayName: 'Hà Mua',
    });
    buyer = await signInToApi(server.baseUrl, '0389555093', 'nguoi-mua-mat-song');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('confirms and hands over offline, keeps both waiting across a reload, and sends each exactly once when online', async () => {
    const order = await place();
    const { page, context } = browser;
    await signInOnPage(page, `${server.baseUrl}/seller/`, phone, password);
    await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
    const card = page.locator(`[data-order="${order.reference}"]`);
    await card.waitFor();
    await activeWorker(page);
    // Seen once with the worker in place, so the inbox is saved for the offline reload.
    await page.reload();
    await card.waitFor();

    await context.setOffline(true);
    try {
      await card.getByRole('button', { name: 'Xác nhận đơn' }).click();
      await card.getByText('Đang chờ gửi: Xác nhận đơn').waitFor();
      await card.getByLabel('Mã vận đơn').fill('VTP987654321');
      await card.getByRole('button', { name: 'Đã giao cho bưu điện' }).click();
      await card.getByText('Đang chờ gửi: Đã giao cho bưu điện').waitFor();
      await page.reload();
      await page.getByText('Đang mất mạng: đây là dữ liệu đã lưu lần trước.').waitFor();
      await card.getByText('Đang chờ gửi: Xác nhận đơn').waitFor();
      await card.getByText('Đang chờ gửi: Đã giao cho bưu điện').waitFor();
      await saveScreenshot(page, appDir, 'offline-steps-waiting');
      expect((await household.orders.get.query({ orderId: order.id })).order.status).toBe('placed');
    } finally {
      await context.setOffline(false);
    }
    await expect.poll(() => card.locator('[data-waiting]').count()).toBe(0);
    const { order: after, events } = await household.orders.get.query({ orderId: order.id });
    expect(after).toMatchObject({ status: 'handed_over', trackingCode: 'VTP987654321' });
    expect(events.map((e) => e.kind)).toEqual(['placed', 'confirmed', 'handed_over']);
  });

  it('explains plainly when the buyer cancelled while the confirm waited, and applies nothing', async () => {
    const order = await place();
    const { page, context } = browser;
    await page.reload();
    const card = page.locator(`[data-order="${order.reference}"]`);
    await card.waitFor();
    await context.setOffline(true);
    try {
      await card.getByRole('button', { name: 'Xác nhận đơn' }).click();
      await card.getByText('Đang chờ gửi: Xác nhận đơn').waitFor();
      await buyer.orders.cancel.mutate({ orderId: order.id });
    } finally {
      await context.setOffline(false);
    }
    const refused = page.locator('[data-refused]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      `Đơn ${order.reference} đã bị hủy trong lúc chờ gửi (người mua hủy hoặc quá hạn xác nhận).`,
    );
    await saveScreenshot(page, appDir, 'offline-steps-refused');
    const { events } = await household.orders.get.query({ orderId: order.id });
    expect(events.map((e) => e.kind)).toEqual(['placed', 'cancelled']);
    await refused.getByRole('button', { name: 'Đã hiểu' }).click();
    await expect.poll(() => refused.count()).toBe(0);
  });

  it('keeps a step whose answer was lost while the browser believed it was online, and applies it exactly once', async () => {
    const order = await place();
    const { page, context } = browser;
    await page.reload();
    const card = page.locator(`[data-order="${order.reference}"]`);
    await card.waitFor();
    let dropped = 0;
    const isConfirm = (url: URL) => url.pathname.endsWith('/trpc/orders.confirm');
    // The request reaches the server and is applied; its answer never comes back (a fetch TypeError in the app).
    await context.route(isConfirm, async (route) => {
      await route.fetch();
      dropped += 1;
      // Unrouted while this waits for the server, the route is let through: that attempt's answer arrives.
      await route.abort('internetdisconnected').catch(() => undefined);
    });
    try {
      await card.getByRole('button', { name: 'Xác nhận đơn' }).click();
      await card.getByText('Đang chờ gửi: Xác nhận đơn').waitFor();
      expect(dropped).toBeGreaterThanOrEqual(1);
      expect((await household.orders.get.query({ orderId: order.id })).order.status).toBe('confirmed');
    } finally {
      await context.unroute(isConfirm);
    }
    // Sent again by itself (the app still believes it is online), with the same key: nothing is applied twice.
    await expect.poll(() => card.locator('[data-waiting]').count(), { timeout: 40_000 }).toBe(0);
    expect(await card.locator('[data-refused]').count()).toBe(0);
    const { events } = await household.orders.get.query({ orderId: order.id });
    expect(events.map((e) => e.kind)).toEqual(['placed', 'confirmed']);
  });

  it('weighs an order and pauses a listing offline, keeps both across a reload, and applies each exactly once when online', async () => {
    const order = await place();
    await household.orders.confirm.mutate({ orderId: order.id });
    const before = await household.listings.get.query({ listingId });
    const { page, context } = browser;
    await page.reload();
    // Both pages seen once with the signal, so the worker has their data for the offline reload.
    await page.getByRole('link', { name: 'Sản phẩm' }).click();
    const row = page.locator(`[data-listing="${listingId}"]`);
    await row.waitFor();
    await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
    const card = page.locator(`[data-order="${order.reference}"]`);
    await card.getByRole('button', { name: 'Lưu cân nặng' }).waitFor();

    await context.setOffline(true);
    try {
      await card.getByLabel('Cân thực tế (kg) · Thanh long').fill('1,1');
      await card.getByRole('button', { name: 'Lưu cân nặng' }).click();
      await card.getByText('Đang chờ gửi: Lưu cân nặng').waitFor();
      await page.getByRole('link', { name: 'Sản phẩm' }).click();
      await row.getByRole('button', { name: 'Tạm dừng' }).click();
      await row.getByText('Đang chờ gửi: Tạm dừng').waitFor();
      // Shown as paused already, offering to resume.
      await row.locator('[data-status="paused"]').waitFor();
      await row.getByRole('button', { name: 'Bán lại' }).waitFor();
      await page.reload();
      await page.getByText('Đang mất mạng: đây là dữ liệu đã lưu lần trước.').waitFor();
      await row.getByText('Đang chờ gửi: Tạm dừng').waitFor();
      await saveScreenshot(page, appDir, 'offline-steps-listing-waiting');
      await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
      await card.getByText('Đang chờ gửi: Lưu cân nặng').waitFor();
      expect((await household.listings.get.query({ listingId })).status).toBe('active');
      expect(
        (await household.orders.get.query({ orderId: order.id })).order.lines[0]?.packedQuantity,
      ).toBeNull();
    } finally {
      await context.setOffline(false);
    }
    await expect.poll(() => card.locator('[data-waiting]').count()).toBe(0);
    await page.getByRole('link', { name: 'Sản phẩm' }).click();
    await expect.poll(() => row.locator('[data-waiting]').count()).toBe(0);
    await row.locator('[data-status="paused"]').waitFor();
    expect(await page.locator('[data-refused]').count()).toBe(0);
    const { order: weighed, events } = await household.orders.get.query({ orderId: order.id });
    expect(weighed.lines[0]?.packedQuantity).toBe(1_100);
    expect(events.map((e) => e.kind)).toEqual(['placed', 'confirmed', 'weight_adjusted']);
    const paused = await household.listings.get.query({ listingId });
    // The weighing took 100 g more from the stock; the pause changed the status, once.
    expect(paused).toMatchObject({ status: 'paused', stock: before.stock - 100 });
    const pauses = (await household.households.activity.query({})).items.filter(
      (entry) => entry.action === 'listing.set_status' && entry.details.action === 'pause',
    );
    expect(pauses).toHaveLength(1);
  });

  it("changes a listing's stock offline, keeps it waiting across a reload, applies it exactly once, and explains when orders moved the stock meanwhile", async () => {
    const second = await household.listings.create.mutate({
      listing: {
        productId: 'dragon-fruit',
        title: 'Thanh long loại 2',
        unitPrice: 22_000,
        stock: 10_000,
        minOrder: 1_000,
      },
      publish: true,
    });
    const { page, context } = browser;
    await page.reload();
    await page.getByRole('link', { name: 'Sản phẩm', exact: true }).click();
    const row = page.locator(`[data-listing="${second.id}"]`);
    await row.getByText('Còn 10 kg').waitFor();
    const stockBox = 'Còn để bán (kg) · Thanh long loại 2';

    await context.setOffline(true);
    try {
      await row.getByRole('button', { name: 'Sửa số còn' }).click();
      await row.getByLabel(stockBox).fill('25');
      await row.getByRole('button', { name: 'Lưu số còn' }).click();
      await row.getByText('Đang chờ gửi: Còn 25 kg').waitFor();
      await page.reload();
      await page.getByText('Đang mất mạng: đây là dữ liệu đã lưu lần trước.').waitFor();
      await row.getByText('Đang chờ gửi: Còn 25 kg').waitFor();
      // Shown as it will be once sent.
      await row.getByText('Còn 25 kg', { exact: true }).waitFor();
      await saveScreenshot(page, appDir, 'offline-steps-stock-waiting');
      expect((await household.listings.get.query({ listingId: second.id })).stock).toBe(10_000);
    } finally {
      await context.setOffline(false);
    }
    await expect.poll(() => row.locator('[data-waiting]').count()).toBe(0);
    expect(await row.locator('[data-refused]').count()).toBe(0);
    expect((await household.listings.get.query({ listingId: second.id })).stock).toBe(25_000);
    const stockChanges = () =>
      household.households.activity
        .query({})
        .then((entries) =>
          entries.items.filter((e) => e.action === 'listing.set_stock' && e.details.listingId === second.id),
        );
    expect(await stockChanges()).toHaveLength(1);

    // Offline again, the seller counts 30 kg; meanwhile a buyer orders 2 kg of the 25 the seller saw.
    await context.setOffline(true);
    try {
      await row.getByRole('button', { name: 'Sửa số còn' }).click();
      await row.getByLabel(stockBox).fill('30');
      await row.getByRole('button', { name: 'Lưu số còn' }).click();
      await row.getByText('Đang chờ gửi: Còn 30 kg').waitFor();
      await buyer.orders.place.mutate({
        idempotencyKey: 'offline-steps-stock-moved',
        lines: [{ listingId: second.id, quantity: 2_000 }],
        deliveryAddress: villageAddress(villageId, 'current'),
        deliveryPhone: '0971 234 567',
        paymentMethod: 'cash_on_delivery',
      });
    } finally {
      await context.setOffline(false);
    }
    const refused = row.locator('[data-refused]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      'Số hàng còn của “Thanh long loại 2” đã đổi trong lúc chờ gửi: lúc bạn sửa là 25 kg, bây giờ là 23 kg (có đơn đặt hoặc hủy trong lúc đó). Số 30 kg bạn nhập chưa được lưu; hãy xem lại rồi nhập lại.',
    );
    await saveScreenshot(page, appDir, 'offline-steps-stock-refused');
    expect((await household.listings.get.query({ listingId: second.id })).stock).toBe(23_000);
    expect(await stockChanges()).toHaveLength(1);
    await refused.getByRole('button', { name: 'Đã hiểu' }).click();
    await row.getByText('Còn 23 kg', { exact: true }).waitFor();
  });
});
