import { DomainError } from './errors.ts';
import { type Order, orderReference } from './order.ts';
import { amountToTransfer } from './order-totals.ts';
import { buildVietQr } from './vietqr.ts';

/** What a buyer writes in a transfer (bank or e-wallet) so the seller finds it: the order's reference first. */
export function transferPurpose(order: Pick<Order, 'id'>): string {
  return `${orderReference(order)} NONGSAN`;
}

/** The account a buyer transfers to: the seller's own, by bank BIN and account number. */
export interface TransferAccount {
  readonly bin: string;
  readonly accountNumber: string;
}

/**
 * The code a buyer scans to pay an order by bank transfer to the seller's account: dynamic, for what is still owed
 * (the total; or, when a heavier packed weight left the buyer owing more after paying, the difference), with the
 * order's reference first in the purpose so the seller can find it in their bank app. Throws `payment.nothing_due`
 * when nothing is owed.
 */
export function vietQrForOrder(order: Order, account: TransferAccount): string {
  const owed = amountToTransfer(order);
  if (owed <= 0) throw new DomainError('payment.nothing_due', { reference: orderReference(order) }, []);
  return buildVietQr({
    bin: account.bin,
    accountNumber: account.accountNumber,
    amount: owed,
    purpose: transferPurpose(order),
  });
}
