import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { BaseQuantity, Flag, Id, JsonText, UtcTimeText, VndAmount } from '../column-types.ts';

export const LINE_UNITS = ['kg', 'piece'] as const;
export type LineUnit = (typeof LINE_UNITS)[number];

export const DELIVERY_ZONES = ['local', 'province', 'elsewhere'] as const;
export type DeliveryZoneText = (typeof DELIVERY_ZONES)[number];

/** One order to one shop. A cart with several shops becomes several orders sharing a `checkout_id`. */
export interface OrdersTable {
  id: Id;
  /** The cart this order came from: every order of one `orders.place` call has the same one. */
  checkout_id: Id;
  shop_id: Id;
  buyer_id: Id;
  /** The domain's `OrderStatus` ("placed", "confirmed", "handed_over", …). */
  status: string;
  zone: DeliveryZoneText;
  /** The delivery address as the domain's JSON. */
  delivery_address: JsonText;
  /** The mobile number to call on delivery, as the buyer gave it at checkout (normalised by the domain). */
  delivery_phone: string;
  /** What the buyer wrote for the seller; null when nothing. */
  note: string | null;
  /** The value of the goods: the sum of the lines' values (the domain's `totals.subtotal`). */
  subtotal: VndAmount;
  delivery_fee: VndAmount;
  /** subtotal + delivery_fee (checked by the database). */
  total: VndAmount;
  /** The domain's `PaymentMethod` ("cash_on_delivery", "e_wallet", "bank_transfer"). */
  payment_method: string;
  /**
   * What the seller received and when, set together (checked by the database). The order is paid exactly when
   * `paid_at` is set: the domain's payment status is not stored twice.
   */
  paid_amount: VndAmount | null;
  paid_at: UtcTimeText | null;
  /** The carrier's code, given when the parcel is handed over. */
  tracking_code: string | null;
  /** Why the order was cancelled or its delivery failed (the domain's `closeReason`); null otherwise. */
  close_reason: string | null;
  placed_at: UtcTimeText;
  /** When an unconfirmed order is cancelled automatically (24 hours after placing). */
  confirm_by: UtcTimeText;
  updated_at: UtcTimeText;
  version: Generated<number>;
}

/** One product of an order, with the price and unit as they were when the buyer ordered. */
export interface OrderLinesTable {
  id: Id;
  order_id: Id;
  listing_id: Id;
  product_id: string;
  /** The listing's title when ordered: later edits of the listing never change an order. */
  title: string;
  unit: LineUnit;
  unit_price: VndAmount;
  quantity_ordered: BaseQuantity;
  /** What the seller weighed or counted when packing; null until packed. */
  quantity_packed: BaseQuantity | null;
  /** The line's value as the domain computed it (`lineValue`): of the packed quantity once packed, else of the
   * ordered quantity. Kept so sales can be summed in SQL. */
  line_total: VndAmount;
  /** 1 when ordered before the harvest, while the listing took pre-orders. */
  pre_order: Flag;
  /** The line's place in the order, from 0. */
  position: number;
}

/** What happened to an order, who did it, and for whom (a helper acting for a household). */
export interface OrderEventsTable {
  id: Id;
  order_id: Id;
  at: UtcTimeText;
  /** The domain's `ActorKind`: "buyer", "seller", "helper" or "system". */
  actor_kind: string;
  /** The user who acted; null for the system (the scheduled auto-cancel). */
  actor_user_id: Id | null;
  /** The household the actor acted for, when a helper acted for one. */
  acting_for_household_id: Id | null;
  /** The domain's `OrderEventKind` ("placed", "confirmed", "expired", "weight_adjusted", …). */
  kind: string;
  /** Null for the event that created the order. */
  from_status: string | null;
  to_status: string;
  /** The step's facts (tracking code, reason, amount, weights) as a JSON object. */
  details: JsonText;
}

/**
 * An idempotency key of `orders.place`, scoped to the buyer (the primary key is buyer + key). The same key with the
 * same `request_hash` replays `response`; with another hash it is a conflict.
 */
export interface IdempotencyKeysTable {
  buyer_id: Id;
  key: string;
  request_hash: string;
  /** The first answer as JSON; null while the first request is still running. */
  response: JsonText | null;
  created_at: UtcTimeText;
}

export type OrderRow = Selectable<OrdersTable>;
export type NewOrderRow = Insertable<OrdersTable>;
export type OrderRowUpdate = Updateable<OrdersTable>;
export type OrderLineRow = Selectable<OrderLinesTable>;
export type NewOrderLineRow = Insertable<OrderLinesTable>;
export type OrderLineRowUpdate = Updateable<OrderLinesTable>;
export type OrderEventRow = Selectable<OrderEventsTable>;
export type NewOrderEventRow = Insertable<OrderEventsTable>;
export type IdempotencyKeyRow = Selectable<IdempotencyKeysTable>;
export type NewIdempotencyKeyRow = Insertable<IdempotencyKeysTable>;
