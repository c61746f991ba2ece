import type { Insertable, Selectable } from 'kysely';
import type { Id, UtcTimeText, VndAmount } from '../column-types.ts';

/** What a reported transfer decided (the domain's `TransferOutcome`). */
export type BankTransferOutcome =
  | 'paid'
  | 'unmatched'
  | 'underpaid'
  | 'overpaid'
  | 'already_paid'
  | 'order_closed'
  | 'not_bank_transfer';

/**
 * Every transaction a bank-notification service (SePay) reported, once per (`provider`, `provider_id`): a replayed
 * notification finds its row and does nothing again. A transfer that paid its order exactly is `paid`; any other
 * is kept for the seller to settle by hand (`settled_at`, `settled_by`).
 */
export interface BankTransfersTable {
  id: Id;
  /** The service: `sepay`. */
  provider: string;
  /** The service's id of the notification (SePay's `id`), as text. */
  provider_id: string;
  /** The household whose linked account received it; null when no linked account has that number. */
  household_id: Id | null;
  /** The order its purpose names, when the shop has one with that reference. */
  order_id: Id | null;
  account_number: string;
  /** The bank as the service names it ("Vietcombank"). */
  gateway: string;
  direction: 'in' | 'out';
  amount: VndAmount;
  /** What the order owed when the transfer came; null without an order. */
  expected_amount: VndAmount | null;
  /** The transfer's purpose as the bank passed it on. */
  content: string;
  /** The payment code the service recognised, if any. */
  code: string | null;
  /** The bank's own reference of the transaction. */
  bank_reference: string | null;
  transaction_at: UtcTimeText;
  received_at: UtcTimeText;
  outcome: BankTransferOutcome;
  settled_at: UtcTimeText | null;
  settled_by: Id | null;
  settle_note: string | null;
}

export type BankTransferRow = Selectable<BankTransfersTable>;
export type NewBankTransferRow = Insertable<BankTransfersTable>;
