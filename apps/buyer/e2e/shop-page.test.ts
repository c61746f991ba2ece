import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiClientAt } from '@nongsan/api-client';
import {
  axeViolations,
  browserSkipReason,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  smallTapTargets,
  startServer,
} from '@nongsan/ui/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

/** The `content` of every `<meta property|name="…">` in an HTML page, by its property or name. */
function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const match of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    const [, key, content] = match;
    if (key && content !== undefined) tags.set(key, content);
  }
  return tags;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const fromHtml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

describe.skipIf(skipReason !== null)("a shop's page and shared links (360 px, Vietnamese)", () => {
  let server: RunningServer;
  let browser: PhoneBrowser;
  let listing: { id: string; shopId: string; title: string; shopName: string; villageName: string };

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/index.html'),
      'build the buyer app first (pnpm --filter @nongsan/buyer build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
    const found = await apiClientAt(server.baseUrl).listings.search.query({
      query: 'thanh long',
      inSeasonNow: true,
    });
    const first = found.items[0];
    if (!first?.shopName || !first.villageName) throw new Error('the demo has no dragon fruit in season');
    listing = { ...first, shopName: first.shopName, villageName: first.villageName };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('goes from a listing to its shop: village, call and Zalo, what is in season, the harvest calendar', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/buyer/listings/${encodeURIComponent(listing.id)}`);
    await page.getByRole('link', { name: `${listing.shopName} · ${listing.villageName}` }).click();
    await page.waitForURL(`**/buyer/shops/${encodeURIComponent(listing.shopId)}`);
    await page.getByRole('heading', { name: listing.shopName, level: 2 }).waitFor();
    await page.getByText(`Thôn ${listing.villageName}, xã Bắc Sơn, Lạng Sơn`).waitFor();

    const call = page.getByRole('link', { name: /^Gọi 0\d{3} \d{3} \d{3}$/ });
    expect(await call.getAttribute('href')).toMatch(/^tel:\+84\d{9}$/);
    expect(await page.getByRole('link', { name: 'Nhắn Zalo' }).getAttribute('href')).toMatch(
      /^https:\/\/zalo\.me\/0\d{9}$/,
    );
    const titles = await page.locator('.ns-cards li .ns-card__title').allTextContents();
    expect(titles).toContain(listing.title);
    await page.getByRole('heading', { name: 'Lịch thu hoạch' }).waitFor();
    // Dragon fruit is picked May to October: six green cells in its row.
    const dragon = page.locator('.buyer-season', { hasText: 'Thanh long ruột đỏ' });
    expect(await dragon.locator('td.buyer-months__harvest').count()).toBe(6);

    // Nothing wider than the phone, every tap big enough, nothing axe objects to.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await smallTapTargets(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, appDir, 'shop-page');
  });

  it('shares the page: copies its link where the phone has no share sheet', async () => {
    const { page, context } = browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    // Headless Chromium on Linux has no share sheet: the fallback copies the link.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    });
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    await page.getByText('Đã chép liên kết, hãy dán vào Zalo.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${server.baseUrl}/buyer/shops/${encodeURIComponent(listing.shopId)}`,
    );
  });

  it("answers a shared listing link with its card: name, price, photo and description in the page's HTML", async () => {
    const response = await fetch(`${server.baseUrl}/buyer/listings/${encodeURIComponent(listing.id)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const meta = metaTags(html);
    const title = fromHtml(meta.get('og:title') ?? '');
    expect(title).toMatch(new RegExp(`^${escapeRegExp(listing.title)} – \\d{1,3}(\\.\\d{3})*\u00a0₫/kg$`));
    expect(fromHtml(meta.get('twitter:title') ?? '')).toBe(title);
    expect(fromHtml(meta.get('og:description') ?? '')).toContain(
      `${listing.shopName}, thôn ${listing.villageName}, Bắc Sơn, Lạng Sơn.`,
    );
    expect(meta.get('og:image')).toMatch(new RegExp(`^${escapeRegExp(server.baseUrl)}/`));
    expect(meta.get('og:url')).toBe(`${server.baseUrl}/buyer/listings/${encodeURIComponent(listing.id)}`);
    expect(html).toContain(`<title>${meta.get('og:title')}</title>`);
    // The page is still the app: it opens the listing.
    expect(html).toMatch(/<script type="module"[^>]+src="\/buyer\/assets\//);

    const shop = metaTags(
      await (await fetch(`${server.baseUrl}/buyer/shops/${encodeURIComponent(listing.shopId)}`)).text(),
    );
    expect(fromHtml(shop.get('og:title') ?? '')).toBe(`${listing.shopName} – thôn ${listing.villageName}`);
    expect(fromHtml(shop.get('og:description') ?? '')).toMatch(/Thanh long ruột đỏ/);

    const missing = await fetch(`${server.baseUrl}/buyer/listings/no-such-listing`);
    expect(missing.status).toBe(404);
    expect(metaTags(await missing.text()).has('og:title')).toBe(false);
  });
});
