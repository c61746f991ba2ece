/**
 * People the browser tests need besides the buyer in Chromium: households that sell, driven through the real API
 * with their own session cookie (node only), the way the seller app would.
 */
import { type ApiClient, apiClientAt } from '@nongsan/api-client';

let phoneCounter = 0;

/** A Viettel mobile number (098…) no other test person has. */
export function uniquePhone(): string {
  phoneCounter += 1;
  const tail = `${process.pid % 10_000}${phoneCounter}`.padStart(7, '0').slice(-7);
  return `098${tail}`;
}

export interface SellingHousehold {
  readonly client: ApiClient;
  readonly phone: string;
  readonly shopName: string;
}

/**
 * A household of a Long Đống village with its shop open and a bank account (so its bank-transfer orders get a
 * VietQR code), signed in.
 */
export async function openSellingHousehold(
  baseUrl: string,
  options: { displayName: string; shopName: string; villageId: string; accountNumber: string },
): Promise<SellingHousehold> {
  const client = apiClientAt(baseUrl);
  const phone = uniquePhone();
  await client.auth.register.mutate({
    kind: 'household',
    phone,
    password: 'mat-khau-ban-hang',
    displayName: options.displayName,
    villageId: options.villageId,
    head: options.displayName,
  });
  await client.shop.open.mutate({ name: options.shopName });
  await client.households.addPaymentAccount.mutate({
    account: {
      kind: 'bank',
      bin: '970436',
      accountNumber: options.accountNumber,
      holderName: options.displayName,
    },
    makeDefault: true,
  });
  return { client, phone, shopName: options.shopName };
}
