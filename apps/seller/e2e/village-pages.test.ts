import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  browserSkipReason,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  scanEveryPage,
  signInAsOfficial,
  signInOnPage,
  startServer,
} from '@nongsan/ui/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

describe.skipIf(skipReason !== null)("a village's households, a page at a time, in Chromium", () => {
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

  afterEach(async () => {
    await scan.check();
    expect(scan.findings).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an official opens a village of more households than a page: the first page, then "Xem thêm" brings the rest, each once', async () => {
    const official = server.demoLogins.official;
    if (!official) throw new Error('the server printed no demo official login');
    const api = await signInAsOfficial(server);
    // The demo village with the most households: more than one page of the village's list.
    const villages = await api.commune.stats.query();
    const village = [...villages].sort((a, b) => b.households - a.households)[0];
    if (!village) throw new Error('the demo commune has no village');
    const first = await api.commune.village.query({ villageId: village.villageId });
    expect(village.households).toBeGreaterThan(first.households.length);
    expect(first.nextCursor).not.toBeNull();

    const { page } = browser;
    await signInOnPage(page, `${server.baseUrl}/seller/`, official.phone, server.demoPassword);
    await page.getByRole('heading', { name: 'Toàn xã' }).waitFor();
    await page.locator(`a[data-open-village="${village.villageId}"]`).click();
    await page.getByRole('heading', { name: `Các hộ của thôn (${village.households})` }).waitFor();

    const cards = page.locator('[data-village-household]');
    await expect.poll(() => cards.count()).toBe(first.households.length);
    // The counts by stage are the whole village's, not the page's.
    const stageCells = await page.locator('table[data-table="stages"] td').allTextContents();
    expect(stageCells.every((cell) => cell.endsWith(`/${village.households}`))).toBe(true);

    const more = page.getByRole('button', { name: 'Xem thêm' });
    await more.scrollIntoViewIfNeeded();
    await saveScreenshot(page, appDir, 'village-show-more');
    expect(await axeViolations(page)).toEqual([]);
    // Page after page until the button goes: every household of the village, none twice.
    for (let i = 0; i < 10 && (await more.count()) > 0; i++) {
      const before = await cards.count();
      await more.click();
      await expect.poll(() => cards.count()).toBeGreaterThan(before);
    }
    expect(await more.count()).toBe(0);
    const ids = await cards.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-village-household')),
    );
    expect(ids).toHaveLength(village.households);
    expect(new Set(ids).size).toBe(village.households);
    expect(ids.slice(0, first.households.length)).toEqual(first.households.map((h) => h.id));
  });
});
