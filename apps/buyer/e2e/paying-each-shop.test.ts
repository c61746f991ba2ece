import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ApiClient, apiClientAt } from '@nongsan/api-client';
import {
  axeViolations,
  browserSkipReason,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  scanEveryPage,
  smallTapTargets,
  startServer,
} from '@nongsan/ui/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSellingHousehold, uniquePhone } from './api-person.ts';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

const WALLET_TITLE = 'Thanh long ruột đỏ nhà Lộc Thị Hà';
const BANK_TITLE = 'Thanh long ruột đỏ vườn Nông Văn Tú';
const WALLET_PHONE = '0981234567';
const NOTE = 'Giao buổi chiều giúp em, gọi trước 15 phút';
const BUYER_PASSWORD = 'mat-khau-mua-hang';

/** A page once its data has arrived: no skeleton and nothing pending left. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('[aria-busy="true"], .ns-skeleton').count()).toBe(0);
}

async function expectAccessible(page: Page) {
  await settled(page);
  const where = new URL(page.url()).pathname;
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
  expect(await smallTapTargets(page), `tap targets on ${where}`).toEqual([]);
}

describe.skipIf(skipReason !== null)('a buyer pays each shop a way it takes (360 px, Vietnamese)', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;
  let scan: ReturnType<typeof scanEveryPage>;
  let walletListingId = '';
  let walletShop: ApiClient;
  let bankListingId = '';
  let buyer: ApiClient;
  let buyerPhone = '';

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the buyer app first (pnpm --filter @nongsan/buyer build)',
    );
    server = await startServer();
    // A shop paid only by e-wallet: cash on delivery turned off and no bank account.
    walletShop = apiClientAt(server.baseUrl);
    await walletShop.auth.register.mutate({
      kind: 'household',
      phone: uniquePhone(),
      password: 'mat-khau-ban-hang',
      displayName: 'Lộc Thị Hà',
      villageId: 'long-dong:ra-la',
      head: 'Lộc Thị Hà',
    });
    await walletShop.shop.open.mutate({ name: 'Vườn nhà Lộc Hà' });
    await walletShop.households.addPaymentAccount.mutate({
      account: { kind: 'e_wallet', provider: 'viettel_money', phone: WALLET_PHONE, holderName: 'Lộc Thị Hà' },
      makeDefault: true,
    });
    await walletShop.shop.update.mutate({ acceptsCashOnDelivery: false });
    walletListingId = (
      await walletShop.listings.create.mutate({
        listing: {
          productId: 'dragon-fruit',
          title: WALLET_TITLE,
          unitPrice: 27_000,
          stock: 40_000,
          minOrder: 1_000,
        },
        publish: true,
      })
    ).id;
    // A shop with a bank account that also takes cash.
    const bankShop = await openSellingHousehold(server.baseUrl, {
      displayName: 'Nông Văn Tú',
      shopName: 'Vườn Nông Tú',
      villageId: 'long-dong:an-ninh-1',
      accountNumber: '0031002233445',
    });
    bankListingId = (
      await bankShop.client.listings.create.mutate({
        listing: {
          productId: 'dragon-fruit',
          title: BANK_TITLE,
          unitPrice: 26_000,
          stock: 40_000,
          minOrder: 1_000,
        },
        publish: true,
      })
    ).id;
    // The buyer has an account already; the same person also orders from an older client (one way for the cart).
    buyer = apiClientAt(server.baseUrl);
    buyerPhone = uniquePhone();
    await buyer.auth.register.mutate({
      kind: 'buyer',
      phone: buyerPhone,
      password: BUYER_PASSWORD,
      displayName: 'Trần Thị Mai',
    });
    browser = await openPhoneBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    scan = scanEveryPage(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('offers each shop only what it takes, and keeps the checkout through a reload', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/buyer/`);
    await page.locator('.ns-cards li').first().waitFor();
    // No demo listing has a photo: each card draws the project's own picture of its product, named for readers.
    await page.locator('.ns-cards li').first().getByRole('img', { name: 'Thanh long ruột đỏ' }).waitFor();
    expect(await page.locator('.ns-cards li svg.ns-product-picture').count()).toBe(
      await page.locator('.ns-cards li').count(),
    );
    await expectAccessible(page);
    await saveScreenshot(page, appDir, 'home-pictures');
    for (const [id, kg] of [
      [walletListingId, '2'],
      [bankListingId, '1'],
    ] as const) {
      await page.goto(`${server.baseUrl}/buyer/listings/${id}`);
      await page.getByLabel('Số lượng (kg)').fill(kg);
      await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
      await page.getByText(`Đã thêm ${kg} kg vào giỏ hàng.`).waitFor();
    }
    // No per-buyer limit on this listing: nothing says a limit counts what is in the cart.
    await page.getByText('Đã có 1 kg trong giỏ.', { exact: true }).waitFor();
    expect(await page.getByText(/giới hạn tính cả phần này/).count()).toBe(0);
    await expectAccessible(page);
    await page.goto(`${server.baseUrl}/buyer/cart`);
    await page.getByRole('heading', { name: 'Giỏ hàng', level: 2 }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Tiếp tục đặt hàng' }).click();
    await page.getByRole('button', { name: 'Đã có tài khoản' }).click();
    await page.getByLabel('Số điện thoại', { exact: true }).fill(buyerPhone);
    await page.getByLabel('Mật khẩu').fill(BUYER_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByText(/^Đặt hàng với tài khoản Trần Thị Mai/).waitFor();

    const walletChoice = page.getByRole('group', { name: /Vườn nhà Lộc Hà/ });
    const bankChoice = page.getByRole('group', { name: /Vườn Nông Tú/ });
    await walletChoice.waitFor();
    // The e-wallet-only shop offers the e-wallet alone; the other shop cash and a transfer, not a wallet.
    expect(
      await walletChoice.getByRole('radio').evaluateAll((r) => r.map((e) => e.parentElement?.textContent)),
    ).toEqual(['Ví điện tử (Viettel Money…)']);
    expect(
      await bankChoice.getByRole('radio').evaluateAll((r) => r.map((e) => e.parentElement?.textContent)),
    ).toEqual(['Tiền mặt khi nhận hàng', 'Chuyển khoản ngân hàng (mã VietQR)']);
    expect(await walletChoice.getByLabel('Ví điện tử (Viettel Money…)').isChecked()).toBe(true);
    await bankChoice.getByLabel('Chuyển khoản ngân hàng (mã VietQR)').check();

    await page.getByLabel('Xã / phường').selectOption('06325');
    await page.getByLabel('Thôn', { exact: true }).selectOption('long-dong:an-ninh-1');
    await page.getByLabel('Số điện thoại nhận hàng').fill('0971 234 567');
    await page.getByLabel('Lời nhắn cho người bán (không bắt buộc)').fill(NOTE);
    await expectAccessible(page);
    await saveScreenshot(page, appDir, 'checkout-per-shop');

    // A reload keeps what was typed: the village, the phone to call, the note and the chosen ways.
    await page.reload();
    await page.getByRole('group', { name: /Vườn Nông Tú/ }).waitFor();
    expect(await page.getByLabel('Thôn', { exact: true }).inputValue()).toBe('long-dong:an-ninh-1');
    expect(await page.getByLabel('Số điện thoại nhận hàng').inputValue()).toBe('0971 234 567');
    expect(await page.getByLabel('Lời nhắn cho người bán (không bắt buộc)').inputValue()).toBe(NOTE);
    expect(await bankChoice.getByLabel('Chuyển khoản ngân hàng (mã VietQR)').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Đặt hàng', exact: true }).click();
    await page.waitForURL(/\/orders\?placed=/);
    await page.getByText('Đã đặt 2 đơn hàng. Người bán xác nhận trong vòng 24 giờ.').waitFor();
    await expectAccessible(page);
    const placed = (await buyer.orders.mine.query()).items;
    expect(placed.map((o) => o.payment.method).sort()).toEqual(['bank_transfer', 'e_wallet']);
  });

  it('shows how to pay from an e-wallet, with copy buttons, reached from the orders list; the note shows', async () => {
    const { page } = browser;
    const order = (await buyer.orders.mine.query()).items.find((o) => o.payment.method === 'e_wallet');
    if (!order) throw new Error('no e-wallet order');
    // The order's card in the list says how to pay and leads to the payment screen.
    await page
      .getByRole('link', { name: new RegExp(`^Đơn ${order.reference}.*Xem cách thanh toán`) })
      .click();
    await page.waitForURL(/#thanh-toan$/);
    await page.getByRole('heading', { name: 'Trả bằng ví điện tử' }).waitFor();
    await page.getByText('Số ví Viettel Money: 0981 234 567').waitFor();
    // The name the wallet is registered under, as the buyer's wallet app will show it before they send.
    await page.getByText('Chủ ví: LOC THI HA').waitFor();
    await page.getByText('Số tiền: 69.000\u00a0₫').waitFor();
    await page.getByText(`Nội dung chuyển khoản: ${order.reference} NONGSAN`).waitFor();
    await page.getByText(`Lời nhắn của bạn: ${NOTE}`).waitFor();
    await page.getByRole('button', { name: 'Chép số tiền' }).click();
    await page.getByText('Đã chép số tiền.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('69000');
    await page.getByRole('button', { name: 'Chép số ví' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(WALLET_PHONE);
    await page.getByRole('button', { name: 'Chép nội dung chuyển khoản' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${order.reference} NONGSAN`);
    await expectAccessible(page);
    await saveScreenshot(page, appDir, 'order-e-wallet');

    // The bank-transfer order has the same three copy buttons beside its VietQR code.
    const bank = (await buyer.orders.mine.query()).items.find((o) => o.payment.method === 'bank_transfer');
    await page.goto(`${server.baseUrl}/buyer/orders/${bank?.id}`);
    await page.getByRole('img', { name: /^Mã VietQR/ }).waitFor();
    await page.getByRole('button', { name: 'Chép số tài khoản' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('0031002233445');
    await page.getByRole('button', { name: 'Chép số tiền' }).waitFor();
    await page.getByRole('button', { name: 'Chép nội dung chuyển khoản' }).waitFor();
    await expectAccessible(page);
  });

  it('lets the buyer switch an order its shop cannot receive to a way it takes', async () => {
    const { page } = browser;
    // Ordered cash on delivery while the shop took cash; then the shop stopped, and the order cannot be paid so.
    await walletShop.shop.update.mutate({ acceptsCashOnDelivery: true });
    const { orders } = await buyer.orders.place.mutate({
      idempotencyKey: `cash-then-off-${Date.now()}`,
      lines: [{ listingId: walletListingId, quantity: 1_000 }],
      deliveryAddress: (await buyer.orders.mine.query()).items[0]?.deliveryAddress ?? ({} as never),
      deliveryPhone: '0971234567',
      paymentMethod: 'cash_on_delivery',
    });
    await walletShop.shop.update.mutate({ acceptsCashOnDelivery: false });
    const order = orders[0];
    if (!order) throw new Error('no order');
    await page.goto(`${server.baseUrl}/buyer/orders/${order.id}`);
    await page
      .getByText('Cửa hàng hiện không nhận Tiền mặt khi nhận hàng. Hãy chọn cách thanh toán khác bên dưới.')
      .waitFor();
    await expectAccessible(page);
    await saveScreenshot(page, appDir, 'order-method-impossible');
    await page.getByLabel('Ví điện tử (Viettel Money…)').check();
    await page.getByRole('button', { name: 'Đổi sang cách này' }).click();
    await page.getByText('Đã đổi cách thanh toán.').waitFor();
    await page.getByText('Số ví Viettel Money: 0981 234 567').waitFor();
    await page.getByText('Đổi cách thanh toán: Ví điện tử (Viettel Money…)').waitFor();
    expect((await buyer.orders.get.query({ orderId: order.id })).order.payment.method).toBe('e_wallet');
    await expectAccessible(page);
    await saveScreenshot(page, appDir, 'order-method-switched');

    await page.goto(`${server.baseUrl}/buyer/orders`);
    await page.locator('.ns-cards li').first().waitFor();
    await expectAccessible(page);
    await scan.check();
    expect(scan.findings).toEqual([]);
  });
});
