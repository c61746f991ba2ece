import {
  type Actor,
  DomainError,
  mayViewOrder,
  orderReference,
  parseVietQr,
  vietQrForOrder,
} from '@nongsan/domain';
import { repositoriesFor } from '../repositories/repositories.ts';
import type { ServiceDeps } from './deps.ts';

/** The code a buyer scans to pay by bank transfer, and what it says, so the app can show it beside the code. */
export interface VietQrView {
  readonly payload: string;
  readonly amount: number;
  readonly reference: string;
  readonly bin: string;
  readonly accountNumber: string;
  readonly holderName: string;
}

export class PaymentsService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * The VietQR payload for what is still owed on an order, to the shop's default bank account (else its first).
   * Only the order's buyer and those acting for its shop see it; a shop without a bank account gets
   * `payment.no_bank_account`.
   */
  async vietQr(actor: Actor, orderId: string): Promise<VietQrView> {
    const repos = repositoriesFor(this.deps.db);
    const order = await repos.orders.findById(orderId);
    if (!order || !mayViewOrder(order, actor))
      throw new DomainError('order.not_found', { orderId }, ['orderId']);
    const banks = (await repos.households.paymentAccounts(order.shopId)).flatMap((a) =>
      a.kind === 'bank' ? [a] : [],
    );
    const account = banks.find((a) => a.isDefault) ?? banks[0];
    if (!account) throw new DomainError('payment.no_bank_account', {}, ['orderId']);
    const payload = vietQrForOrder(order, account);
    return {
      payload,
      amount: parseVietQr(payload).amount ?? 0,
      reference: orderReference(order),
      bin: account.bin,
      accountNumber: account.accountNumber,
      holderName: account.holderName,
    };
  }
}
