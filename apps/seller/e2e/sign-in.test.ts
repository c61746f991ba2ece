import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMessage } from '@nongsan/domain';
import {
  browserSkipReason,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  saveScreenshot,
  scanEveryPage,
  startServer,
} from '@nongsan/ui/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

describe.skipIf(skipReason !== null)('seller app in Chromium against the real server', () => {
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

  it('signs a household in, in Vietnamese, after a wrong password it explains beside the field', async () => {
    const household = server.demoLogins.household;
    expect(household, 'the server printed a demo household login').toBeDefined();
    if (!household) return;
    const { page } = browser;

    await page.goto(`${server.baseUrl}/seller/`);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/seller/sign-in');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await saveScreenshot(page, appDir, 'sign-in');

    const phone = page.getByLabel('Số điện thoại');
    const password = page.getByLabel('Mật khẩu', { exact: true });
    const submit = page.getByRole('button', { name: 'Đăng nhập' });

    // Nothing typed: told what is missing, nothing sent.
    // Counted per call, not per request: the batching link would put two calls in one request.
    const logins: string[] = [];
    page.on('request', (request) => {
      const calls = new URL(request.url()).pathname.match(/auth\.login/g) ?? [];
      logins.push(...calls);
    });
    await submit.click();
    const required = formatMessage('validation.required', {}, 'vi');
    await expect
      .poll(() => page.locator('[data-field="phone"] .ns-field__error').textContent())
      .toBe(required);
    expect(logins).toHaveLength(0);

    // A wrong password, tapped twice in a hurry: one request, the error under the password, what was typed kept.
    await phone.fill(household.phone);
    await password.fill('khong-dung-mat-khau');
    await submit.dblclick();
    const wrong = formatMessage('auth.invalid_credentials', {}, 'vi');
    await expect
      .poll(() => page.locator('[data-field="password"] .ns-field__error').textContent())
      .toBe(wrong);
    expect(logins).toHaveLength(1);
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await phone.inputValue()).toBe(household.phone);
    expect(await password.inputValue()).toBe('khong-dung-mat-khau');
    await saveScreenshot(page, appDir, 'sign-in-wrong-password');

    // The right password signs in; the signed-in screen is a lazily loaded chunk.
    await password.fill(server.demoPassword);
    await submit.click();
    await page.getByRole('heading', { name: `Xin chào, ${household.name}` }).waitFor();
    await saveScreenshot(page, appDir, 'home');

    // English is one tap away and remembered on the next visit.
    await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
    await page.getByRole('heading', { name: `Hello, ${household.name}` }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: `Hello, ${household.name}` }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
