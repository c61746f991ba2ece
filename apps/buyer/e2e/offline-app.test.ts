import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  activeWorker,
  browserSkipReason,
  installabilityErrors,
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

describe.skipIf(skipReason !== null)('the buyer app installed, and without a signal (Chromium)', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/sw.js'),
      'build the buyer app first (pnpm --filter @nongsan/buyer build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('installs its service worker under the CSP once the first listings are in, and may be installed', async () => {
    const { page } = browser;
    const csp: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/buyer/sw.js'))
        csp.push(response.headers()['content-security-policy'] ?? '');
    });
    await page.goto(`${server.baseUrl}/buyer/`);
    await page.locator('.ns-cards li').first().waitFor();
    expect(await activeWorker(page)).toBe(`${server.baseUrl}/buyer/sw.js`);
    // It ran under the server's CSP, which names the workers and manifests it allows.
    const sw = await fetch(`${server.baseUrl}/buyer/sw.js`);
    expect(sw.headers.get('content-security-policy')).toMatch(/worker-src 'self'.*manifest-src 'self'/);
    expect(await installabilityErrors(page)).toEqual([]);
    const manifest = await (await fetch(`${server.baseUrl}/buyer/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      name: 'Nông sản Bắc Sơn',
      lang: 'vi',
      start_url: '/buyer/',
      display: 'standalone',
    });
  });

  it('opens offline with the listings it saw, and says it is offline', async () => {
    const { page, context } = browser;
    // Seen once online: the home page's listings and one listing.
    await page.reload();
    const titles = page.locator('.ns-cards li .ns-card__title');
    await titles.first().waitFor();
    const seen = await titles.allTextContents();
    await titles.first().click();
    await page.getByRole('heading', { name: seen[0] ?? '', level: 2 }).waitFor();
    await page.goto(`${server.baseUrl}/buyer/`);
    await titles.first().waitFor();

    await context.setOffline(true);
    try {
      const fromWorker: string[] = [];
      page.on('response', (response) => {
        if (response.fromServiceWorker()) fromWorker.push(new URL(response.url()).pathname);
      });
      await page.reload();
      await page.getByText('Đang mất mạng: đây là dữ liệu đã lưu lần trước.').waitFor();
      await expect.poll(() => titles.allTextContents()).toEqual(seen);
      expect(fromWorker).toContain('/buyer/');
      expect(fromWorker.some((path) => path.startsWith('/trpc/listings.search'))).toBe(true);
      await saveScreenshot(page, appDir, 'offline-home');
      await titles.first().click();
      await page.getByRole('heading', { name: seen[0] ?? '', level: 2 }).waitFor();
    } finally {
      await context.setOffline(false);
    }
    await expect.poll(() => page.getByText('Đang mất mạng').count()).toBe(0);
  });
});
