import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  browserSkipReason,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  startServer,
} from '@nongsan/ui/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

/** Records layout shifts from the first paint on, as Chromium reports them (the CLS of Web Vitals, unwindowed). */
const RECORD_LAYOUT_SHIFTS = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

describe.skipIf(skipReason !== null)('buyer app in Chromium against the real server', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the buyer app first (pnpm --filter @nongsan/buyer build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
    await browser.context.addInitScript(RECORD_LAYOUT_SHIFTS);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows what is in season first, in Vietnamese, without the page jumping as it loads', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/buyer/`);
    await page.getByRole('heading', { name: 'Đang vào mùa' }).waitFor();
    const cards = page.locator('.ns-cards li');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    // Mid-September: the first listings are in season (dragon fruit), priced per kg in đồng.
    const first = cards.first();
    expect(await first.locator('.ns-badge').textContent()).toBe('Đang vào mùa');
    expect(await first.locator('.ns-card__price').textContent()).toMatch(
      /^\d{1,3}(\.\d{3})*\u00a0₫\/(kg|cái)$/,
    );
    const shift = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
    expect(shift).toBeLessThan(0.1);
    await saveScreenshot(page, appDir, 'home');
  });

  it('finds dragon fruit typed without accents, and opens a listing', async () => {
    const { page } = browser;
    await page.getByRole('searchbox', { name: 'Tìm nông sản' }).fill('thanh long');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/\?q=thanh%20long$/);
    const titles = page.locator('.ns-cards li .ns-card__title');
    await expect.poll(async () => (await titles.allTextContents()).length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await titles.allTextContents()).every((title) => /thanh long/i.test(title)))
      .toBe(true);
    await saveScreenshot(page, appDir, 'search-thanh-long');

    const title = (await titles.first().textContent()) ?? '';
    await titles.first().click();
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    expect(await page.getByText(/^Còn /).textContent()).toMatch(/kg$/);
    await saveScreenshot(page, appDir, 'listing');
  });

  it('says what is wrong with a quantity that is not one (-2, 0, abc, nothing) and adds nothing to the cart', async () => {
    const { page } = browser;
    const box = page.locator('input[name="quantity"]');
    const message = page.locator('[data-field="quantity"] .ns-field__error');
    const storedCart = () => page.evaluate(() => localStorage.getItem('nongsan.buyer.cart.v1'));
    const expected: [string, string][] = [
      ['-2', 'Số lượng không được là số âm.'],
      ['0', 'Số lượng phải lớn hơn 0.'],
      ['abc', '“abc” không phải là số. Vui lòng nhập số lượng bằng chữ số, ví dụ 1,5 hoặc 2.'],
      ['', 'Vui lòng nhập số lượng (kg).'],
    ];
    for (const [typed, text] of expected) {
      await box.fill(typed);
      await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
      expect(await message.textContent()).toBe(text);
      expect(await storedCart()).toBeNull();
      expect(await page.locator('.buyer-added').textContent()).toBe('');
    }
    await box.fill('1,5');
    await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
    await page.getByText('Đã thêm 1,5 kg').waitFor();
    expect(JSON.parse((await storedCart()) ?? '[]')).toMatchObject([{ quantity: 1_500 }]);
    await saveScreenshot(page, appDir, 'listing-quantity-added');
  });

  it('opens a shared search address with its listings, even when the early request for them is lost', async () => {
    // The entry module asks for the home page's listings before the app loads (src/first-search.ts); if that answer
    // never comes, the page asks again itself and the buyer sees the same listings.
    const page = await browser.context.newPage();
    // A first visit: the service worker installed by the tests above would answer (and hide) the lost request.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    let lost = 0;
    await page.route(/\/trpc\/listings\.search\?input=/, (route) => {
      lost += 1;
      return route.abort('connectionreset');
    });
    try {
      await page.goto(`${server.baseUrl}/buyer/?q=thanh%20long`);
      const titles = page.locator('.ns-cards li .ns-card__title');
      await titles.first().waitFor();
      expect((await titles.allTextContents()).every((title) => /thanh long/i.test(title))).toBe(true);
      expect(await page.getByRole('searchbox', { name: 'Tìm nông sản' }).inputValue()).toBe('thanh long');
      expect(lost).toBe(1);
    } finally {
      await page.close();
    }
  });
});
