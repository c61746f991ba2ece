import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiClient } from '@nongsan/api-client';
import { formatVnd } from '@nongsan/domain';
import {
  browserSkipReason,
  FIXED_NOW,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  scanEveryPage,
  signInToApi,
  startServer,
} from '@nongsan/ui/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyerOf, HOUSEHOLD, helperWithHousehold, type OrderView, signIn } from './journey-fixtures.ts';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

/** The phone's clock is three days fast: the server's is what counts. */
const PHONE_NOW = new Date(Date.parse(FIXED_NOW) + 3 * 24 * 60 * 60 * 1000);

describe.skipIf(skipReason !== null)('a household and an official walk the seller app at 360 px', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;
  let household: ApiClient;
  let buyer: ApiClient;
  let scan: ReturnType<typeof scanEveryPage>;
  let place: (note?: string) => Promise<OrderView>;

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the seller app first (pnpm --filter @nongsan/seller build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
    await browser.page.clock.install({ time: PHONE_NOW });
    scan = scanEveryPage(browser.page);
    const setup = await helperWithHousehold(server);
    household = setup.household;
    const orders = await buyerOf(server, setup.listingId, setup.villageId, 'seller-journeys');
    buyer = orders.buyer;
    place = orders.place;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a phone whose clock is wrong still counts the 24 hours to confirm from the server's time, on the home and the card", async () => {
    const order = await place();
    const { page } = browser;
    await signIn(page, server.baseUrl, HOUSEHOLD);
    // The home says what waits: the order to confirm, its value and the time left.
    const waiting = page.locator('[data-waiting="confirm"]');
    await waiting.waitFor();
    expect(await waiting.textContent()).toMatch(
      new RegExp(`^1 đơn chờ xác nhận · ${formatVnd(order.totals.total)} · Xác nhận trong (23|24) giờ`),
    );
    await saveScreenshot(page, appDir, 'home-what-waits');
    await waiting.getByRole('link').click();
    const card = page.locator(`[data-order="${order.reference}"]`);
    await card.waitFor();
    expect(await card.locator('[data-countdown]').textContent()).toMatch(/Xác nhận trong (23|24) giờ/);
    await card.getByRole('button', { name: 'Xác nhận đơn' }).click();
    await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Đã xác nhận, chờ đóng gói');
    await page.getByRole('link', { name: 'Trang chủ' }).click();
    await expect
      .poll(() => page.locator('[data-waiting="hand-over"]').textContent())
      .toBe('1 đơn đã xác nhận, cần đóng gói và giao bưu điện');
  });

  it('"Delivered" asks first, says the cash is recorded as received, and can be undone before it is sent', async () => {
    const order = await place();
    await household.orders.confirm.mutate({ orderId: order.id });
    await household.orders.handOver.mutate({ orderId: order.id, trackingCode: 'VTP555666777' });
    const status = async () => (await buyer.orders.get.query({ orderId: order.id })).order.status;
    const { page } = browser;
    await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
    const card = page.locator(`[data-order="${order.reference}"]`);
    await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Đã giao bưu điện');

    await card.getByRole('button', { name: 'Đã giao tới người mua' }).click();
    const step = card.locator('[data-delivered-step]');
    expect(await step.textContent()).toContain(
      `Người mua đã nhận được hàng? Đơn thu tiền khi giao: sẽ ghi là đã thu ${formatVnd(order.totals.total)}.`,
    );
    await card.getByRole('button', { name: 'Chắc chắn, đã giao' }).click();
    expect(await step.textContent()).toContain('Sẽ ghi là đã giao sau 6 giây');
    await saveScreenshot(page, appDir, 'orders-delivered-undo');
    await card.getByRole('button', { name: 'Hoàn tác' }).click();
    await card.getByRole('button', { name: 'Đã giao tới người mua' }).waitFor();
    // Long after the wait would have ended, nothing was sent.
    await page.clock.runFor(20_000);
    expect(await status()).toBe('handed_over');

    await card.getByRole('button', { name: 'Đã giao tới người mua' }).click();
    await card.getByRole('button', { name: 'Chắc chắn, đã giao' }).click();
    await page.clock.runFor(7_000);
    await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Hoàn tất');
    expect(await status()).toBe('completed');
  });

  it('a failed submit brings the first error on screen and gives it focus, in words for a person', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Sản phẩm' }).click();
    await page.getByRole('link', { name: 'Đăng bán sản phẩm' }).click();
    const submit = page.getByRole('button', { name: 'Đăng bán', exact: true });
    await submit.scrollIntoViewIfNeeded();
    await submit.click();
    // The first error of the form is the product not chosen: its first choice has focus, on screen.
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field')),
      )
      .toBe('productId');
    const focused = await page.evaluate(() => {
      const box = document.activeElement?.getBoundingClientRect();
      return box ? { top: box.top, bottom: box.bottom, height: window.innerHeight } : null;
    });
    expect(focused?.top).toBeGreaterThanOrEqual(0);
    expect(focused?.bottom).toBeLessThanOrEqual(focused?.height ?? 0);
    const productError = page.locator('[data-field="productId"] .ns-field__error');
    expect(await productError.textContent()).not.toBe('');
    await saveScreenshot(page, appDir, 'listing-form-first-error');
    await scan.check();
  });

  it('the sales figures say which orders they count', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/seller/sales`);
    await page.locator('[data-sold-note]').waitFor();
    expect(await page.locator('[data-sold-note]').textContent()).toBe(
      'Chỉ tính đơn đã bán: Đã xác nhận, chờ đóng gói, Đã giao bưu điện, Đã giao hàng, Hoàn tất. Không tính đơn chờ xác nhận, đã hủy hoặc giao không thành công.',
    );
  });

  it("an official opens a village to its households' stages and picks the months of the sales chart", async () => {
    const official = server.demoLogins.official;
    if (!official) throw new Error('the server printed no demo official login');
    const api = await signInToApi(server.baseUrl, official.phone, server.demoPassword);
    const [first] = await api.commune.stats.query();
    if (!first) throw new Error('the commune has no village');
    const { page } = browser;
    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/seller/`);
    await page.getByLabel('Số điện thoại').fill(official.phone);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(server.demoPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Toàn xã' }).waitFor();

    // The sales chart shows the last twelve months; choosing the latest month as the start leaves one bar.
    const bars = page.locator('svg[data-chart="sales"] g[data-month]');
    await expect.poll(() => bars.count()).toBe(12);
    const from = page.getByLabel('Từ tháng');
    const months = await from.locator('option').allTextContents();
    await from.selectOption({ label: months.at(-1) ?? '' });
    await expect.poll(() => bars.count()).toBe(1);
    expect(await page.locator('table[data-table="sales"] tbody tr').count()).toBe(1);

    await page.locator(`[data-open-village="${first.villageId}"]`).click();
    await page.getByRole('heading', { name: `Thôn ${first.villageName}` }).waitFor();
    const stages = page.locator('table[data-table="stages"] tbody tr');
    await expect.poll(() => stages.count()).toBe(6);
    const counts = await stages.locator('td').allTextContents();
    const sum = counts.reduce((total, text) => total + Number(text.split('/')[0]), 0);
    expect(sum).toBe(first.households);
    // The households come a page at a time: "Xem thêm" until the button goes brings the whole village.
    const households = page.locator('[data-village-household]');
    const more = page.getByRole('button', { name: 'Xem thêm' });
    for (let i = 0; i < 10 && (await more.count()) > 0; i++) {
      const before = await households.count();
      await more.click();
      await expect.poll(() => households.count()).toBeGreaterThan(before);
    }
    expect(await households.count()).toBe(first.households);
    await saveScreenshot(page, appDir, 'commune-village');
    await scan.check();
    expect(scan.findings).toEqual([]);
  });
});
