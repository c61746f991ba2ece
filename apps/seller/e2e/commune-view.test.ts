import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatVnd } from '@nongsan/domain';
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

describe.skipIf(skipReason !== null)('commune view in Chromium against the real server', () => {
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
  });

  // No internal code, raw enum or schema message on any Vietnamese page the test visited.
  afterEach(async () => {
    await scan.check();
    expect(scan.findings).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an official sees the 10 villages against the 64% target and orders and revenue by month', async () => {
    const official = server.demoLogins.official;
    expect(official, 'the server printed a demo official login').toBeDefined();
    if (!official) return;
    const api = await signInToApi(server.baseUrl, official.phone, server.demoPassword);
    const stats = await api.commune.stats.query();
    const series = await api.commune.timeseries.query();
    expect(stats).toHaveLength(10);

    const { page } = browser;
    await page.goto(`${server.baseUrl}/seller/`);
    await page.getByLabel('Số điện thoại').fill(official.phone);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(server.demoPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Toàn xã' }).waitFor();

    // Adoption: one bar per village, the target line labelled, each village's share and shops as the server says.
    const chart = page.locator('svg[data-chart="adoption"]');
    await chart.waitFor();
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('g[data-village]').count()).toBe(10);
    expect(await chart.textContent()).toContain('Mục tiêu 64%');
    for (const village of stats) {
      const bar = chart.locator(`g[data-village="${village.villageName}"]`);
      expect(await bar.textContent()).toContain(
        `${Math.round(village.shopShare * 100)}% ${village.shops}/${village.households}`,
      );
    }
    // The same figures as a table for screen readers, and a sentence for the commune as a whole.
    const rows = page.locator('table[data-table="adoption"] tbody tr');
    expect(await rows.count()).toBe(10);
    const onTarget = stats.filter((v) => v.onTarget).length;
    expect(await page.locator('[data-summary="adoption"]').textContent()).toContain(
      `Mục tiêu 64%. ${onTarget}/10 thôn đạt.`,
    );

    // Sales by month: the last twelve months of the commune as bars, with the exact figures in the table.
    const byMonth = new Map<string, { orders: number; vnd: number }>();
    for (const row of series) {
      const sum = byMonth.get(row.month) ?? { orders: 0, vnd: 0 };
      byMonth.set(row.month, { orders: sum.orders + row.orders, vnd: sum.vnd + row.vnd });
    }
    const months = [...byMonth.keys()].sort().slice(-12);
    if (months.length === 0) {
      await page.getByText('Chưa có đơn hàng nào.').waitFor();
    } else {
      const sales = page.locator('svg[data-chart="sales"]');
      await sales.waitFor();
      expect(await sales.locator('g[data-month]').count()).toBe(months.length);
      const latest = months.at(-1) ?? '';
      const latestRow = page.locator('table[data-table="sales"] tbody tr').first();
      const figures = byMonth.get(latest);
      expect(await latestRow.locator('td').allTextContents()).toEqual([
        String(figures?.orders),
        formatVnd(figures?.vnd ?? 0),
      ]);
    }
    await saveScreenshot(page, appDir, 'commune-view');
    await page.locator('table[data-table="sales"], p.ns-muted').last().scrollIntoViewIfNeeded();
    await saveScreenshot(page, appDir, 'commune-view-sales');

    // In English too, the same figures.
    await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
    await page.getByRole('heading', { name: 'The commune' }).waitFor();
    expect(await chart.textContent()).toContain('Target 64%');
    expect(await page.locator('[data-summary="adoption"]').textContent()).toContain(
      `Target 64%. ${onTarget}/10 villages on target.`,
    );
  });
});
