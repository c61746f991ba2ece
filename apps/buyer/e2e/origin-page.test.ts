import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { originPath } from '@nongsan/domain';
import {
  browserSkipReason,
  newHousehold,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  startServer,
} from '@nongsan/ui/testing';
import { encode } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrPath } from '../src/pages/origin-label-page.tsx';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

describe.skipIf(skipReason !== null)("a listing's origin page and QR label, in Chromium at 360 px", () => {
  let server: RunningServer;
  let browser: PhoneBrowser;
  let listingId: string;

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the buyer app first (pnpm --filter @nongsan/buyer build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
    const { household } = await newHousehold(server, {
      helper: { phone: '0389555081', password: 'to-cong-nghe-2026', displayName: 'Vi Văn Giúp' },
      household: { head: 'Hoàng Thị Nguồn', phone: '0389555082', password: 'vuon-nha-nguon-2026' },
    });
    await household.shop.open.mutate({ name: 'Thanh long nhà Nguồn' });
    const listing = await household.listings.create.mutate({
      listing: {
        productId: 'dragon-fruit',
        title: 'Thanh long ruột đỏ Long Đống',
        unitPrice: 28_000,
        stock: 30_000,
        minOrder: 1_000,
        harvest: { from: '2026-09-10', until: '2026-09-20' },
        ocopStars: 4,
      },
      publish: true,
    });
    listingId = listing.id;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows where the produce comes from, with its preview in the HTML for shared links', async () => {
    const { page } = browser;
    const response = await page.goto(`${server.baseUrl}${originPath(listingId)}`);
    expect(await response?.text()).toContain(
      '<meta property="og:title" content="Nguồn gốc: Thanh long ruột đỏ Long Đống – Thanh long nhà Nguồn" />',
    );
    await page.locator('[data-origin="household"]').waitFor();
    await page.getByRole('heading', { name: 'Thanh long ruột đỏ Long Đống' }).waitFor();
    expect(await page.locator('[data-origin="household"]').textContent()).toBe('Thanh long nhà Nguồn');
    expect(await page.locator('[data-origin="place"]').textContent()).toMatch(
      /^Thôn .+, xã Bắc Sơn, tỉnh Lạng Sơn$/,
    );
    expect(await page.locator('[data-origin="harvest"]').textContent()).toBe('10/09/2026 – 20/09/2026');
    expect(await page.locator('[data-origin="ocop"]').textContent()).toContain('4 sao');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveScreenshot(page, appDir, 'origin-page');
  });

  it('prints a label whose QR code is the origin page’s address', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Tem QR để in' }).click();
    const qr = page.locator('svg[data-qr]');
    await qr.waitFor();
    const url = `${server.baseUrl}${originPath(listingId)}`;
    expect(await qr.getAttribute('data-qr')).toBe(url);
    // The modules drawn are the QR encoding of that address (uqr, as the page drew them).
    expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(encode(url, { border: 2 }).data));
    await saveScreenshot(page, appDir, 'origin-label');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'In tem' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
