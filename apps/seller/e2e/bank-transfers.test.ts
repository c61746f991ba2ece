import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiClient } from '@nongsan/api-client';
import { transferPurpose, villageAddress } from '@nongsan/domain';
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
const SEPAY_API_KEY = 'sepay-e2e-key-2026-0915';
const ACCOUNT = '0011009988776';

describe.skipIf(skipReason !== null)('transfers confirmed by the bank, in Chromium', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;
  let scan: ReturnType<typeof scanEveryPage>;
  let buyer: ApiClient;
  let listingId: string;
  let villageId: string;
  let householdId: string;
  let placed = 0;
  let notificationId = 7_000;
  const phone = '0389555072';
  const password = 'vuon-thanh-long-lan';

  async function place() {
    placed += 1;
    const { orders } = await buyer.orders.place.mutate({
      idempotencyKey: `bank-transfers-${placed}`,
      lines: [{ listingId, quantity: 2_000 }],
      deliveryAddress: villageAddress(villageId, 'current'),
      deliveryPhone: '0971 234 567',
      paymentMethod: 'bank_transfer',
    });
    const order = orders[0];
    if (!order) throw new Error('no order placed');
    return order;
  }

  /** What SePay posts when money arrives on the household's account. */
  async function notify(content: string, amount: number) {
    notificationId += 1;
    const response = await fetch(`${server.baseUrl}/webhooks/sepay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Apikey ${SEPAY_API_KEY}` },
      body: JSON.stringify({
        id: notificationId,
        gateway: 'Vietcombank',
        transactionDate: '2026-09-15 09:05:00',
        accountNumber: ACCOUNT,
        code: null,
        content,
        transferType: 'in',
        transferAmount: amount,
        accumulated: 5_000_000,
        subAccount: null,
        referenceCode: `FT26258${notificationId}`,
        description: content,
      }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { outcome: string };
  }

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the seller app first (pnpm --filter @nongsan/seller build)',
    );
    server = await startServer({ env: { SEPAY_API_KEY } });
    browser = await openPhoneBrowser();
    scan = scanEveryPage(browser.page);
    await browser.page.clock.install({ time: new Date(FIXED_NOW) });
    const { household } = await newHousehold(server, {
      helper: { phone: '0389555071', password: 'to-cong-nghe-2026', displayName: 'Vi Văn Giúp' },
      household: { head: 'Lường Thị Lan', phone, password },
    });
    await household.shop.open.mutate({ name: 'Thanh long nhà Lan' });
    await household.households.addPaymentAccount.mutate({
      account: { kind: 'bank', bin: '970436', accountNumber: ACCOUNT, holderName: 'LUONG THI LAN' },
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
    listingId = listing.id;
    const [mine] = await household.households.mine.query();
    if (!mine) throw new Error('the household has no household');
    villageId = mine.villageId;
    householdId = mine.id;
    await signUpBuyer(server.baseUrl, {
      phone: '0389555073',
      password: 'nguoi-mua-2026',
      displayName: 'Hà Thị Mua',
    });
    buyer = await signInToApi(server.baseUrl, '0389555073', 'nguoi-mua-2026');
  }, 60_000);

  afterEach(async () => {
    await scan.check();
    expect(scan.findings).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the household links its account, and a transfer the bank reports shows as paid on the open inbox', async () => {
    const { page } = browser;
    await signInOnPage(page, `${server.baseUrl}/seller/`, phone, password);
    await page.getByRole('link', { name: 'Tài khoản' }).click();
    const feed = page.getByRole('checkbox', { name: 'Ngân hàng tự báo tiền vào (SePay)' });
    await feed.waitFor();
    expect(await feed.isChecked()).toBe(false);
    await feed.check();
    await page.getByText('Đã liên kết: đơn chuyển khoản đúng số tiền tự ghi nhận đã thanh toán.').waitFor();
    await saveScreenshot(page, appDir, 'bank-feed-linked');

    const order = await place();
    await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
    const card = page.locator(`[data-order="${order.reference}"]`);
    await card.waitFor({ timeout: 15_000 });
    expect(await card.textContent()).not.toContain('Đã nhận tiền');
    await page.evaluate(() => Object.assign(window, { stillThisPage: true }));

    // The buyer pays by scanning the VietQR code: the bank passes the purpose on, SePay posts it.
    expect(
      await notify(`MBVCB.11223344.${transferPurpose(order)}.CT tu 0123456789`, order.totals.total),
    ).toEqual(expect.objectContaining({ outcome: 'paid' }));
    await expect.poll(() => card.textContent(), { timeout: 15_000 }).toContain('Đã nhận tiền');
    expect(await page.evaluate(() => 'stillThisPage' in window), 'shown without a reload or a press').toBe(
      true,
    );
    await saveScreenshot(page, appDir, 'bank-paid-arrived');

    await card.getByRole('link', { name: `Chi tiết đơn ${order.reference}` }).click();
    const timeline = page.getByRole('region', { name: 'Diễn biến đơn hàng' });
    await timeline.locator('li[data-event="paid_by_bank"]').waitFor();
    expect(await timeline.locator('li[data-event="paid_by_bank"]').textContent()).toContain(
      'Ngân hàng báo đã nhận',
    );
  }, 90_000);

  it('a transfer that pays too much is listed to settle by hand, and settled it leaves the list', async () => {
    const { page } = browser;
    const order = await place();
    expect(await notify(transferPurpose(order), order.totals.total + 10_000)).toEqual(
      expect.objectContaining({ outcome: 'overpaid' }),
    );
    await page.goto(`${server.baseUrl}/seller/`);
    await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
    const list = page.getByRole('region', { name: 'Chuyển khoản cần xử lý' });
    const kept = list.locator('[data-transfer="overpaid"]');
    await kept.waitFor({ timeout: 15_000 });
    const text = (await kept.textContent()) ?? '';
    expect(text).toContain('Chuyển thừa');
    expect(text).toContain(`Đơn ${order.reference} cần:`);
    expect(await page.locator(`[data-order="${order.reference}"]`).textContent()).not.toContain(
      'Đã nhận tiền',
    );
    await saveScreenshot(page, appDir, 'bank-transfer-to-settle');
    await kept.getByLabel('Ghi chú (không bắt buộc)').fill('Đã trả lại 10.000 đ cho chị Mua');
    await kept.getByRole('button', { name: 'Đã xử lý xong' }).click();
    await expect.poll(() => list.count()).toBe(0);
  }, 90_000);

  it("the household's helper sees the transfers to settle on the household's page and settles one, recorded as theirs", async () => {
    const { page } = browser;
    const order = await place();
    expect(await notify(transferPurpose(order), order.totals.total - 5_000)).toEqual(
      expect.objectContaining({ outcome: 'underpaid' }),
    );
    await signInOnPage(page, `${server.baseUrl}/seller/`, '0389555071', 'to-cong-nghe-2026');
    await page
      .locator(`[data-household="${householdId}"]`)
      .getByRole('link', { name: 'Lường Thị Lan' })
      .click();
    // The household's bank account with its link to the bank notifications, as the household left it.
    const feed = page.getByRole('checkbox', { name: 'Ngân hàng tự báo tiền vào (SePay)' });
    await feed.waitFor();
    expect(await feed.isChecked()).toBe(true);
    const list = page.getByRole('region', { name: 'Chuyển khoản cần xử lý' });
    const kept = list.locator('[data-transfer="underpaid"]');
    await kept.waitFor({ timeout: 15_000 });
    expect(await kept.textContent()).toContain(`Đơn ${order.reference} cần:`);
    await kept.scrollIntoViewIfNeeded();
    await saveScreenshot(page, appDir, 'helper-transfer-to-settle');
    await kept.getByLabel('Ghi chú (không bắt buộc)').fill('Chị Mua chuyển thiếu 5.000 đ, thu nốt khi giao');
    await kept.getByRole('button', { name: 'Đã xử lý xong' }).click();
    await expect.poll(() => list.count()).toBe(0);
    // The household's log says the helper settled it, under the helper's name.
    const settled = page.locator('ol.ns-activity li[data-action="bank.settle_transfer"]').first();
    await settled.waitFor();
    expect(await settled.textContent()).toContain('Vi Văn Giúp');
  }, 90_000);
});
