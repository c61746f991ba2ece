/**
 * What the seller app's journey tests share: a helper appointed by the demo official with a household of their own
 * (its shop open, a bank account, dragon fruit on sale), a buyer, signing in through the app, and placing an order
 * through the API as the buyer app would.
 */

import type { ApiClient } from '@nongsan/api-client';
import { villageAddress } from '@nongsan/domain';
import type { RunningServer } from '@nongsan/ui/testing';
import { appointNewHelper, signInToApi, signUpBuyer } from '@nongsan/ui/testing';
import type { Page } from 'playwright-core';

export interface OrderView {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly totals: { readonly total: number };
}

export const HELPER = { phone: '0389555071', password: 'to-cong-nghe-2026', name: 'Lương Văn Giúp' };
export const HOUSEHOLD = { phone: '0389555072', password: 'vuon-thanh-long-sau', name: 'Hoàng Văn Sáu' };
export const BUYER = { phone: '0389555073', password: 'nguoi-mua-2026', name: 'Phạm Thị Mua' };

/**
 * A new helper appointed by the demo official (the demo teams are mostly full), who registers a household; the
 * household opens its shop with a bank account and lists dragon fruit. Returns the household's id and village.
 */
export async function helperWithHousehold(server: RunningServer) {
  await appointNewHelper(server, {
    phone: HELPER.phone,
    password: HELPER.password,
    displayName: HELPER.name,
  });
  const helper = await signInToApi(server.baseUrl, HELPER.phone, HELPER.password);
  await helper.households.register.mutate({
    head: HOUSEHOLD.name,
    phone: HOUSEHOLD.phone,
    password: HOUSEHOLD.password,
  });
  const household = await signInToApi(server.baseUrl, HOUSEHOLD.phone, HOUSEHOLD.password);
  await household.shop.open.mutate({ name: 'Thanh long nhà Sáu' });
  await household.households.addPaymentAccount.mutate({
    account: { kind: 'bank', bin: '970405', accountNumber: '1234567891', holderName: 'HOANG VAN SAU' },
  });
  const listing = await household.listings.create.mutate({
    listing: {
      productId: 'dragon-fruit',
      title: 'Thanh long ruột đỏ nhà Sáu',
      unitPrice: 27_000,
      stock: 50_000,
      minOrder: 1_000,
    },
    publish: true,
  });
  const [mine] = await household.households.mine.query();
  if (!mine) throw new Error('the household has no household');
  return { household, householdId: mine.id, villageId: mine.villageId, listingId: listing.id };
}

/** Signs in through the seller app's sign-in page and waits for the greeting. */
export async function signIn(
  page: Page,
  baseUrl: string,
  who: { phone: string; password: string; name: string },
) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/seller/`);
  await page.getByLabel('Số điện thoại').fill(who.phone);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: `Xin chào, ${who.name}` }).waitFor();
}

/** The buyer (signed up on first use) and a way to place 2 kg of the listing, cash on delivery, with a note. */
export async function buyerOf(
  server: RunningServer,
  listingId: string,
  villageId: string,
  keyPrefix: string,
) {
  await signUpBuyer(server.baseUrl, {
    phone: BUYER.phone,
    password: BUYER.password,
    displayName: BUYER.name,
  });
  const buyer: ApiClient = await signInToApi(server.baseUrl, BUYER.phone, BUYER.password);
  let placed = 0;
  async function place(note?: string): Promise<OrderView> {
    placed += 1;
    const { orders } = await buyer.orders.place.mutate({
      idempotencyKey: `${keyPrefix}-${placed}`,
      lines: [{ listingId, quantity: 2_000 }],
      deliveryAddress: villageAddress(villageId, 'current'),
      deliveryPhone: BUYER.phone,
      paymentMethod: 'cash_on_delivery',
      ...(note === undefined ? {} : { note }),
    });
    const order = orders[0];
    if (!order) throw new Error('no order placed');
    return order;
  }
  return { buyer, place };
}
