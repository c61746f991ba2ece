import * as z from 'zod';
import type { ActorRecord } from './actors.ts';
import type { ProductId } from './catalog.ts';
import type { Vnd } from './money.ts';
import type { Payment } from './payments.ts';
import type { PhoneNumber } from './phone.ts';
import type { DeliveryZone } from './places.ts';
import type { Unit } from './quantity.ts';

/**
 * Where an order stands. The way through is placed → confirmed → handed_over (to the post, with its tracking code)
 * → delivered → completed (delivered and paid). It may end `cancelled` (by the buyer before hand-over, by the
 * seller with a reason, by the system when not confirmed within 24 hours) or `delivery_failed` (the parcel came back
 * to the seller, and so does the stock). The legal steps are the table in `order-state.ts`.
 */
export const OrderStatusSchema = z.enum([
  'placed',
  'confirmed',
  'handed_over',
  'delivered',
  'completed',
  'cancelled',
  'delivery_failed',
]);
/** Where an order is: placed, confirmed, handed over, delivered, completed, delivery failed or cancelled. */
export type OrderStatus = z.infer<typeof OrderStatusSchema>;
/** Every order status, in the order an order usually goes through them. */
export const ORDER_STATUSES: readonly OrderStatus[] = OrderStatusSchema.options;

/** Statuses no step leads out of. */
export const FINAL_ORDER_STATUSES: readonly OrderStatus[] = ['completed', 'cancelled', 'delivery_failed'];

/** Whether no step leads out of this status (completed, cancelled, delivery failed): a page stops asking for news. */
export function isFinalOrderStatus(status: OrderStatus): boolean {
  return FINAL_ORDER_STATUSES.includes(status);
}

/**
 * Orders that count as sold, in every sales figure (a shop's, a village's, the commune's): the seller confirmed them
 * and they did not come back. Not an order still waiting for confirmation (it may never be), nor a cancelled or
 * failed one.
 */
export const SOLD_ORDER_STATUSES: readonly OrderStatus[] = [
  'confirmed',
  'handed_over',
  'delivered',
  'completed',
];

/**
 * One product of an order, with what it was when the buyer ordered: title, unit and unit price are copied from the
 * listing, so later edits of the listing never change an order.
 */
export interface OrderLine {
  readonly listingId: string;
  readonly productId: ProductId;
  readonly title: string;
  readonly unit: Unit;
  readonly unitPrice: Vnd;
  /** What the buyer ordered, in grams or pieces. */
  readonly quantity: number;
  /** For weighed goods, what the seller actually weighed at packing; null until then. */
  readonly packedQuantity: number | null;
  /** Ordered before the harvest (the listing was open for pre-orders). */
  readonly preOrder: boolean;
}

/** The money of an order, whole đồng: value of goods, delivery fee, and their sum. */
export interface OrderTotals {
  /** The value of the goods: the sum of the lines' values. This is what counts as revenue. */
  readonly subtotal: Vnd;
  readonly deliveryFee: Vnd;
  readonly total: Vnd;
}

/** One order: one buyer, one shop. A cart with several shops becomes several orders sharing a `checkoutId`. */
export interface Order {
  readonly id: string;
  readonly checkoutId: string;
  readonly shopId: string;
  readonly buyerId: string;
  readonly status: OrderStatus;
  readonly zone: DeliveryZone;
  readonly lines: readonly OrderLine[];
  readonly totals: OrderTotals;
  readonly payment: Payment;
  /** The mobile number to call on delivery, given at checkout (not necessarily the buyer's own). */
  readonly deliveryPhone: PhoneNumber;
  /** What the buyer wrote for the seller; null when nothing. */
  readonly note: string | null;
  /** The carrier's code, set at hand-over. */
  readonly trackingCode: string | null;
  /** Who cancelled and why, or why delivery failed; null otherwise. */
  readonly closeReason: string | null;
  readonly placedAt: Date;
  readonly updatedAt: Date;
}

/** What happened to an order: one entry of its history (who, for whom, when, what, from which status to which). */
export interface OrderEvent {
  readonly orderId: string;
  readonly at: Date;
  readonly kind: OrderEventKind;
  readonly from: OrderStatus | null;
  readonly to: OrderStatus;
  readonly actor: ActorRecord;
  /** Facts of the step: tracking code, reason, amount, adjusted line and weights. */
  readonly details: Readonly<Record<string, string | number>>;
}

/** What an order event records: the step that produced it. */
export type OrderEventKind =
  | 'placed'
  | 'confirmed'
  | 'handed_over'
  | 'delivered'
  | 'delivery_failed'
  | 'cancelled'
  | 'expired'
  | 'payment_recorded'
  /** Paid by a bank transfer the bank's notification service reported (not pressed by a person). */
  | 'paid_by_bank'
  | 'payment_method_changed'
  | 'weight_adjusted'
  /** The buyer reported a problem with the delivered order (`complaints.ts`); the order's status stays. */
  | 'complaint_filed'
  /** The shop accepted the complaint with a refund of `amount`. */
  | 'complaint_accepted'
  /** The shop declined the complaint, with its `reason`. */
  | 'complaint_declined'
  /** Unsettled 48 hours after filing, the complaint went to the village's tech team (the system). */
  | 'complaint_escalated'
  /** The shop paid the refund back (by transfer or in cash). */
  | 'refund_paid';

/** What a line holds of its listing's stock: the packed weight once weighed, else the ordered quantity. */
export function reservedQuantity(line: Pick<OrderLine, 'quantity' | 'packedQuantity'>): number {
  return line.packedQuantity ?? line.quantity;
}

/** An order still under way: its stock is reserved and it may still change. */
export function isOpenOrder(order: Pick<Order, 'status'>): boolean {
  return order.status === 'placed' || order.status === 'confirmed' || order.status === 'handed_over';
}

/** A successful order is a delivered one (paid or not yet). */
export function isSuccessfulOrder(order: Pick<Order, 'status'>): boolean {
  return order.status === 'delivered' || order.status === 'completed';
}

/**
 * The short reference a buyer writes in a transfer and the seller looks for in their bank app: "DH" (đơn hàng)
 * and the last eight letters or digits of the order id, upper case.
 */
export function orderReference(order: Pick<Order, 'id'>): string {
  const tail = order.id
    .replace(/[^0-9A-Za-z]/g, '')
    .slice(-8)
    .toUpperCase();
  return `DH${tail}`;
}
