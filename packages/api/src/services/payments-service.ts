import {
  type Actor,
  amountToTransfer,
  DomainError,
  E_WALLET_NAMES,
  type EWalletProvider,
  mayViewOrder,
  orderReference,
  parseVietQr,
  transferPurpose,
  vietQrForOrder,
} from '@nongsan/domain';
import type { StoredOrder } from '../repositories/order-repository.ts';
import { type Repositories, repositoriesFor } from '../repositories/repositories.ts';
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

/** What a buyer needs to pay an order from their e-wallet app: the shop's wallet, whose it is, how much, and what to write. */
export interface EWalletView {
  readonly provider: EWalletProvider;
  /** The wallet's name as its app says it ("Viettel Money"). */
  readonly providerName: string;
  /** The wallet's number: the owner's mobile number. */
  readonly phone: string;
  /** The name the wallet is registered under, as the household entered it; null when it gave none. */
  readonly holderName: string | null;
  readonly amount: number;
  readonly reference: string;
  /** What to write in the transfer's message. */
  readonly purpose: string;
}

export class PaymentsService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The order, for its buyer and those acting for its shop only (anyone else: `order.not_found`). */
  private async viewable(repos: Repositories, actor: Actor, orderId: string): Promise<StoredOrder> {
    const order = await repos.orders.findById(orderId);
    if (!order || !mayViewOrder(order, actor))
      throw new DomainError('order.not_found', { orderId }, ['orderId']);
    return order;
  }

  /**
   * The VietQR payload for what is still owed on an order, to the shop's default bank account (else its first).
   * Only the order's buyer and those acting for its shop see it; a shop without a bank account gets
   * `payment.no_bank_account`.
   */
  async vietQr(actor: Actor, orderId: string): Promise<VietQrView> {
    const repos = repositoriesFor(this.deps.db);
    const order = await this.viewable(repos, actor, orderId);
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

  /**
   * How to pay an order from an e-wallet: the shop's default wallet (else its first), what is owed now (as the
   * VietQR code would say) and the reference to write. A shop without a wallet gets `payment.no_e_wallet`; an
   * order with nothing owed, `payment.nothing_due`.
   */
  async eWallet(actor: Actor, orderId: string): Promise<EWalletView> {
    const repos = repositoriesFor(this.deps.db);
    const order = await this.viewable(repos, actor, orderId);
    const wallets = (await repos.households.paymentAccounts(order.shopId)).flatMap((a) =>
      a.kind === 'e_wallet' ? [a] : [],
    );
    const wallet = wallets.find((a) => a.isDefault) ?? wallets[0];
    if (!wallet) throw new DomainError('payment.no_e_wallet', {}, ['orderId']);
    const amount = amountToTransfer(order);
    const reference = orderReference(order);
    if (amount <= 0) throw new DomainError('payment.nothing_due', { reference }, []);
    return {
      provider: wallet.provider,
      providerName: E_WALLET_NAMES[wallet.provider].name,
      phone: wallet.phone,
      holderName: wallet.holderName ?? null,
      amount,
      reference,
      purpose: transferPurpose(order),
    };
  }
}
