import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { villageAddress } from '@nongsan/domain';
import {
  browserSkipReason,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  scanEveryPage,
  startServer,
} from '@nongsan/ui/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, signInToApi, signUpBuyer } from './helper-api-session.ts';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

interface OrderView {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
}
interface ActivityEntry {
  readonly action: string;
  readonly actorName: string;
  readonly actorRole: string;
}

const HELPER = { phone: '0389555071', password: 'to-cong-nghe-2026', name: 'Lương Văn Giúp' };
const HOUSEHOLD = { phone: '0389555072', password: 'vuon-thanh-long-sau', name: 'Hoàng Văn Sáu' };
const BUYER = { phone: '0389555073', password: 'nguoi-mua-2026', name: 'Phạm Thị Mua' };
const NOTE = 'Gọi trước 30 phút, để hàng ở cổng nhà văn hóa thôn';

/**
 * A new helper appointed by the demo official (the demo teams are mostly full), who registers a household; the
 * household opens its shop with a bank account and lists dragon fruit. Returns the household's id and village.
 */
async function helperWithHousehold(server: RunningServer) {
  const official = server.demoLogins.official;
  if (!official) throw new Error('the server printed no demo official login');
  const userId = await signUpBuyer(server.baseUrl, {
    phone: HELPER.phone,
    password: HELPER.password,
    displayName: HELPER.name,
  });
  const api = await signInToApi(server.baseUrl, official.phone, server.demoPassword);
  const villages = await api.query<{ villageId: string }[]>('commune.stats');
  let appointed = false;
  for (const { villageId } of villages) {
    appointed = await api
      .mutate('admin.appoint', { userId, role: 'helper', villageId, teamRole: 'Tổ viên' })
      .then(() => true)
      .catch(() => false); // this village's team is full: the next
    if (appointed) break;
  }
  if (!appointed) throw new Error('no village team took a new helper');
  const helper = await signInToApi(server.baseUrl, HELPER.phone, HELPER.password);
  await helper.mutate('households.register', {
    head: HOUSEHOLD.name,
    phone: HOUSEHOLD.phone,
    password: HOUSEHOLD.password,
  });
  const household = await signInToApi(server.baseUrl, HOUSEHOLD.phone, HOUSEHOLD.password);
  await household.mutate('shop.open', { name: 'Thanh long nhà Sáu' });
  await household.mutate('households.addPaymentAccount', {
    account: { kind: 'bank', bin: '970405', accountNumber: '1234567891', holderName: 'HOANG VAN SAU' },
  });
  const listing = await household.mutate<{ id: string }>('listings.create', {
    listing: {
      productId: 'dragon-fruit',
      title: 'Thanh long ruột đỏ nhà Sáu',
      unitPrice: 27_000,
      stock: 50_000,
      minOrder: 1_000,
    },
    publish: true,
  });
  const [mine] = await household.query<{ id: string; villageId: string }[]>('households.mine');
  if (!mine) throw new Error('the household has no household');
  return { household, householdId: mine.id, villageId: mine.villageId, listingId: listing.id };
}

async function signIn(page: Page, baseUrl: string, who: { phone: string; password: string; name: string }) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/seller/`);
  await page.getByLabel('Số điện thoại').fill(who.phone);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: `Xin chào, ${who.name}` }).waitFor();
}

describe.skipIf(skipReason !== null)(
  "the buyer's note and a helper on a household's orders, at 360 px",
  () => {
    let server: RunningServer;
    let browser: PhoneBrowser;
    let buyer: ApiSession;
    let household: ApiSession;
    let scan: ReturnType<typeof scanEveryPage>;
    let listingId: string;
    let villageId: string;
    let placed = 0;

    async function place(note?: string): Promise<OrderView> {
      placed += 1;
      const { orders } = await buyer.mutate<{ orders: OrderView[] }>('orders.place', {
        idempotencyKey: `note-and-helper-${placed}`,
        lines: [{ listingId, quantity: 2_000 }],
        deliveryAddress: villageAddress(villageId, 'current'),
        deliveryPhone: BUYER.phone,
        paymentMethod: 'cash_on_delivery',
        ...(note === undefined ? {} : { note }),
      });
      const order = orders[0];
      if (!order) throw new Error('no order placed');
      return order;
    }

    beforeAll(async () => {
      requireBuilt(
        join(appDir, 'dist/index.html'),
        'build the seller app first (pnpm --filter @nongsan/seller build)',
      );
      server = await startServer();
      browser = await openPhoneBrowser();
      scan = scanEveryPage(browser.page);
      ({ household, listingId, villageId } = await helperWithHousehold(server));
      await signUpBuyer(server.baseUrl, {
        phone: BUYER.phone,
        password: BUYER.password,
        displayName: BUYER.name,
      });
      buyer = await signInToApi(server.baseUrl, BUYER.phone, BUYER.password);
    }, 90_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it("the household reads the buyer's note on the order card, the order page and the packing slip", async () => {
      const order = await place(NOTE);
      const { page } = browser;
      await signIn(page, server.baseUrl, HOUSEHOLD);
      await page.getByRole('link', { name: 'Đơn hàng' }).click();
      const card = page.locator(`[data-order="${order.reference}"]`);
      await card.waitFor();
      expect(await card.locator('[data-note]').textContent()).toBe(`Ghi chú của người mua: ${NOTE}`);
      await saveScreenshot(page, appDir, 'orders-buyer-note');

      await card.getByRole('button', { name: 'Phiếu đóng gói' }).click();
      const slip = page.getByRole('region', { name: 'Phiếu đóng gói' });
      expect(await slip.locator('[data-note]').textContent()).toContain(NOTE);
      await page.getByRole('button', { name: 'Đóng', exact: true }).click();

      await card.getByRole('link', { name: `Chi tiết đơn ${order.reference}` }).click();
      await page.getByRole('heading', { name: order.reference, exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Diễn biến đơn hàng' }).waitFor();
      expect(await page.locator('main [data-note]').textContent()).toContain(NOTE);

      // An order without a note shows no empty note.
      const plain = await place();
      await page.getByRole('link', { name: 'Quay lại' }).click();
      const plainCard = page.locator(`[data-order="${plain.reference}"]`);
      await plainCard.waitFor();
      expect(await plainCard.locator('[data-note]').count()).toBe(0);
      await scan.check();
      expect(scan.findings).toEqual([]);
    });

    it("a helper opens the household's new order from its page, confirms and hands it over; the household's log shows the helper", async () => {
      const order = await place('Giao buổi chiều');
      const { page } = browser;
      await signIn(page, server.baseUrl, HELPER);
      const householdCard = page.locator('[data-household]', { hasText: HOUSEHOLD.name });
      // The count of new orders is a link into the household's orders.
      await householdCard.getByRole('link', { name: /đơn mới cần xác nhận/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Đơn hàng' }).waitFor();
      const card = page.locator(`[data-order="${order.reference}"]`);
      await card.waitFor();
      expect(await card.locator('[data-note]').textContent()).toContain('Giao buổi chiều');
      await card.getByRole('button', { name: 'Xác nhận đơn' }).click();
      await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Đã xác nhận, chờ đóng gói');
      await card.getByLabel('Mã vận đơn').fill('VTP100200300');
      await card.getByRole('button', { name: 'Đã giao cho bưu điện' }).click();
      await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Đã giao bưu điện');
      await saveScreenshot(page, appDir, 'helper-household-orders');
      const asBuyer = await buyer.query<{ order: OrderView }>('orders.get', { orderId: order.id });
      expect(asBuyer.order.status).toBe('handed_over');

      // Back on the household's page, the helper pauses one of its listings.
      await page.getByRole('link', { name: 'Quay lại' }).click();
      await page.getByRole('link', { name: /Quản lý sản phẩm của hộ/ }).click();
      const listing = page.locator(`[data-listing="${listingId}"]`);
      await listing.getByRole('button', { name: 'Tạm dừng' }).click();
      await expect.poll(() => listing.locator('[data-status]').textContent()).toBe('Tạm dừng');

      // The household, signed in itself, reads in its own log that its helper did it, in words.
      await signIn(page, server.baseUrl, HOUSEHOLD);
      await page.getByRole('link', { name: 'Tài khoản' }).click();
      const log = page.locator('ol.ns-activity');
      const confirmed = log.locator('[data-action="order.confirm"]');
      await confirmed.waitFor();
      expect(await confirmed.textContent()).toContain(`Xác nhận đơn ${order.reference}`);
      expect(await confirmed.textContent()).toContain(`${HELPER.name} (Tổ công nghệ)`);
      const handedOver = log.locator('[data-action="order.hand_over"]');
      expect(await handedOver.textContent()).toContain(`Giao đơn ${order.reference} cho bưu điện`);
      expect(await handedOver.textContent()).toContain(`${HELPER.name} (Tổ công nghệ)`);
      const paused = log.locator('[data-action="listing.set_status"]');
      expect(await paused.textContent()).toContain('Tạm dừng bán: Thanh long ruột đỏ nhà Sáu');
      expect(await paused.textContent()).toContain(HELPER.name);
      await saveScreenshot(page, appDir, 'household-activity-helper-orders');

      const activity = await household.query<ActivityEntry[]>('households.activity', {});
      const byHelper = activity
        .filter((entry) => entry.actorName === HELPER.name)
        .map((entry) => entry.action);
      expect(byHelper).toEqual(
        expect.arrayContaining(['order.confirm', 'order.hand_over', 'listing.set_status']),
      );
      await scan.check();
      expect(scan.findings).toEqual([]);
    });
  },
);
