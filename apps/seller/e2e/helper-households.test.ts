import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMessage } from '@nongsan/domain';
import {
  appointNewHelper,
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
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

async function signIn(page: Page, baseUrl: string, phone: string, password: string, name: string) {
  await signInOnPage(page, `${baseUrl}/seller/`, phone, password);
  await page.getByRole('heading', { name: `Xin chào, ${name}` }).waitFor();
}

describe.skipIf(skipReason !== null)('helper mode in Chromium against the real server', () => {
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

  it('the demo helper sees their households with stages and what waits; a full helper cannot take another', async () => {
    const helper = server.demoLogins.helper;
    expect(helper, 'the server printed a demo helper login').toBeDefined();
    if (!helper) return;
    const { page } = browser;
    const registers: string[] = [];
    const count = (request: { url(): string }) =>
      registers.push(...(new URL(request.url()).pathname.match(/households\.register/g) ?? []));
    page.on('request', count);

    await signIn(page, server.baseUrl, helper.phone, server.demoPassword, helper.name);
    const cards = page.locator('[data-household]');
    await cards.first().waitFor();
    const households = await cards.count();
    expect(households).toBeGreaterThan(0);
    expect(households).toBeLessThanOrEqual(10);
    for (const card of await cards.all()) {
      expect(await card.locator('.ns-stage').textContent()).toMatch(/^Giai đoạn: /);
      await expect.poll(() => card.locator('ul.ns-waiting').getAttribute('aria-busy')).toBe('false');
    }
    await saveScreenshot(page, appDir, 'helper-households');

    // One household's page: its stage, what waits, its listings and the log of who did what for it
    // (the one with the most listings, which the helper's API calls find too).
    const helperApi = await signInToApi(server.baseUrl, helper.phone, server.demoPassword);
    let shown = { id: '', listings: 0 };
    for (const card of await cards.all()) {
      const id = (await card.getAttribute('data-household')) ?? '';
      const listings = await helperApi.listings.mine.query({ householdId: id }).then((l) => l.items.length);
      if (listings > shown.listings) shown = { id, listings };
    }
    const target = shown.id ? page.locator(`[data-household="${shown.id}"]`) : cards.first();
    await target.getByRole('link').click();
    await page.getByRole('heading', { name: 'Nhật ký hoạt động' }).waitFor();
    await page.locator('ol.ns-activity li, p:has-text("Chưa có hoạt động nào.")').first().waitFor();
    if (shown.listings > 0) {
      await expect.poll(() => page.locator('[data-listing]').count()).toBe(shown.listings);
    }
    await saveScreenshot(page, appDir, 'helper-household');
    await page.getByRole('link', { name: 'Về danh sách hộ' }).click();

    // Register: nothing typed says what is missing and sends nothing; a bad phone is explained beside the field.
    await page.getByRole('link', { name: 'Đăng ký hộ mới' }).click();
    await page.getByRole('heading', { name: 'Đăng ký hộ mới' }).waitFor();
    const submit = page.getByRole('button', { name: 'Đăng ký hộ' });
    await submit.click();
    const required = formatMessage('validation.required', {}, 'vi');
    await expect
      .poll(() => page.locator('[data-field="head"] .ns-field__error').textContent())
      .toBe(required);
    expect(await page.locator('[data-field="phone"] .ns-field__error').textContent()).toBe(required);
    expect(registers).toHaveLength(0);

    await page.getByLabel('Tên chủ hộ').fill('Hoàng Văn Đầy');
    await page.getByLabel('Số điện thoại của hộ').fill('0123');
    await page.getByLabel('Mật khẩu đầu tiên').fill('mat-khau-dau');
    await submit.click();
    await expect.poll(() => page.locator('[data-field="phone"] .ns-field__error').textContent()).not.toBe('');
    expect(await page.getByLabel('Tên chủ hộ').inputValue()).toBe('Hoàng Văn Đầy');
    expect(registers).toHaveLength(1);
    await saveScreenshot(page, appDir, 'helper-register-error');

    // With a good phone: a helper already at 10 households is told so, and what was typed stays.
    if (households === 10) {
      await page.getByLabel('Số điện thoại của hộ').fill('0389555018');
      await submit.click();
      await expect.poll(() => page.locator('.ns-notice').textContent()).toMatch(/đủ 10 hộ/);
      expect(await page.getByLabel('Số điện thoại của hộ').inputValue()).toBe('0389555018');
      expect(registers).toHaveLength(2);
    }
    page.off('request', count);

    // In English the list says the same (and back to Vietnamese for the next test).
    await page.getByRole('link', { name: 'Về danh sách hộ' }).click();
    await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
    await page.getByRole('heading', { name: /^My households/ }).waitFor();
    expect(await cards.first().locator('.ns-stage').textContent()).toMatch(/^Stage: /);
    await page.getByRole('button', { name: 'Switch to Vietnamese' }).click();
    await page.getByRole('heading', { name: /^Các hộ tôi hỗ trợ/ }).waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  });

  it('a new helper registers a household, opens its shop, adds its payment account and a listing, resets its password; the household sees it all', async () => {
    const { page } = browser;
    const helperName = 'Lương Thị Mới';
    const helperPassword = 'to-cong-nghe-2026';
    const helperPhone = '0389555020';
    await appointNewHelper(server, { phone: helperPhone, password: helperPassword, displayName: helperName });
    const registers: string[] = [];
    page.on('request', (request) => {
      registers.push(...(new URL(request.url()).pathname.match(/households\.register/g) ?? []));
    });

    await signIn(page, server.baseUrl, helperPhone, helperPassword, helperName);
    await page.getByText('Bạn chưa được giao hộ nào').waitFor();

    // Registered once although tapped twice in a hurry; the helper lands on the household's page.
    await page.getByRole('link', { name: 'Đăng ký hộ mới' }).click();
    const head = 'Hoàng Văn Thử';
    const phone = '0389 555 017';
    await page.getByLabel('Tên chủ hộ').fill(head);
    await page.getByLabel('Số điện thoại của hộ').fill(phone);
    await page.getByLabel('Mật khẩu đầu tiên').fill('mat-khau-dau');
    await page.getByRole('button', { name: 'Đăng ký hộ' }).dblclick();
    await page.getByRole('heading', { name: head, level: 2 }).waitFor();
    expect(registers).toHaveLength(1);
    const householdId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(householdId).not.toBe('');
    await expect.poll(() => page.locator('ul.ns-waiting').textContent()).toContain('Chưa mở gian hàng');
    await saveScreenshot(page, appDir, 'helper-household-new');

    // Open its shop for it, in the UI; the log on the page says the helper did it.
    const shopName = 'Thanh long nhà Thử';
    await page.getByLabel('Tên gian hàng').fill(shopName);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel('Giới thiệu ngắn').fill('Thanh long ruột đỏ trên đồi.');
    await page.getByRole('button', { name: 'Mở gian hàng', exact: true }).click();
    await page.getByRole('heading', { name: `Gian hàng: ${shopName}` }).waitFor();
    const log = page.locator('ol.ns-activity');
    await expect.poll(() => log.locator('[data-action="shop.open"]').textContent()).toContain(helperName);

    // Its payment account (an e-wallet on the household's phone) and a dragon-fruit listing at 28.000 ₫/kg.
    await page.getByLabel('Ví', { exact: true }).selectOption('momo');
    await page.getByLabel('Số điện thoại của ví').fill(phone);
    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    await expect.poll(() => log.locator('[data-action="household.add_payment_account"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Đăng sản phẩm cho hộ' }).click();
    await page.getByLabel('Thanh long ruột đỏ').check();
    await page.getByLabel('Giá (đồng / kg)').fill('28.000');
    await page.getByLabel('Số lượng có (kg)').fill('50');
    await page.getByRole('button', { name: 'Đăng bán' }).click();
    await expect.poll(() => page.locator('[data-listing]').count()).toBe(1);
    expect(await page.locator('[data-listing]').textContent()).toContain('28.000');
    await expect.poll(() => log.locator('[data-action="listing.create"]').count()).toBe(1);

    // The household forgot its password: the helper sets a new one.
    const newPassword = 'mat-khau-moi-2026';
    await page.getByLabel('Mật khẩu mới').fill(newPassword);
    await page.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await page.getByText('Đã đặt mật khẩu mới').waitFor();
    await expect.poll(() => log.locator('[data-action="household.reset_password"]').count()).toBe(1);
    await saveScreenshot(page, appDir, 'helper-household-shop-open');

    // Back on the list: the household, with its shop and stage.
    await page.getByRole('link', { name: 'Về danh sách hộ' }).click();
    const card = page.locator(`[data-household="${householdId}"]`);
    await expect.poll(() => card.textContent()).toContain(shopName);
    expect(await card.locator('.ns-stage').textContent()).toBe('Giai đoạn: Đã đăng sản phẩm');

    // The household itself, signed in with the new password (the first no longer works), sees its shop and that
    // its helper registered it, opened its shop, added its account and listing and reset its password.
    await expect(signInToApi(server.baseUrl, phone, 'mat-khau-dau')).rejects.toThrow(/UNAUTHORIZED/);
    const household = await signInToApi(server.baseUrl, phone, newPassword);
    const shop = await household.shop.get.query({ shopId: householdId });
    expect(shop.name).toBe(shopName);
    const activity = (await household.households.activity.query({})).items;
    const byAction = new Map(activity.map((entry) => [entry.action, entry]));
    const listings = (await household.listings.mine.query({})).items;
    expect(listings.map((l) => l.unitPrice)).toEqual([28_000]);
    for (const action of [
      'household.register',
      'shop.open',
      'household.add_payment_account',
      'listing.create',
      'household.reset_password',
    ]) {
      expect(byAction.get(action), action).toMatchObject({
        actorName: helperName,
        actorRole: 'helper',
        householdId,
      });
    }

    // And in the app: the household signs in and reads on its account page what its helper did for it.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.getByLabel('Số điện thoại').fill(phone);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Tài khoản' }).click();
    const ownLog = page.locator('ol.ns-activity');
    await expect
      .poll(() => ownLog.locator('[data-action="shop.open"]').textContent())
      .toContain(`${helperName} (Tổ công nghệ)`);
    expect(await ownLog.locator('[data-action="listing.create"]').textContent()).toContain(helperName);
    await ownLog.scrollIntoViewIfNeeded();
    await saveScreenshot(page, appDir, 'household-activity-by-helper');
  });
});
