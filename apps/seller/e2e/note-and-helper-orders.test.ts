import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiClient } from '@nongsan/api-client';
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buyerOf,
  HELPER,
  HOUSEHOLD,
  helperWithHousehold,
  type OrderView,
  signIn,
} from './journey-fixtures.ts';

const NOTE = 'Gọi trước 30 phút, để hàng ở cổng nhà văn hóa thôn';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

describe.skipIf(skipReason !== null)(
  "the buyer's note and a helper on a household's orders, at 360 px",
  () => {
    let server: RunningServer;
    let browser: PhoneBrowser;
    let buyer: ApiClient;
    let household: ApiClient;
    let scan: ReturnType<typeof scanEveryPage>;
    let listingId: string;
    let place: (note?: string) => Promise<OrderView>;

    beforeAll(async () => {
      requireBuilt(
        join(appDir, 'dist/index.html'),
        'build the seller app first (pnpm --filter @nongsan/seller build)',
      );
      server = await startServer();
      browser = await openPhoneBrowser();
      scan = scanEveryPage(browser.page);
      const setup = await helperWithHousehold(server);
      ({ household, listingId } = setup);
      ({ buyer, place } = await buyerOf(server, listingId, setup.villageId, 'note-and-helper'));
    }, 90_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it("the household reads the buyer's note on the order card, the order page and the packing slip", async () => {
      const order = await place(NOTE);
      const { page } = browser;
      await signIn(page, server.baseUrl, HOUSEHOLD);
      await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
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
      const asBuyer = await buyer.orders.get.query({ orderId: order.id });
      expect(asBuyer.order.status).toBe('handed_over');

      // Back on the household's page, the helper pauses one of its listings.
      await page.getByRole('link', { name: 'Quay lại' }).click();
      await page.getByRole('link', { name: /Quản lý sản phẩm của hộ/ }).click();
      const listing = page.locator(`[data-listing="${listingId}"]`);
      await listing.getByRole('button', { name: 'Tạm dừng' }).click();
      await expect.poll(() => listing.locator('[data-status]').textContent()).toBe('Tạm dừng');
      // …and edits it: a new price, saved for the household.
      await listing.getByRole('link', { name: 'Thanh long ruột đỏ nhà Sáu' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sửa sản phẩm' }).waitFor();
      await page.getByLabel('Giá (đồng / kg)').fill('26000');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect
        .poll(() => page.locator(`[data-listing="${listingId}"] .ns-card__price`).textContent())
        .toMatch(/^26\.000\s₫\/kg$/);

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
      const edited = log.locator('[data-action="listing.update"]');
      expect(await edited.textContent()).toContain('Sửa sản phẩm: Thanh long ruột đỏ nhà Sáu');
      expect(await edited.textContent()).toContain(HELPER.name);
      const paused = log.locator('[data-action="listing.set_status"]');
      expect(await paused.textContent()).toContain('Tạm dừng bán: Thanh long ruột đỏ nhà Sáu');
      expect(await paused.textContent()).toContain(HELPER.name);
      await saveScreenshot(page, appDir, 'household-activity-helper-orders');

      const activity = (await household.households.activity.query({})).items;
      const byHelper = activity
        .filter((entry) => entry.actorName === HELPER.name)
        .map((entry) => entry.action);
      expect(byHelper).toEqual(
        expect.arrayContaining(['order.confirm', 'order.hand_over', 'listing.set_status', 'listing.update']),
      );
      await scan.check();
      expect(scan.findings).toEqual([]);
    });
  },
);
