/**
 * Ratings and reviews across both apps: a buyer rates a delivered order with stars, a comment and a photo from the
 * phone; it shows on the shop's page with the average the Vietnamese way; the household answers in the seller app
 * and the buyer reads the answer on the order; the household's helper is offered to hide it, and the commune's official hides it from the commune view's recent reviews: it leaves the shop page.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiClient } from '@nongsan/api-client';
import { villageAddress } from '@nongsan/domain';
import {
  axeViolations,
  browserSkipReason,
  newHousehold,
  openPhoneBrowser,
  type PhoneBrowser,
  REPO_ROOT,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  signInOnPage,
  signUpBuyer,
  smallTapTargets,
  startServer,
} from '@nongsan/ui/testing';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

const BUYER = { phone: '0389555181', password: 'nguoi-mua-2026', displayName: 'Hà Thị Mai' };
const HELPER = { phone: '0389555182', password: 'to-cong-nghe-2026', displayName: 'Vi Văn Giúp' };
const HOUSEHOLD = { head: 'Lường Thị Lan', phone: '0389555183', password: 'mat-khau-nha-lan' };
const COMMENT = 'Thanh long ngọt, quả to, giao đúng hẹn';
const ANSWER = 'Cảm ơn chị Mai, lần sau nhà em gửi thêm quả to!';

/** A photo as a phone camera would give it: a 64×48 PNG of dragon-fruit pink. */
function cameraPhoto(): Buffer {
  const png = new PNG({ width: 64, height: 48 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([0xc2, 0x18, 0x5b, 0xff], i);
  return PNG.sync.write(png);
}

describe.skipIf(skipReason !== null)(
  'a buyer rates a delivered order; the shop answers; the commune official hides it',
  () => {
    let server: RunningServer;
    let buyerBrowser: PhoneBrowser;
    let sellerBrowser: PhoneBrowser;
    let shopId = '';
    let orderId = '';
    let villageId = '';

    beforeAll(async () => {
      requireBuilt(
        join(appDir, 'dist/index.html'),
        'build the buyer app first (pnpm --filter @nongsan/buyer build)',
      );
      requireBuilt(
        join(REPO_ROOT, 'apps/seller/dist/index.html'),
        'build the seller app first (pnpm --filter @nongsan/seller build)',
      );
      server = await startServer();
      const { household } = await newHousehold(server, { helper: HELPER, household: HOUSEHOLD });
      await household.shop.open.mutate({ name: 'Thanh long nhà Lan' });
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
      shopId = mine.id;
      villageId = mine.villageId;
      const { client: buyer } = await signUpBuyer(server.baseUrl, BUYER);
      orderId = await deliveredOrder(buyer, household, listing.id, mine.villageId);
      buyerBrowser = await openPhoneBrowser();
      sellerBrowser = await openPhoneBrowser();
      // The buyer signs in as the checkout would have signed them in.
      const login = await buyerBrowser.page.request.post(`${server.baseUrl}/trpc/auth.login`, {
        data: { phone: BUYER.phone, password: BUYER.password },
      });
      expect(login.status()).toBe(200);
    }, 90_000);

    afterAll(async () => {
      await buyerBrowser?.close();
      await sellerBrowser?.close();
      await server?.stop();
    });

    async function deliveredOrder(buyer: ApiClient, seller: ApiClient, listingId: string, villageId: string) {
      const placed = await buyer.orders.place.mutate({
        idempotencyKey: 'reviews-e2e-1',
        lines: [{ listingId, quantity: 3_000 }],
        deliveryAddress: villageAddress(villageId, 'current'),
        deliveryPhone: BUYER.phone,
        paymentMethod: 'cash_on_delivery',
      });
      const order = placed.orders[0];
      if (!order) throw new Error('no order placed');
      await seller.orders.confirm.mutate({ orderId: order.id });
      await seller.orders.handOver.mutate({ orderId: order.id, trackingCode: 'VTP123456789' });
      await buyer.orders.markDelivered.mutate({ orderId: order.id });
      return order.id;
    }

    it('the buyer rates the delivered order with 4 stars, a comment and a photo', async () => {
      const { page } = buyerBrowser;
      await page.goto(`${server.baseUrl}/buyer/orders/${encodeURIComponent(orderId)}`);
      await page.getByRole('heading', { name: 'Đánh giá', level: 3 }).waitFor();
      const stars = page.getByRole('group', { name: 'Số sao' });
      // One radio group, each star a big target with its word.
      expect(await stars.getByRole('radio').count()).toBe(5);
      await stars.getByRole('radio', { name: '4 sao, Tốt' }).check();
      expect(await stars.getByRole('radio', { name: '4 sao, Tốt' }).isChecked()).toBe(true);
      await page.getByLabel('Nhận xét (không bắt buộc)').fill(COMMENT);
      await page
        .getByLabel('Ảnh hàng nhận được (không bắt buộc)')
        .setInputFiles({ name: 'thanh-long.png', mimeType: 'image/png', buffer: cameraPhoto() });
      await page.getByRole('button', { name: 'Bỏ ảnh' }).scrollIntoViewIfNeeded();
      await saveScreenshot(page, appDir, 'review-form');
      // Nothing wider than the phone (naming what is, if anything).
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > 360)
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
          .slice(0, 40),
      );
      expect(wide).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await smallTapTargets(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await page.getByText('Cảm ơn bạn đã đánh giá!').waitFor();
      await page.getByRole('heading', { name: 'Đánh giá của bạn', level: 3 }).waitFor();
      await page.getByText(COMMENT).waitFor();
      await page.getByText('Cửa hàng chưa trả lời.').scrollIntoViewIfNeeded();
      await saveScreenshot(page, appDir, 'review-sent');
    });

    it("shows on the shop's page: 4,0 ★ (1 đánh giá), the comment and the photo, loaded lazily", async () => {
      const { page } = buyerBrowser;
      await page.goto(`${server.baseUrl}/buyer/shops/${encodeURIComponent(shopId)}`);
      await page.getByText('4,0 ★ (1 đánh giá)').waitFor();
      await page.getByText(COMMENT).waitFor();
      const photo = page.getByRole('img', { name: 'Ảnh của Mai' });
      expect(await photo.getAttribute('loading')).toBe('lazy');
      const src = (await photo.getAttribute('src')) ?? '';
      expect((await page.request.get(`${server.baseUrl}${src}`)).headers()['content-type']).toBe(
        'image/jpeg',
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await axeViolations(page)).toEqual([]);
      await photo.scrollIntoViewIfNeeded();
      await saveScreenshot(page, appDir, 'shop-reviews');

      // The listing's card on the home page carries the shop's rating too.
      await page.goto(`${server.baseUrl}/buyer/?village=${encodeURIComponent(villageId)}`);
      const card = page.locator('.ns-cards li', { hasText: 'Thanh long nhà Lan' });
      await card.getByText('4,0 ★ (1 đánh giá)').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await card.scrollIntoViewIfNeeded();
      await saveScreenshot(page, appDir, 'listing-card-rating');
    });

    it('the household answers once in the seller app; the buyer reads the answer on the order', async () => {
      const { page } = sellerBrowser;
      await signInOnPage(page, `${server.baseUrl}/seller/`, HOUSEHOLD.phone, HOUSEHOLD.password);
      await page.getByRole('link', { name: 'Xem đánh giá của khách' }).click();
      await page.getByRole('heading', { name: 'Đánh giá của khách', level: 2 }).waitFor();
      await page.getByText('Trung bình 4,0 ★ (1 đánh giá)').waitFor();
      await page.getByText(COMMENT).waitFor();
      // The household does not moderate its own reviews.
      expect(await page.getByRole('button', { name: 'Ẩn đánh giá này' }).count()).toBe(0);
      await page.getByLabel('Trả lời khách (chỉ một lần)').fill(ANSWER);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, appDir, 'seller-review-answer');
      await page.getByRole('button', { name: 'Gửi trả lời' }).click();
      await page.getByText('Cửa hàng đã trả lời').waitFor();
      await page.getByText(ANSWER).waitFor();
      // Answered once: no box for a second answer.
      expect(await page.getByLabel('Trả lời khách (chỉ một lần)').count()).toBe(0);

      const buyer = buyerBrowser.page;
      await buyer.goto(`${server.baseUrl}/buyer/orders/${encodeURIComponent(orderId)}`);
      await buyer.getByText('Cửa hàng trả lời').waitFor();
      await buyer.getByText(ANSWER).scrollIntoViewIfNeeded();
      await saveScreenshot(buyer, appDir, 'review-answered');
    });

    it("the household's helper is offered to hide it; the commune's official hides it from 'Đánh giá gần đây' with a reason; it leaves the shop page", async () => {
      const { page } = sellerBrowser;
      await signInOnPage(page, `${server.baseUrl}/seller/`, HELPER.phone, HELPER.password);
      await page.getByRole('link', { name: `Xem hộ ${HOUSEHOLD.head}` }).click();
      await page.getByRole('link', { name: 'Xem đánh giá của khách' }).click();
      await page.waitForURL(`**/seller/households/${encodeURIComponent(shopId)}/reviews`);
      await page.getByText(COMMENT).waitFor();
      expect(await page.getByRole('button', { name: 'Ẩn đánh giá này' }).count()).toBe(1);

      const official = server.demoLogins.official;
      if (!official) throw new Error('the server printed no demo official login');
      await signInOnPage(page, `${server.baseUrl}/seller/`, official.phone, server.demoPassword);
      const recent = page.locator('section', {
        has: page.getByRole('heading', { name: 'Đánh giá gần đây' }),
      });
      const reviewCard = recent.locator(`[data-commune-review="${orderId}"]`);
      await reviewCard.getByText(COMMENT).waitFor();
      expect(await reviewCard.textContent()).toContain('Thanh long nhà Lan');
      await reviewCard.getByRole('button', { name: 'Ẩn đánh giá này' }).click();
      await reviewCard.getByLabel('Lý do ẩn (ghi vào nhật ký)').fill('Khách nhờ ẩn vì lộ số điện thoại');
      await reviewCard.scrollIntoViewIfNeeded();
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, join(REPO_ROOT, 'apps/seller'), 'commune-reviews-hide');
      await reviewCard.getByRole('button', { name: 'Ẩn đánh giá', exact: true }).click();
      await reviewCard.waitFor({ state: 'detached' });

      const buyer = buyerBrowser.page;
      await buyer.goto(`${server.baseUrl}/buyer/shops/${encodeURIComponent(shopId)}`);
      await buyer.getByText('Chưa có đánh giá').waitFor();
      expect(await buyer.getByText(COMMENT).count()).toBe(0);
      await buyer.goto(`${server.baseUrl}/buyer/?village=${encodeURIComponent(villageId)}`);
      const card = buyer.locator('.ns-cards li', { hasText: 'Thanh long nhà Lan' });
      await card.waitFor();
      expect(await card.getByText('★').count()).toBe(0);
      await buyer.goto(`${server.baseUrl}/buyer/orders/${encodeURIComponent(orderId)}`);
      await buyer.getByText('Đánh giá này đã bị ẩn khỏi trang cửa hàng.').waitFor();
    });
  },
);
