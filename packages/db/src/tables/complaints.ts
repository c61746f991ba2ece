import type { Selectable } from 'kysely';
import type { Id, JsonText, UtcTimeText, VndAmount } from '../column-types.ts';

/** Where a complaint stands (the domain's `ComplaintStatus`). */
export type ComplaintStatusText = 'open' | 'refund_due' | 'refunded' | 'declined';

/**
 * A buyer's complaint about a delivered order (one per order): what went wrong, the photos, the bank account to
 * refund a transfer to, and what the shop did (a refund and when it was paid, or the reason it declined). Marked
 * when the system handed it to the village's tech team.
 */
export interface ComplaintsTable {
  id: Id;
  order_id: Id;
  shop_id: Id;
  buyer_id: Id;
  /** `damaged`, `short_weight` or `wrong_product`. */
  kind: string;
  note: string | null;
  /** The photo keys from `POST /photos`, a JSON array. */
  photos: JsonText;
  /** The buyer's bank for a transfer refund (NAPAS BIN); null for a cash-on-delivery order. */
  refund_bin: string | null;
  refund_account_number: string | null;
  refund_holder_name: string | null;
  status: ComplaintStatusText;
  filed_at: UtcTimeText;
  escalated_at: UtcTimeText | null;
  refund_amount: VndAmount | null;
  /** `bank_transfer` or `cash`, set with the amount. */
  refund_method: string | null;
  /** The shop's reason when it declined. */
  answer: string | null;
  answered_at: UtcTimeText | null;
  answered_by: Id | null;
  refund_paid_at: UtcTimeText | null;
  refund_paid_by: Id | null;
}

export type ComplaintRow = Selectable<ComplaintsTable>;
