import type { Selectable } from 'kysely';
import type { Id, UtcTimeText } from '../column-types.ts';

/** A buyer's review of a delivered order (one per order), the shop's answer, and whether it was hidden. */
export interface ReviewsTable {
  order_id: Id;
  shop_id: Id;
  buyer_id: Id;
  /** 1 to 5 stars. */
  rating: number;
  comment: string | null;
  /** A photo key from `POST /photos`, or an address. */
  photo: string | null;
  created_at: UtcTimeText;
  answer: string | null;
  answered_at: UtcTimeText | null;
  answered_by: Id | null;
  /** Set when a helper or official hid it as abusive. */
  hidden_at: UtcTimeText | null;
  hidden_by: Id | null;
  hide_reason: string | null;
}

export type ReviewRow = Selectable<ReviewsTable>;
