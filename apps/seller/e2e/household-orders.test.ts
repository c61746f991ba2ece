import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiClient } from '@nongsan/api-client';
import { formatMessage, formatVnd, villageAddress } from '@nongsan/domain';
import {
  browserSkipReason,
  FIXED_NOW,
  newHousehold,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  scanEveryPage,
  signInOnPage,
  signInToApi,
  signUpBuyer,
  startServer,
} from '@nongsan/ui/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

/**
 * A household with its shop open, a bank account and a dragon-fruit listing at 28.000 ₫/kg, all through the API:
 * the demo official appoints a new helper (the demo helpers' lists are full), who registers the household.
 */
async function householdWithShop(server: RunningServer, phone: string, password: string) {
  const { household } = await newHousehold(server, {
    helper: { phone: '0389555061', password: 'to-cong-nghe-2026', displayName: 'Vi Văn Giúp' },
    household: { head: 'Dương Văn Hải', phone, password },
  });
  await household.shop.open.mutate({ name: 'Thanh long đồi nhà Hải' });
  await household.households.addPaymentAccount.mutate({
    account: { kind: 'bank', bin: '970405', accountNumber: '1234567890', holderName: 'DUONG VAN HAI' },
  });
  const listing = await household.listings.create.mutate({
    listing: {
      productId: 'dragon-fruit',
      title: 'Thanh long ruột đỏ',
      unitPrice: 28_000,
      stock: 60_000,
      minOrder: 1_000,
    },
    publish: true,
  });
  const [mine] = await household.households.mine.query();
  if (!mine) throw new Error('the household has no household');
  return { household, listingId: listing.id, villageId: mine.villageId };
}

describe.skipIf(skipReason !== null)('the orders inbox beyond the cash-on-delivery path, in Chromium', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;
  let scan: ReturnType<typeof scanEveryPage>;
  let buyer: ApiClient;
  let listingId: string;
  let villageId: string;
  let placedCount = 0;
  const phone = '0389555062';
  const password = 'vuon-thanh-long-hai';

  /** The buyer orders `grams` of the listing through the API, as the buyer app would. */
  async function place(grams: number, paymentMethod: 'bank_transfer' | 'cash_on_delivery') {
    placedCount += 1;
    const placed = await buyer.orders.place.mutate({
      idempotencyKey: `household-orders-${placedCount}`,
      lines: [{ listingId, quantity: grams }],
      deliveryAddress: villageAddress(villageId, 'current'),
      // A relative receives the parcel: the number to call is theirs, not the buyer's account.
      deliveryPhone: '0971 234 567',
      paymentMethod,
    });
    const order = placed.orders[0];
    if (!order) throw new Error('no order placed');
    return order;
  }
  const asBuyer = async (orderId: string) => (await buyer.orders.get.query({ orderId })).order;

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the seller app first (pnpm --filter @nongsan/seller build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
    scan = scanEveryPage(browser.page);
    await browser.page.clock.install({ time: new Date(FIXED_NOW) });
    // Chromium has navigator.vibrate but nothing to shake: record what the app asks for.
    await browser.page.addInitScript(() => {
      const buzzes: unknown[] = [];
      Object.assign(window, { buzzes });
      navigator.vibrate = (pattern) => buzzes.push(pattern) > 0;
    });
    ({ listingId, villageId } = await householdWithShop(server, phone, password));
    await signUpBuyer(server.baseUrl, {
      phone: '0389555063',
      password: 'nguoi-mua-2026',
      displayName: 'Hà Thị Mua',
    });
    buyer = await signInToApi(server.baseUrl, '0389555063', 'nguoi-mua-2026');
  }, 60_000);

  // No internal code, raw enum or schema message on any Vietnamese page the test visited.
  afterEach(async () => {
    await scan.check();
    expect(scan.findings).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a bank-transfer order arrives on the open inbox, is confirmed, marked paid, and ends in the sales summary', async () => {
    const { page } = browser;
    await signInOnPage(page, `${server.baseUrl}/seller/`, phone, password);
    await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
    await page.getByRole('heading', { name: 'Đơn hàng' }).waitFor();
    await page.evaluate(() => Object.assign(window, { stillThisPage: true }));

    const order = await place(2_000, 'bank_transfer');
    const card = page.locator(`[data-order="${order.reference}"]`);
    await card.waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => 'stillThisPage' in window), 'arrived without a reload').toBe(true);
    expect(await page.evaluate(() => (window as unknown as { buzzes: unknown[] }).buzzes)).toEqual([200]);
    expect(await card.locator('[data-status]').textContent()).toBe('Chờ xác nhận');
    expect(await card.locator('[data-countdown]').textContent()).toMatch(/Xác nhận trong (23|24) giờ/);
    expect(await card.textContent()).toContain('Chuyển khoản');
    expect(await card.locator('[data-delivery-phone]').getAttribute('href')).toBe('tel:0971234567');
    expect(await card.locator('[data-delivery-phone]').textContent()).toContain('0971 234 567');
    expect(await card.textContent()).toContain('Người mua: Hà Thị Mua · SĐT người mua: 0389 555 063');
    // 2 kg at 28.000 ₫ and the post's fee: the total the buyer was shown.
    expect(order.totals.subtotal).toBe(56_000);
    expect(await card.locator('[data-total]').textContent()).toBe(formatVnd(order.totals.total));
    await saveScreenshot(page, appDir, 'orders-bank-transfer');

    // Not yet confirmed: the transfer cannot be marked received before the order is taken.
    expect(await card.getByRole('button', { name: 'Đã nhận chuyển khoản' }).count()).toBe(0);
    await card.getByRole('button', { name: 'Xác nhận đơn' }).dblclick();
    await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Đã xác nhận, chờ đóng gói');
    expect((await asBuyer(order.id)).status).toBe('confirmed');
    // A confirmed order can still be called off by the household (ORDER_TRANSITIONS): the card offers it, as the
    // domain's orderActionsForRole says, not only while the order is new.
    expect(await card.getByRole('button', { name: 'Từ chối' }).count()).toBe(1);

    await card.getByRole('button', { name: 'Đã nhận chuyển khoản' }).click();
    await expect.poll(() => card.textContent()).toContain('Đã nhận tiền');
    expect((await asBuyer(order.id)).payment.status).toBe('paid');
    expect(await card.getByRole('button', { name: 'Đã nhận chuyển khoản' }).count()).toBe(0);

    await card.getByLabel('Mã vận đơn').fill('vtp-0915-0002');
    await card.getByRole('button', { name: 'Đã giao cho bưu điện' }).click();
    await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Đã giao bưu điện');
    await card.getByRole('button', { name: 'Phiếu đóng gói' }).click();
    const slip = page.getByRole('region', { name: 'Phiếu đóng gói' });
    await slip.waitFor();
    const slipText = (await slip.textContent()) ?? '';
    expect(slipText).toContain('VTP-0915-0002');
    expect(slipText).toContain('Thanh long đồi nhà Hải');
    expect(slipText).toContain('SĐT nhận hàng: 0971 234 567');
    expect(slipText).toContain('SĐT người mua: 0389 555 063');
    expect(await slip.locator('[data-slip-total]').textContent()).toBe(formatVnd(order.totals.total));
    expect(slipText).toContain('Đã nhận tiền');
    await saveScreenshot(page, appDir, 'orders-packing-slip-paid');
    await page.getByRole('button', { name: 'Đóng', exact: true }).click();

    // Paid before and now delivered: complete.
    await card.getByRole('button', { name: 'Đã giao tới người mua' }).click();
    // Delivered asks first, then can be undone for a few seconds before it is sent.
    await card.getByRole('button', { name: 'Chắc chắn, đã giao' }).click();
    await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Hoàn tất');
    expect(await asBuyer(order.id)).toMatchObject({
      status: 'completed',
      trackingCode: 'VTP-0915-0002',
      payment: { method: 'bank_transfer', status: 'paid' },
    });

    // Its page: the same steps, and the history of the order, when and by whom (Vietnam time, clock at 09:00).
    await card.getByRole('link', { name: `Chi tiết đơn ${order.reference}` }).click();
    await page.getByRole('heading', { name: order.reference, exact: true }).waitFor();
    const timeline = page.getByRole('region', { name: 'Diễn biến đơn hàng' });
    await expect
      .poll(() =>
        timeline.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-event'))),
      )
      .toEqual(['placed', 'confirmed', 'payment_recorded', 'handed_over', 'delivered']);
    const history = (await timeline.locator('li').allTextContents()).join(' | ');
    expect(history).toContain('Người mua đặt hàng · người mua');
    expect(history).toContain(`Đã nhận tiền ${formatVnd(order.totals.total)} · hộ bán`);
    expect(history).toContain('Giao bưu điện, mã vận đơn VTP-0915-0002');
    expect(history).toMatch(/^09:\d\d 15\/09\/2026/);
    expect(await page.locator('[data-order] [data-status]').textContent()).toBe('Hoàn tất');
    await saveScreenshot(page, appDir, 'orders-order-page');

    await page.getByRole('link', { name: 'Tài khoản' }).click();
    const rows = page.locator('.ns-sales__rows li');
    await rows.first().waitFor();
    expect((await rows.allTextContents()).map((row) => row.replace(/\s/g, ' '))).toEqual([
      'Thanh long ruột đỏ · Tháng 09/2026: 1 đơn, 2 kg, 56.000 ₫',
    ]);
    await page.locator('.ns-sales').evaluate((section) => section.scrollIntoView({ block: 'end' }));
    await saveScreenshot(page, appDir, 'orders-sales-summary');

    // The sales page: money by month and by product as bars, every figure in a table.
    await page.getByRole('link', { name: 'Xem doanh số chi tiết' }).click();
    await page.getByRole('heading', { name: 'Doanh số', exact: true }).waitFor();
    const table = page.getByRole('table', { name: 'Số liệu theo tháng và sản phẩm' });
    await table.waitFor();
    const cells = await table
      .locator('[data-sales-row]')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s/g, ' '))),
      );
    expect(cells).toEqual([['09/2026', 'Thanh long ruột đỏ', '1', '2 kg', '56.000 ₫']]);
    expect(await page.locator('[data-sales-total]').textContent()).toBe(formatVnd(56_000));
    expect(await page.locator('.ns-salesbars--months rect').count()).toBe(1);
    expect(await page.locator('.ns-salesbars--products rect').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBe(
      360,
    );
    await saveScreenshot(page, appDir, 'orders-sales-page');
  }, 90_000);

  it('rejecting an order wants a reason (Vietnamese field error, typed text kept) and the buyer reads it', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
    const order = await place(1_000, 'cash_on_delivery');
    const card = page.locator(`[data-order="${order.reference}"]`);
    await card.waitFor({ timeout: 15_000 });

    // A reason from the usual ones or in the seller's words; nothing is sent before "are you sure".
    await card.getByRole('button', { name: 'Từ chối', exact: true }).click();
    await card.getByLabel('Lý do chính').selectOption({ label: 'Lý do khác' });
    await card.getByLabel('Lý do', { exact: true }).fill('ab');
    await card.getByRole('button', { name: 'Từ chối đơn' }).click();
    await card.getByText('Từ chối đơn này? Người mua sẽ đọc lý do.').waitFor();
    expect((await asBuyer(order.id)).status).toBe('placed');
    await card.getByRole('button', { name: 'Chắc chắn' }).dblclick();
    const error = card.locator('[data-field="reason"] .ns-field__error');
    await expect
      .poll(() => error.textContent())
      .toBe(formatMessage('validation.too_short', { minimum: 3 }, 'vi'));
    expect(await card.getByLabel('Lý do', { exact: true }).inputValue()).toBe('ab');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBe(
      360,
    );
    expect(
      await card.getByLabel('Lý do chính').evaluate((select) => select.getBoundingClientRect().right),
      'the reason picker stays inside its card',
    ).toBeLessThan(await card.evaluate((li) => li.getBoundingClientRect().right));
    expect((await asBuyer(order.id)).status).toBe('placed');
    await saveScreenshot(page, appDir, 'orders-reject-error');

    await card.getByLabel('Lý do chính').selectOption({ label: 'Hết hàng' });
    await card.getByLabel('Ghi thêm (nếu cần)').fill('mưa đá làm dập quả');
    await card.getByRole('button', { name: 'Từ chối đơn' }).click();
    await card.getByRole('button', { name: 'Chắc chắn' }).click();
    const reason = 'Hết hàng: mưa đá làm dập quả';
    await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Đã hủy');
    expect(await card.textContent()).toContain(reason);
    expect(await asBuyer(order.id)).toMatchObject({ status: 'cancelled', closeReason: reason });
  }, 60_000);

  it('a parcel that could not be delivered is marked so, and the buyer sees it', async () => {
    const { page } = browser;
    const order = await place(1_500, 'cash_on_delivery');
    const card = page.locator(`[data-order="${order.reference}"]`);
    await card.waitFor({ timeout: 15_000 });
    await card.getByRole('button', { name: 'Xác nhận đơn' }).click();
    await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Đã xác nhận, chờ đóng gói');
    // Weighing 1,5 kg: the form says what the domain allows and the new total before saving.
    const weight = card.getByLabel(/Cân thực tế \(kg\)/);
    expect(await weight.inputValue()).toBe('1,5');
    expect(await card.locator('.ns-weigh').textContent()).toContain(
      'Được từ 1,2 kg đến 1,8 kg (±20% so với đơn)',
    );
    await weight.fill('2');
    expect(await card.locator('[data-new-total]').textContent()).toBe('');
    await card.getByRole('button', { name: 'Lưu cân nặng' }).click();
    const weightError = card.locator('[data-field="packedQuantity"] .ns-field__error');
    await expect
      .poll(() => weightError.textContent())
      .toMatch(/^Cân nặng thực tế của “Thanh long ruột đỏ” chỉ được lệch tối đa 20%/);
    expect(await weight.inputValue()).toBe('2');
    const before = await asBuyer(order.id);
    expect(before.lines[0]?.packedQuantity).toBeNull();
    await weight.fill('1,6');
    const newTotal = before.totals.total - 42_000 + 44_800;
    expect(await card.locator('[data-new-total]').textContent()).toBe(`Tổng mới: ${formatVnd(newTotal)}`);
    await card.getByRole('button', { name: 'Lưu cân nặng' }).click();
    await expect.poll(() => card.locator('[data-total]').textContent()).toBe(formatVnd(newTotal));
    const weighed = await asBuyer(order.id);
    expect(weighed.lines[0]?.packedQuantity).toBe(1_600);
    expect(weighed.totals.total).toBe(newTotal);
    await card.locator('.ns-weigh').scrollIntoViewIfNeeded();
    await saveScreenshot(page, appDir, 'orders-weighed');

    await card.getByLabel('Mã vận đơn').fill('VNP-0915-0003');
    await card.getByRole('button', { name: 'Đã giao cho bưu điện' }).click();
    await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Đã giao bưu điện');
    await card.getByRole('button', { name: 'Giao không được' }).click();
    await card.getByLabel('Lý do chính').selectOption({ label: 'Không liên lạc được người mua' });
    await card.getByRole('button', { name: 'Ghi giao không thành công' }).click();
    await card.getByRole('button', { name: 'Chắc chắn' }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, appDir, 'orders-delivery-failed-sure');
    expect((await asBuyer(order.id)).status).toBe('handed_over');
    await card.getByRole('button', { name: 'Chắc chắn' }).click();
    await expect.poll(() => card.locator('[data-status]').textContent()).toBe('Giao không thành công');
    expect(await asBuyer(order.id)).toMatchObject({
      status: 'delivery_failed',
      closeReason: 'Không liên lạc được người mua',
    });
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, appDir, 'orders-delivery-failed');
  }, 60_000);
});
