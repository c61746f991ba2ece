import { constraintViolation } from '@nongsan/db';
import {
  assertLinkableToBankFeed,
  DomainError,
  type IncomingTransfer,
  isDomainError,
  matchTransfer,
  needsSettling,
  orderReference,
  parseInput,
  referencesInTransfer,
  SepayNotificationSchema,
  settleTransfer,
  type TransferOutcome,
  transferFromSepay,
} from '@nongsan/domain';
import type { ShopActor } from '../auth/shop-actor.ts';
import { newId } from '../ids.ts';
import type { StoredBankTransfer } from '../repositories/bank-transfer-repository.ts';
import type { StoredPaymentAccount } from '../repositories/household-repository.ts';
import { inTransaction, type Repositories, repositoriesFor } from '../repositories/repositories.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';

/** What the webhook answers about one notification: what it decided, and whether it had been received before. */
export interface TransferReceipt {
  /** Null for an outgoing transaction, which concerns no order and is not kept. */
  readonly transferId: string | null;
  readonly outcome: TransferOutcome | null;
  readonly orderId: string | null;
  /** The notification had been received before: nothing was done again. */
  readonly replayed: boolean;
}

/** A reported transfer as the seller's app lists it. */
export interface BankTransferView {
  readonly id: string;
  readonly gateway: string;
  readonly amount: number;
  /** What the order owed when the money came; null when it names no order of the shop. */
  readonly expectedAmount: number | null;
  readonly content: string;
  readonly bankReference: string | null;
  readonly transactionAt: string;
  readonly receivedAt: string;
  readonly outcome: TransferOutcome;
  readonly orderId: string | null;
  readonly orderReference: string | null;
  readonly settledAt: string | null;
  readonly settleNote: string | null;
  /** Kept for the seller and not settled yet (the domain's `needsSettling`). */
  readonly needsSettling: boolean;
}

function toView(transfer: StoredBankTransfer): BankTransferView {
  return {
    id: transfer.id,
    gateway: transfer.gateway,
    amount: transfer.amount,
    expectedAmount: transfer.expectedAmount,
    content: transfer.content,
    bankReference: transfer.bankReference,
    transactionAt: transfer.transactionAt.toISOString(),
    receivedAt: transfer.receivedAt.toISOString(),
    outcome: transfer.outcome,
    orderId: transfer.orderId,
    orderReference: transfer.orderId === null ? null : orderReference({ id: transfer.orderId }),
    settledAt: transfer.settledAt?.toISOString() ?? null,
    settleNote: transfer.settleNote,
    needsSettling: needsSettling(transfer),
  };
}

function receiptOf(transfer: StoredBankTransfer, replayed: boolean): TransferReceipt {
  return { transferId: transfer.id, outcome: transfer.outcome, orderId: transfer.orderId, replayed };
}

/** How many times a transfer is decided again when another step changed its order at the same moment. */
const STALE_RETRIES = 3;

/** Transfers reported by the bank-notification service: matched to orders, kept, listed, settled by hand. */
export class BankTransfersService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * One notification of the service (SePay's body, parsed by the domain): kept once per notification id, and, when
   * it pays a bank-transfer order of the shop whose linked account received it exactly, that order marked paid by
   * the bank, all in one transaction. The same notification again (a retry, a replay, a twin sent at the same
   * moment) finds the first one's row and does nothing.
   */
  async receive(notification: unknown): Promise<TransferReceipt> {
    const transfer = transferFromSepay(parseInput(SepayNotificationSchema, notification));
    if (transfer.direction === 'out')
      return { transferId: null, outcome: null, orderId: null, replayed: false };
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await inTransaction(this.deps.db, (repos) => this.receiveIn(repos, transfer));
      } catch (error) {
        if (constraintViolation(error)?.kind === 'unique') {
          // A twin of this notification committed first.
          const first = await repositoriesFor(this.deps.db).bankTransfers.findByNotification(
            transfer.provider,
            transfer.providerId,
          );
          if (first) return receiptOf(first, true);
        }
        if (isDomainError(error) && error.code === 'order.stale' && attempt < STALE_RETRIES) continue;
        throw error;
      }
    }
  }

  private async receiveIn(repos: Repositories, transfer: IncomingTransfer): Promise<TransferReceipt> {
    const earlier = await repos.bankTransfers.findByNotification(transfer.provider, transfer.providerId);
    if (earlier) return receiptOf(earlier, true);
    const now = this.deps.clock.now();
    const id = newId('btr');
    // Claim first: on PostgreSQL a twin waits here on the unique key until this one commits.
    await repos.bankTransfers.claim(id, transfer, now);

    const households = await repos.bankTransfers.householdsLinkedTo(transfer.accountNumber);
    const [reference, ...others] = referencesInTransfer(transfer);
    const orderIds =
      reference !== undefined && others.length === 0
        ? await repos.bankTransfers.orderIdsWithReference(households, reference)
        : [];
    const [orderId] = orderIds;
    const order =
      orderId !== undefined && orderIds.length === 1 ? await repos.orders.findById(orderId) : null;
    const match = matchTransfer(transfer, order, now);
    if (match.step && order) {
      if (!(await repos.orders.update(match.step.order, order.version)))
        throw new DomainError('order.stale', { orderId: order.id }, ['orderId']);
      await repos.orders.insertEvents([match.step.event]);
    }
    const householdId = order?.shopId ?? (households.length === 1 ? (households[0] ?? null) : null);
    await repos.bankTransfers.decide(id, {
      householdId,
      orderId: match.orderId,
      expected: match.expected,
      outcome: match.outcome,
    });
    return { transferId: id, outcome: match.outcome, orderId: match.orderId, replayed: false };
  }

  /** The transfers a shop's linked accounts received, newest first, each saying whether it waits to be settled. */
  async list(householdId: string): Promise<BankTransferView[]> {
    return (await repositoriesFor(this.deps.db).bankTransfers.listForHousehold(householdId)).map(toView);
  }

  /**
   * The seller or helper settles a kept transfer by hand, with an optional note; the domain decides whether they
   * may. A transfer of another shop is `bank.transfer_not_found`, as one that does not exist.
   */
  async settle(
    actor: ShopActor,
    householdId: string,
    transferId: string,
    note: string | undefined,
  ): Promise<BankTransferView> {
    const text = note === undefined ? '' : note.trim();
    return inTransaction(this.deps.db, async (repos) => {
      const transfer = await repos.bankTransfers.findById(transferId);
      if (!transfer || transfer.householdId !== householdId)
        throw new DomainError('bank.transfer_not_found', {}, ['transferId']);
      const { settledAt } = settleTransfer(transfer, actor, this.deps.clock.now());
      if (
        !(await repos.bankTransfers.settle(transfer.id, actor.userId, settledAt, text === '' ? null : text))
      )
        throw new DomainError('bank.already_settled', {}, ['transferId']);
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId,
        action: 'bank.settle_transfer',
        details: { transferId, amount: transfer.amount, outcome: transfer.outcome },
        at: settledAt,
      });
      const settled = await repos.bankTransfers.findById(transfer.id);
      if (!settled) throw new Error('the settled transfer disappeared');
      return toView(settled);
    });
  }

  /**
   * Links one of the household's bank accounts to the notification service (its transfers then mark orders paid by
   * themselves), or unlinks it; e-wallets cannot be linked (`bank.feed_needs_bank_account`).
   */
  async linkBankFeed(
    actor: ShopActor,
    householdId: string,
    accountId: string,
    linked: boolean,
  ): Promise<StoredPaymentAccount[]> {
    return inTransaction(this.deps.db, async (repos) => {
      const account = (await repos.households.paymentAccounts(householdId)).find((a) => a.id === accountId);
      if (!account) throw new DomainError('bank.account_not_found', {}, ['accountId']);
      assertLinkableToBankFeed(account);
      await repos.bankTransfers.setBankFeed(householdId, accountId, linked);
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId,
        action: linked ? 'bank.link_feed' : 'bank.unlink_feed',
        details: { accountId },
        at: this.deps.clock.now(),
      });
      return repos.households.paymentAccounts(householdId);
    });
  }
}
