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
  startServer,
} from '@nongsan/ui/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

describe.skipIf(skipReason !== null)('the seller app as an installed app (Chromium)', () => {
  let server: RunningServer;
  let browser: PhoneBrowser;

  beforeAll(async () => {
    requireBuilt(
      join(appDir, 'dist/sw.js'),
      'build the seller app first (pnpm --filter @nongsan/seller build)',
    );
    server = await startServer();
    browser = await openPhoneBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('installs its service worker, may be installed, and opens offline saying so', async () => {
    const { page, context } = browser;
    await page.goto(`${server.baseUrl}/seller/`);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(await activeWorker(page)).toBe(`${server.baseUrl}/seller/sw.js`);
    expect(await installabilityErrors(page)).toEqual([]);
    // Once the worker is there, what the app asks is saved: the next visit may be without a signal.
    await page.reload();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await context.setOffline(true);
    try {
      await page.reload();
      await page.getByText('Đang mất mạng: đây là dữ liệu đã lưu lần trước.').waitFor();
      await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    } finally {
      await context.setOffline(false);
    }
  });
});
