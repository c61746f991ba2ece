import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  browserSkipReason,
  expectNoInternalCodes,
  openPhoneBrowser,
  type PhoneBrowser,
  type RunningServer,
  requireBuilt,
  signInOnPage,
  startServer,
} from '@nongsan/ui/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const skipReason = browserSkipReason();

async function signIn(page: Page, baseUrl: string, phone: string, password: string) {
  await signInOnPage(page, `${baseUrl}/seller/`, phone, password);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** A page once its data has arrived: no skeleton and no pending list left. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('[aria-busy="true"], .ns-skeleton').count()).toBe(0);
}

/** Links a thumb taps inside text: phone numbers, order codes, listing and household names. */
const SMALL_LINKS = 'a[href^="tel:"], .ns-card__title a, .ns-waiting a';

/** What axe-core and the internal-code scan find on the page as it stands, and tap targets under 44 px. */
async function check(page: Page) {
  await settled(page);
  await expectNoInternalCodes(page);
  const where = new URL(page.url()).pathname;
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
  const heights = await page
    .locator(SMALL_LINKS)
    .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().height)));
  expect(
    heights.filter((height) => height < 44),
    `tap targets under 44 px on ${where}`,
  ).toEqual([]);
}

describe.skipIf(skipReason !== null)('the seller app’s main pages at 360 px, in Vietnamese', () => {
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

  it('sign-in: no axe violation, no internal code', async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/seller/`);
    await page.getByLabel('Số điện thoại').waitFor();
    await check(page);
  });

  it('a household’s home, orders, listings, account, a listing, sales and an order: no axe violation, no internal code, 44 px links', async () => {
    const household = server.demoLogins.household;
    if (!household) throw new Error('the server printed no demo household login');
    const { page } = browser;
    await signIn(page, server.baseUrl, household.phone, server.demoPassword);
    await check(page);
    for (const tab of ['Đơn hàng', 'Sản phẩm', 'Tài khoản']) {
      await page.getByRole('link', { name: tab }).click();
      await page.getByRole('heading', { level: 1, name: tab }).waitFor();
      await check(page);
    }
    // One listing's form, the sales page, one order's page.
    await page.getByRole('link', { name: 'Sản phẩm' }).click();
    await page.locator('[data-listing] .ns-card__title a').first().click();
    await page.getByRole('heading', { level: 1, name: 'Sửa sản phẩm' }).waitFor();
    await check(page);
    await page.goto(`${server.baseUrl}/seller/sales`);
    await page.getByRole('heading', { level: 1, name: 'Doanh số' }).waitFor();
    await check(page);
    await page.goto(`${server.baseUrl}/seller/orders`);
    await page.locator('[data-order] .ns-card__title a').first().click();
    await page.getByRole('heading', { name: 'Diễn biến đơn hàng' }).waitFor();
    await check(page);
  });

  it('a helper’s households, one household’s page, its orders and listings: no axe violation, no internal code', async () => {
    const helper = server.demoLogins.helper;
    if (!helper) throw new Error('the server printed no demo helper login');
    const { page } = browser;
    await signIn(page, server.baseUrl, helper.phone, server.demoPassword);
    await page.locator('[data-household]').first().waitFor();
    await check(page);
    await page.locator('[data-household]').first().getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Nhật ký hoạt động' }).waitFor();
    await check(page);
    // The household's orders and listings, as its helper works on them.
    const householdPage = page.url();
    await page.goto(`${householdPage}/orders`);
    await page.getByRole('heading', { level: 1, name: 'Đơn hàng' }).waitFor();
    await check(page);
    await page.goto(`${householdPage}/listings`);
    await page.getByRole('heading', { level: 1, name: 'Sản phẩm' }).waitFor();
    await check(page);
  });

  it('the commune view and one village: no axe violation, no internal code', async () => {
    const official = server.demoLogins.official;
    if (!official) throw new Error('the server printed no demo official login');
    const { page } = browser;
    await signIn(page, server.baseUrl, official.phone, server.demoPassword);
    await page.locator('[data-table="adoption"]').waitFor({ state: 'attached' });
    await check(page);
    await page.locator('[data-open-village]').first().click();
    await page.locator('[data-table="stages"]').waitFor();
    await check(page);
  });
});
