import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  browserSkipReason,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  signInOnPage,
  signInToApi,
  startServer,
} from '@nongsan/ui/testing';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

/** Taps the download link and reads the saved file back: its name, whether it starts with the BOM, its rows. */
async function downloadFrom(page: Page, name: string) {
  const link = page.getByRole('link', { name });
  await link.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  const bytes = readFileSync(path);
  const rows: string[][] = parse(bytes, { bom: true });
  return { fileName: download.suggestedFilename(), bom: [...bytes.subarray(0, 3)], rows };
}

describe.skipIf(skipReason !== null)('spreadsheet downloads in Chromium against the real server', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the seller app first (pnpm --filter @nongsan/seller build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a household downloads its orders from its sales page; the sold ones add up to the page’s total', async () => {
    const household = server.demoLogins.household;
    if (!household) throw new Error('the server printed no demo household login');
    const api = await signInToApi(server.baseUrl, household.phone, server.demoPassword);
    const sales = await api.stats.sales.query();
    expect(sales.rows.length, 'the demo household has sold something').toBeGreaterThan(0);
    const { page } = browser;
    await signInOnPage(page, `${server.baseUrl}/seller/`, household.phone, server.demoPassword);
    await page.getByRole('link', { name: 'Tài khoản' }).waitFor();
    await page.goto(`${server.baseUrl}/seller/sales`);
    await page.locator('[data-sales-total]').waitFor();
    await saveScreenshot(page, appDir, 'sales-csv-download');

    const file = await downloadFrom(page, 'Tải bảng đơn hàng (Excel, CSV)');
    expect(file.fileName).toMatch(/^nongsan-don-hang-den-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.bom).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = file.rows;
    expect(header?.slice(0, 3)).toEqual(['Tháng', 'Ngày đặt', 'Mã đơn']);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row[1]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(row[5]).toMatch(/^\d+$/);
    }
    const sold = new Set(['Đã xác nhận', 'Đã giao bưu điện', 'Đã giao hàng', 'Hoàn tất']);
    const soldGoods = rows
      .filter((row) => sold.has(row[3] ?? ''))
      .reduce((sum, row) => sum + Number(row[5]), 0);
    expect(soldGoods).toBe(sales.total.vnd);
  });

  it('a commune official downloads the villages by month; each village’s months add up to the screen’s figures', async () => {
    const official = server.demoLogins.official;
    if (!official) throw new Error('the server printed no demo official login');
    const api = await signInToApi(server.baseUrl, official.phone, server.demoPassword);
    const stats = await api.commune.stats.query();
    const { page } = browser;
    await signInOnPage(page, `${server.baseUrl}/seller/`, official.phone, server.demoPassword);
    await page.getByRole('heading', { name: 'Toàn xã' }).waitFor();
    const link = page.getByRole('link', { name: 'Tải số liệu các thôn theo tháng (Excel, CSV)' });
    await link.scrollIntoViewIfNeeded();
    await saveScreenshot(page, appDir, 'commune-csv-download');

    const file = await downloadFrom(page, 'Tải số liệu các thôn theo tháng (Excel, CSV)');
    expect(file.fileName).toMatch(/^nongsan-xa-06325-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.bom).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = file.rows;
    expect(header?.[1]).toBe('Thôn');
    expect(new Set(rows.map((row) => row[1])).size).toBe(stats.length);
    for (const village of stats) {
      const months = rows.filter((row) => row[1] === village.villageName);
      const last = months.at(-1);
      expect(Number(last?.[3]), village.villageName).toBe(village.households);
      expect(Number(last?.[4]), village.villageName).toBe(village.shops);
      expect(
        months.reduce((sum, row) => sum + Number(row[10]), 0),
        village.villageName,
      ).toBe(village.vnd);
    }
  });
});
