import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiClient } from '@nongsan/api-client';
import { parseVietQr, villageAddress } from '@nongsan/domain';
import {
  browserSkipReason,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  scanEveryPage,
  signInOnPage,
  signUpBuyer,
  startServer,
} from '@nongsan/ui/testing';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSellingHousehold, type SellingHousehold, uniquePhone } from './api-person.ts';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const sellerDir = join(appDir, '../seller');
const skipReason = browserSkipReason();

/** A photo of bruised dragon fruit, as a phone camera would give one: a small PNG drawn here (red with a mark). */
function bruisedFruitPhoto(): Buffer {
  const png = new PNG({ width: 64, height: 48 });
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (png.width * y + x) << 2;
      const bruise = (x - 40) ** 2 + (y - 20) ** 2 < 80;
      png.data[i] = bruise ? 90 : 200;
      png.data[i + 1] = bruise ? 40 : 30;
      png.data[i + 2] = bruise ? 50 : 90;
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

describe.skipIf(skipReason !== null)('a complaint with a photo, refunded in part, in Chromium', () => {
  let server: RunningServer;
  let buyerBrowser: PhoneBrowser;
  let sellerBrowser: PhoneBrowser;
  let shop: SellingHousehold;
  let buyer: ApiClient;
  let orderId = '';
  let reference = '';
  const buyerPhone = uniquePhone();
  const buyerPassword = 'nguoi-mua-khieu-nai';

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the buyer app first (pnpm --filter @nongsan/buyer build)',
    );
    requireBuilt(
      join(sellerDir, 'dist/index.html'),
      'build the seller app first (pnpm --filter @nongsan/seller build)',
    );
    server = await startServer();
    shop = await openSellingHousehold(server.baseUrl, {
      displayName: 'Hoàng Văn Kiểm',
      shopName: 'Vườn thanh long Hoàng Kiểm',
      villageId: 'long-dong:ra-la',
      accountNumber: '0011004455668',
    });
    const listing = await shop.client.listings.create.mutate({
      listing: {
        productId: 'dragon-fruit',
        title: 'Thanh long ruột đỏ',
        unitPrice: 28_000,
        stock: 60_000,
        minOrder: 1_000,
      },
      publish: true,
    });
    ({ client: buyer } = await signUpBuyer(server.baseUrl, {
      phone: buyerPhone,
      password: buyerPassword,
      displayName: 'Nguyễn Thị Lan',
    }));
    // A 3 kg bank-transfer order, paid, handed to the post and delivered, through the API as the apps do.
    const [order] = (
      await buyer.orders.place.mutate({
        idempotencyKey: 'complaint-refund-1',
        lines: [{ listingId: listing.id, quantity: 3_000 }],
        deliveryAddress: villageAddress('long-dong:an-ninh-1', 'current'),
        deliveryPhone: '0971 234 567',
        paymentMethod: 'bank_transfer',
      })
    ).orders;
    if (!order) throw new Error('no order placed');
    orderId = order.id;
    reference = order.reference;
    await shop.client.orders.markPaid.mutate({ orderId });
    await shop.client.orders.confirm.mutate({ orderId });
    await shop.client.orders.handOver.mutate({ orderId, trackingCode: 'VTP123456789' });
    await buyer.orders.markDelivered.mutate({ orderId });
    buyerBrowser = await openPhoneBrowser();
    sellerBrowser = await openPhoneBrowser();
  }, 90_000);

  afterAll(async () => {
    await buyerBrowser?.close();
    await sellerBrowser?.close();
    await server?.stop();
  });

  it('the buyer reports damaged fruit with a photo; the seller refunds part by VietQR; the buyer sees the refund', async () => {
    const page = buyerBrowser.page;
    const scan = scanEveryPage(page);
    await page.goto(`${server.baseUrl}/buyer/orders`);
    await page.getByRole('button', { name: 'Đã có tài khoản' }).click();
    await page.getByLabel('Số điện thoại').fill(buyerPhone);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(buyerPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText(reference).first().click();
    await page
      .getByRole('heading', { name: `Đơn ${reference}` })
      .first()
      .waitFor();
    await saveScreenshot(page, appDir, 'complaint-order');

    await page.getByRole('button', { name: 'Báo vấn đề' }).click();
    const form = page.getByRole('form', { name: 'Báo vấn đề với đơn hàng' });
    await form.getByRole('radio', { name: 'Hàng bị dập, hỏng' }).check();
    // Sending without a photo: the domain's rule, beside the photo field, in Vietnamese.
    await form.getByLabel('Ngân hàng').selectOption({ label: 'Agribank (VBA)' });
    await form.getByLabel('Số tài khoản').fill('4321 0987 6543');
    await form.getByLabel('Tên chủ tài khoản').fill('Nguyễn Thị Lan');
    await form.getByRole('button', { name: 'Gửi báo vấn đề' }).click();
    await form.getByText('Hãy chụp ít nhất một ảnh hàng bị dập hỏng hoặc giao nhầm.').waitFor();

    await form
      .locator('input[name="photo"]')
      .setInputFiles({ name: 'qua-dap.png', mimeType: 'image/png', buffer: bruisedFruitPhoto() });
    await form.getByRole('img', { name: 'Ảnh 1' }).waitFor();
    await form.getByLabel('Mô tả thêm').fill('Ba quả bị dập, chảy nước');
    await saveScreenshot(page, appDir, 'complaint-form');
    await form.getByRole('button', { name: 'Gửi báo vấn đề' }).click();

    const mine = page.getByRole('region', { name: 'Vấn đề bạn đã báo' });
    await mine.getByText('Đang chờ người bán trả lời', { exact: false }).waitFor();
    const photo = mine.getByRole('img', { name: 'Ảnh 1' });
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await saveScreenshot(page, appDir, 'complaint-filed');

    // The seller: the complaint above the orders, then on the order's page.
    const seller = sellerBrowser.page;
    const sellerScan = scanEveryPage(seller);
    await signInOnPage(seller, `${server.baseUrl}/seller/`, shop.phone, 'mat-khau-ban-hang');
    await seller.getByRole('link', { name: 'Đơn hàng' }).click();
    const toSettle = seller.getByRole('region', { name: 'Khiếu nại cần xử lý (1)' });
    await toSettle.waitFor({ timeout: 15_000 });
    expect(
      await seller.locator(`[data-order="${reference}"] [data-complaint-status]`).textContent(),
    ).toContain('Khiếu nại: Chờ bạn trả lời');
    await saveScreenshot(seller, sellerDir, 'complaint-inbox');
    await toSettle.getByRole('link', { name: new RegExp(`Đơn ${reference}`) }).click();
    const complaint = seller.getByRole('region', { name: 'Người mua báo vấn đề' });
    await complaint.getByText('Ba quả bị dập, chảy nước').waitFor();
    const sellerPhoto = complaint.getByRole('img', { name: 'Ảnh người mua chụp 1' });
    await expect
      .poll(() => sellerPhoto.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await complaint.getByRole('button', { name: 'Đồng ý, hoàn tiền' }).click();
    await complaint.getByLabel('Số tiền hoàn (đồng)').fill('90.000');
    await complaint.getByRole('button', { name: /^Hoàn 90\.000\s₫$/ }).click();
    await complaint.getByText(/Số tiền hoàn tối đa là 84\.000\s₫\./).waitFor();
    await complaint.getByLabel('Số tiền hoàn (đồng)').fill('20.000');
    await complaint.getByRole('button', { name: /^Hoàn 20\.000\s₫$/ }).click();

    // The code the seller scans pays the buyer's account back, read from its pixels as a bank app would.
    const code = complaint.getByRole('img', { name: /^Mã VietQR hoàn 20\.000\s₫ cho người mua$/ });
    await code.waitFor();
    const png = PNG.sync.read(await code.screenshot());
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(read).not.toBeNull();
    expect(parseVietQr(read?.data ?? '')).toMatchObject({
      bin: '970405',
      accountNumber: '432109876543',
      amount: 20_000,
      purpose: `HOAN TIEN ${reference}`,
    });
    await saveScreenshot(seller, sellerDir, 'complaint-refund-qr');
    await complaint.getByRole('button', { name: 'Đã chuyển tiền hoàn' }).click();
    await complaint.getByText(/Đã hoàn 20\.000\s₫ lúc/).waitFor();
    const timeline = seller.getByRole('region', { name: 'Diễn biến đơn hàng' });
    await timeline.locator('li[data-event="refund_paid"]').waitFor();
    await sellerScan.check();
    expect(sellerScan.findings).toEqual([]);

    // The buyer's page shows the refund by itself.
    await mine.getByText(/Đã hoàn tiền 20\.000\s₫/).waitFor({ timeout: 20_000 });
    await saveScreenshot(page, appDir, 'complaint-refunded');
    await scan.check();
    expect(scan.findings).toEqual([]);
  }, 180_000);
});
