import * as z from 'zod';
import { type Actor, actsForShop } from './actors.ts';
import { DomainError } from './errors.ts';
import { PositiveVndSchema, type Vnd } from './money.ts';
import type { Order } from './order.ts';
import { applyOrderAction, type OrderStep, SYSTEM_ACTOR } from './order-state.ts';
import { amountToTransfer } from './order-totals.ts';
import { typedText } from './typed-text.ts';

/*
 * Transfers confirmed by the bank. A bank-notification service (SePay: https://developer.sepay.vn, "SePay
 * Webhooks") watches a household's bank account and POSTs every transaction on it to the marketplace. What such a
 * notification means for an order is decided here: which order its purpose names (the reference our VietQR code
 * writes, `transferPurpose`), and whether the amount pays it. Anything that does not pay an order exactly is kept
 * for the seller to settle by hand.
 */

/** `2023-03-25 14:02:37`: SePay's transaction time, in Vietnam's time (UTC+7), without a zone. */
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * The body of a SePay webhook (`POST`, `Content-Type: application/json`), as SePay documents it: `id` (SePay's
 * transaction id, the key against replays), `gateway` (the bank's name), `transactionDate`, `accountNumber` (the
 * account that received or sent the money), `subAccount`, `code` (a payment code SePay recognised, or null),
 * `content` (the transfer's purpose as the bank gives it), `transferType` (`in` or `out`), `transferAmount` (whole
 * đồng), `accumulated` (the balance after it), `referenceCode` (the bank's own reference), `description`. Fields
 * SePay may add later are ignored.
 */
export const SepayNotificationSchema = z.object({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  gateway: z.string().trim().min(1).max(100),
  transactionDate: z.string().regex(LOCAL_TIME),
  accountNumber: z.string().trim().min(1).max(40),
  subAccount: z.string().trim().max(40).nullable().optional(),
  code: z.string().trim().max(100).nullable().optional(),
  content: z.string().max(1000),
  transferType: z.enum(['in', 'out']),
  transferAmount: PositiveVndSchema,
  accumulated: z.number().optional(),
  referenceCode: z.string().trim().max(100).nullable().optional(),
  description: z.string().max(1000).optional(),
});
/** A SePay notification as it arrives (see `SepayNotificationSchema`). */
export type SepayNotification = z.input<typeof SepayNotificationSchema>;

/** One transaction a bank-notification service reported, in the marketplace's words. */
export interface IncomingTransfer {
  /** Which service reported it: the notification id is unique only within one service. */
  readonly provider: 'sepay';
  /** The service's id of the transaction, as text. */
  readonly providerId: string;
  /** The bank, as the service names it ("Vietcombank"). */
  readonly gateway: string;
  readonly accountNumber: string;
  readonly direction: 'in' | 'out';
  readonly amount: Vnd;
  /** The purpose the payer wrote, as the bank passed it on. */
  readonly content: string;
  /** The payment code the service recognised in the purpose, if any. */
  readonly code: string | null;
  /** The bank's own reference of the transaction. */
  readonly bankReference: string | null;
  readonly transactionAt: Date;
}

/** A parsed SePay notification as an `IncomingTransfer` (its time read as Vietnam's). */
export function transferFromSepay(notification: z.output<typeof SepayNotificationSchema>): IncomingTransfer {
  const [, y, mo, d, h, mi, s] = LOCAL_TIME.exec(notification.transactionDate) ?? [];
  return {
    provider: 'sepay',
    providerId: String(notification.id),
    gateway: notification.gateway,
    accountNumber: notification.accountNumber,
    direction: notification.transferType,
    amount: notification.transferAmount,
    content: notification.content,
    code: notification.code ?? null,
    bankReference: notification.referenceCode ?? null,
    transactionAt: new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}+07:00`),
  };
}

/** An order reference as `orderReference` writes it: `DH` and eight letters or digits. */
const REFERENCE_TOKEN = /(?:^|[^0-9A-Z])(DH[0-9A-Z]{8})(?![0-9A-Z])/g;
/** The same, with the ` NONGSAN` our purpose ends with, once a bank has dropped the spaces and dots. */
const REFERENCE_WITH_TAG = /(DH[0-9A-Z]{8})NONGSAN/g;

/**
 * The order references a transfer names, distinct, in the order found: the service's payment code when it is one,
 * else every `DHxxxxxxxx` in the purpose (in any case; also when the bank ran the words together, as
 * `DHABCD1234NONGSAN`). Empty when it names none.
 */
export function referencesInTransfer(transfer: Pick<IncomingTransfer, 'content' | 'code'>): string[] {
  const code = transfer.code?.toUpperCase() ?? '';
  if (/^DH[0-9A-Z]{8}$/.test(code)) return [code];
  const text = transfer.content.toUpperCase();
  const found = [
    ...[...text.matchAll(REFERENCE_TOKEN)].map((m) => m[1] ?? ''),
    ...[...text.replace(/[^0-9A-Z]/g, '').matchAll(REFERENCE_WITH_TAG)].map((m) => m[1] ?? ''),
  ];
  return [...new Set(found.filter((r) => r !== ''))];
}

/**
 * What became of a transfer: `paid` it paid its order exactly and the order is marked paid (by the bank); every
 * other outcome leaves the order as it was and keeps the transfer for the seller to settle by hand:
 * `unmatched` (no order of the shop, or several, named in its purpose), `underpaid`/`overpaid` (less or more than
 * the order owes), `already_paid` (the order was paid before), `order_closed` (cancelled or not delivered),
 * `not_bank_transfer` (the buyer chose another way to pay: cash at the door would pay it twice).
 */
export const TransferOutcomeSchema = z.enum([
  'paid',
  'unmatched',
  'underpaid',
  'overpaid',
  'already_paid',
  'order_closed',
  'not_bank_transfer',
]);
/** What became of a reported transfer (see `TransferOutcomeSchema`). */
export type TransferOutcome = z.infer<typeof TransferOutcomeSchema>;
/** Every transfer outcome, `paid` first. */
export const TRANSFER_OUTCOMES: readonly TransferOutcome[] = TransferOutcomeSchema.options;

/** What a transfer decided: its outcome, the order it concerns (if one), what the order owed, and the step. */
export interface TransferMatch {
  readonly outcome: TransferOutcome;
  readonly orderId: string | null;
  /** What the order owed when the transfer came (null without an order). */
  readonly expected: Vnd | null;
  /** The order marked paid by the bank, only when `outcome` is `paid`. */
  readonly step: OrderStep | null;
}

/**
 * Whether an incoming transfer pays `order`, the one order of the shop whose reference its purpose names (null when
 * it names none, or several). Only an exact payment of what a bank-transfer order owes marks it paid.
 */
export function matchTransfer(
  transfer: Pick<IncomingTransfer, 'amount' | 'providerId' | 'provider'>,
  order: Order | null,
  now: Date,
): TransferMatch {
  if (order === null) return { outcome: 'unmatched', orderId: null, expected: null, step: null };
  const expected = amountToTransfer(order);
  const kept = (outcome: TransferOutcome): TransferMatch => ({
    outcome,
    orderId: order.id,
    expected,
    step: null,
  });
  if (order.status === 'cancelled' || order.status === 'delivery_failed') return kept('order_closed');
  if (order.payment.status === 'paid') return kept('already_paid');
  if (order.payment.method !== 'bank_transfer') return kept('not_bank_transfer');
  if (transfer.amount < expected) return kept('underpaid');
  if (transfer.amount > expected) return kept('overpaid');
  const step = applyOrderAction(
    order,
    {
      type: 'record_bank_transfer',
      amount: transfer.amount,
      transferId: `${transfer.provider}:${transfer.providerId}`,
    },
    SYSTEM_ACTOR,
    now,
  );
  return { outcome: 'paid', orderId: order.id, expected, step };
}

/** Whether a kept transfer still waits for the seller: anything but `paid`, until settled by hand. */
export function needsSettling(transfer: {
  readonly outcome: TransferOutcome;
  readonly settledAt: Date | string | null;
}): boolean {
  return transfer.outcome !== 'paid' && transfer.settledAt === null;
}

/** A note the seller may leave when settling ("đã trả lại 5.000 đ cho khách"). */
export const SettleNoteSchema = typedText({ max: 300 });

/**
 * The seller (or their helper) settles a kept transfer by hand: they refunded it, took it as paid, or found whose it
 * is. Throws `bank.forbidden` for anyone not acting for the shop that received it, `bank.nothing_to_settle` for a
 * transfer that paid its order, `bank.already_settled` for one settled before.
 */
export function settleTransfer(
  transfer: {
    readonly householdId: string | null;
    readonly outcome: TransferOutcome;
    readonly settledAt: Date | null;
  },
  actor: Actor,
  now: Date,
): { readonly settledAt: Date } {
  if (transfer.householdId === null || !actsForShop(actor, transfer.householdId))
    throw new DomainError('bank.forbidden', {}, ['transferId']);
  if (transfer.outcome === 'paid') throw new DomainError('bank.nothing_to_settle', {}, ['transferId']);
  if (transfer.settledAt !== null) throw new DomainError('bank.already_settled', {}, ['transferId']);
  return { settledAt: now };
}

/**
 * Whether a payment account can be linked to the bank-notification service: bank accounts only (the service
 * reads a bank's feed; an e-wallet's payments are still marked received by hand). Throws
 * `bank.feed_needs_bank_account` otherwise.
 */
export function assertLinkableToBankFeed(account: { readonly kind: 'bank' | 'e_wallet' }): void {
  if (account.kind !== 'bank') throw new DomainError('bank.feed_needs_bank_account', {}, ['accountId']);
}
