/**
 * A buyer filtering by another commune, in Chromium against the real server (demo data, clock at 2026-09-15): once
 * a second commune has a shop, the home offers the communes, and choosing xã Hưng Vũ shows its listing alone.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiClientAt } from '@nongsan/api-client';
import {
  browserSkipReason,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  scanEveryPage,
  signInToApi,
  startServer,
} from '@nongsan/ui/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

describe.skipIf(skipReason !== null)('a buyer filtering by commune in Chromium', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;
  let scan: ReturnType<typeof scanEveryPage>;

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the buyer app first (pnpm --filter @nongsan/buyer build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
    scan = scanEveryPage(browser.page);
  }, 120_000);

  afterEach(async () => {
    await scan.check();
    expect(scan.findings).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("finds xã Hưng Vũ's dragon fruit alone when that commune is chosen", async () => {
    const province = server.demoLogins.province;
    if (!province) throw new Error('the server printed no province official login');
    const api = await signInToApi(server.baseUrl, province.phone, server.demoPassword);
    const village = await api.admin.addVillage.mutate({ communeCode: '06349', name: 'Nà Lay' });
    const household = apiClientAt(server.baseUrl);
    await household.auth.register.mutate({
      kind: 'household',
      phone: '0389777002',
      password: 'vuon-na-lay-2026',
      displayName: 'Lý Văn Tám',
      villageId: village.id,
    });
    await household.shop.open.mutate({ name: 'Vườn nhà Tám Hưng Vũ' });
    const listing = await household.listings.create.mutate({
      listing: {
        productId: 'dragon-fruit',
        title: 'Thanh long Nà Lay',
        unitPrice: 27_000,
        stock: 50_000,
        minOrder: 1_000,
        perBuyerCap: null,
      },
      publish: true,
    });
    const expected = await apiClientAt(server.baseUrl).listings.search.query({ communeCode: '06349' });
    expect(expected.items.map((l) => l.id)).toEqual([listing.id]);

    const { page } = browser;
    await page.goto(`${server.baseUrl}/buyer/`);
    const commune = page.getByLabel('Xã, phường');
    await commune.waitFor();
    await commune.selectOption('06349');
    await page.waitForURL(/commune=06349/);
    await page.getByText('Thanh long Nà Lay').first().waitFor();
    const cards = page.locator('ul.ns-cards > li');
    await page.waitForFunction(() => document.querySelectorAll('ul.ns-cards > li').length === 1);
    expect(await cards.count()).toBe(1);
    expect(await cards.first().textContent()).toContain('Nà Lay');
    // The villages offered are the chosen commune's.
    const villages = await page.getByLabel('Thôn').locator('option').allTextContents();
    expect(villages).toContain('Nà Lay');
    expect(villages).not.toContain('An Ninh 1');
    await saveScreenshot(page, appDir, 'home-commune-filter');

    // Back to the whole province: Bắc Sơn's listings are there again.
    await commune.selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('ul.ns-cards > li').length > 1);
  }, 120_000);
});
