/**
 * The province's official in Chromium against the real server (demo data, clock at 2026-09-15): the overview of
 * the province's communes from the pre-aggregated figures, at 360 px and on a desktop width, each commune opening to
 * its own view; the figures are the ones the API gives.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiClientAt } from '@nongsan/api-client';
import { formatVnd } from '@nongsan/domain';
import {
  axeViolations,
  browserSkipReason,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  scanEveryPage,
  signInOnPage,
  signInToApi,
  startServer,
} from '@nongsan/ui/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();
const vi = new Intl.NumberFormat('vi-VN');

describe.skipIf(skipReason !== null)("the province official's overview in Chromium", () => {
  let server: RunningServer;
  let browser: PhoneBrowser;
  let scan: ReturnType<typeof scanEveryPage>;

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the seller app first (pnpm --filter @nongsan/seller build)',
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

  it('shows every commune with figures against the target and the months, at 360 px and on a desktop', async () => {
    const login = server.demoLogins.province;
    expect(login, 'the server printed a demo province official login').toBeDefined();
    if (!login) return;
    const api = await signInToApi(server.baseUrl, login.phone, server.demoPassword);
    // The figures job counts once at start: wait for its first pass.
    let overview = await api.province.overview.query();
    for (let tries = 0; overview.asOf === null && tries < 100; tries++) {
      await new Promise((wait) => setTimeout(wait, 200));
      overview = await api.province.overview.query();
    }
    expect(overview.asOf).not.toBeNull();
    expect(overview.communes.length).toBeGreaterThan(0);
    const bacSon = overview.communes.find((c) => c.code === '06325');
    expect(bacSon?.households).toBe(1_085);

    const { page } = browser;
    await signInOnPage(page, `${server.baseUrl}/seller/`, login.phone, server.demoPassword);
    await page.getByRole('heading', { name: 'Toàn tỉnh', exact: true }).waitFor();
    const rows = page.locator('table[data-table="communes"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(overview.communes.length);
    const row = page.locator('tr[data-commune="06325"]');
    expect(await row.locator('td').first().textContent()).toBe(`${bacSon?.shops}/${bacSon?.households}`);
    expect(await row.textContent()).toContain('Trước 7/2025: thị trấn Bắc Sơn, xã Long Đống, xã Bắc Quỳnh');
    expect(await page.locator('[data-summary="province"]').textContent()).toContain(
      `${vi.format(overview.shops)} trên ${vi.format(overview.households)} hộ có gian hàng số`,
    );
    expect(await page.locator('[data-summary="idle"]').textContent()).toContain(
      `${overview.communes.filter((c) => c.idle).length} xã`,
    );
    const months = page.locator('table[data-table="province-months"] tbody tr');
    expect(await months.count()).toBe(overview.months.length);
    const latest = overview.months.at(-1);
    if (latest)
      expect(await months.first().locator('td').allTextContents()).toEqual([
        String(latest.orders),
        formatVnd(latest.vnd),
      ]);

    // At 360 px nothing makes the page scroll sideways (the table scrolls in its own box), and axe finds nothing.
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, appDir, 'province-overview-360');

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('heading', { name: 'Toàn tỉnh', exact: true }).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(1280);
    expect(await rows.count()).toBe(overview.communes.length);
    await saveScreenshot(page, appDir, 'province-overview-desktop');
    await page.setViewportSize({ width: 360, height: 740 });

    // A commune opens to its officials' own view: its ten villages, and a way back to the province.
    await page.locator('a[data-open-commune="06325"]').first().click();
    await page.getByRole('heading', { name: 'Xã Bắc Sơn', exact: true }).waitFor();
    expect(await page.locator('table[data-table="adoption"] tbody tr').count()).toBe(10);
    await page.getByRole('link', { name: 'Quay lại' }).first().click();
    await page.getByRole('heading', { name: 'Toàn tỉnh', exact: true }).waitFor();
  }, 120_000);

  it("a commune official cannot open the neighbouring commune's households; the province official can", async () => {
    const province = server.demoLogins.province;
    const official = server.demoLogins.official;
    if (!province || !official) throw new Error('the server printed no province or commune official login');
    const provinceApi = await signInToApi(server.baseUrl, province.phone, server.demoPassword);
    // xã Hưng Vũ, Bắc Sơn's neighbour, gets a village and a household in it.
    const village = await provinceApi.admin.addVillage.mutate({ communeCode: '06349', name: 'Nà Lay' });
    const household = apiClientAt(server.baseUrl);
    await household.auth.register.mutate({
      kind: 'household',
      phone: '0389777001',
      password: 'vuon-na-lay-2026',
      displayName: 'Lý Văn Tám',
      villageId: village.id,
    });
    const { page } = browser;
    await signInOnPage(page, `${server.baseUrl}/seller/`, official.phone, server.demoPassword);
    await page.getByRole('heading', { name: 'Toàn xã', exact: true }).waitFor();
    await page.goto(`${server.baseUrl}/seller/villages/${encodeURIComponent(village.id)}`);
    await page.getByText('Bạn không phụ trách xã, phường này.').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('Lý Văn Tám');
    await saveScreenshot(page, appDir, 'commune-official-neighbour-refused');

    // The province's official opens the same village from the neighbour's commune view.
    await signInOnPage(page, `${server.baseUrl}/seller/`, province.phone, server.demoPassword);
    await page.getByRole('heading', { name: 'Toàn tỉnh', exact: true }).waitFor();
    await page.goto(`${server.baseUrl}/seller/communes/06349/villages/${encodeURIComponent(village.id)}`);
    await page.getByText('Lý Văn Tám').first().waitFor();
  }, 120_000);
});
