import * as z from 'zod';
import { type Actor, type ActorKind, actorRecord } from './actors.ts';
import { DomainError, parseInput, problem } from './errors.ts';
import { PositiveVndSchema } from './money.ts';
import type { Order, OrderEvent, OrderEventKind, OrderStatus } from './order.ts';
import { mayViewOrder } from './order-access.ts';
import { isPaid, recordPayment } from './payments.ts';
import { releaseStock, type StockChange } from './stock.ts';
import { typedText } from './typed-text.ts';

/** The seller must confirm an order within this many hours, or the system cancels it (as the real marketplace does). */
export const CONFIRM_WITHIN_HOURS = 24;

/** A carrier's tracking code: Viettel Post's are 9–15 digits, other carriers mix letters in. */
export const TrackingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z0-9-]{6,30}$/.test(code), problem('order.tracking_code_invalid'));

const ReasonSchema = typedText({ min: 3, max: 300 });

/** A step someone asks to take on an order, as it crosses a boundary. */
export const OrderActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('confirm') }),
  z.object({ type: z.literal('hand_over'), trackingCode: TrackingCodeSchema }),
  z.object({ type: z.literal('deliver') }),
  z.object({ type: z.literal('fail_delivery'), reason: ReasonSchema.optional() }),
  z.object({ type: z.literal('cancel'), reason: ReasonSchema.optional() }),
  z.object({ type: z.literal('expire') }),
  /** The seller received the money; `amount` defaults to the order's total. */
  z.object({ type: z.literal('record_payment'), amount: PositiveVndSchema.optional() }),
  /**
   * The bank's notification service reported the transfer that pays the order (`bank-transfers.ts` decides it
   * does): taken by the system only, never by a person.
   */
  z.object({
    type: z.literal('record_bank_transfer'),
    amount: PositiveVndSchema,
    transferId: z.string().min(1).max(64),
  }),
]);
/** A step asked of an order (confirm, hand over with a tracking code, cancel with a reason…), as sent. */
export type OrderAction = z.input<typeof OrderActionSchema>;
/** The name of an order step: `confirm`, `hand_over`, `deliver`, `cancel`… */
export type OrderActionType = OrderAction['type'];

/** One legal step: from a status, an action by one of `actors` leads to `to`; `when` guards on the payment. */
export interface OrderTransition {
  readonly from: OrderStatus;
  readonly action: OrderActionType;
  readonly to: OrderStatus;
  readonly actors: readonly ActorKind[];
  /** Whether the order is paid after the step (cash on delivery counts as paid when delivered). */
  readonly when?: 'paid' | 'unpaid';
}

const SHOP: readonly ActorKind[] = ['seller', 'helper'];
const SHOP_OR_POST: readonly ActorKind[] = ['seller', 'helper', 'system'];
const ANYONE_INVOLVED: readonly ActorKind[] = ['buyer', 'seller', 'helper', 'system'];

/**
 * Every legal step of an order, and who may take it. Anything not listed is illegal. Sellers act through their
 * household's shop, helpers for the households assigned to them; buyers on their own orders; the system is the
 * scheduler and the post's feed. Delivered and paid is completed: a paid order (or a cash one, paid at the door)
 * goes straight from handed over to completed; a delivered unpaid order completes when the payment is recorded.
 */
export const ORDER_TRANSITIONS: readonly OrderTransition[] = [
  { from: 'placed', action: 'confirm', to: 'confirmed', actors: SHOP },
  { from: 'confirmed', action: 'hand_over', to: 'handed_over', actors: SHOP },
  { from: 'handed_over', action: 'deliver', to: 'delivered', actors: ANYONE_INVOLVED, when: 'unpaid' },
  { from: 'handed_over', action: 'deliver', to: 'completed', actors: ANYONE_INVOLVED, when: 'paid' },
  { from: 'handed_over', action: 'fail_delivery', to: 'delivery_failed', actors: SHOP_OR_POST },
  { from: 'placed', action: 'cancel', to: 'cancelled', actors: ['buyer', 'seller', 'helper'] },
  { from: 'confirmed', action: 'cancel', to: 'cancelled', actors: ['buyer', 'seller', 'helper'] },
  { from: 'placed', action: 'expire', to: 'cancelled', actors: ['system'] },
  { from: 'placed', action: 'record_payment', to: 'placed', actors: SHOP },
  { from: 'confirmed', action: 'record_payment', to: 'confirmed', actors: SHOP },
  { from: 'handed_over', action: 'record_payment', to: 'handed_over', actors: SHOP },
  { from: 'delivered', action: 'record_payment', to: 'completed', actors: SHOP },
  { from: 'placed', action: 'record_bank_transfer', to: 'placed', actors: ['system'] },
  { from: 'confirmed', action: 'record_bank_transfer', to: 'confirmed', actors: ['system'] },
  { from: 'handed_over', action: 'record_bank_transfer', to: 'handed_over', actors: ['system'] },
  { from: 'delivered', action: 'record_bank_transfer', to: 'completed', actors: ['system'] },
];

const EVENT_KIND: Readonly<Record<OrderActionType, OrderEventKind>> = {
  confirm: 'confirmed',
  hand_over: 'handed_over',
  deliver: 'delivered',
  fail_delivery: 'delivery_failed',
  cancel: 'cancelled',
  expire: 'expired',
  record_payment: 'payment_recorded',
  record_bank_transfer: 'paid_by_bank',
};

/** The system as an actor: the scheduler that expires orders, the post's delivery feed. */
export const SYSTEM_ACTOR: Actor = { kind: 'system' };

/** What a step decided: the order after it, stock to give back (on cancellation or return), the history entry. */
export interface OrderStep {
  readonly order: Order;
  readonly stockChanges: readonly StockChange[];
  readonly event: OrderEvent;
}

/** When an unconfirmed order is cancelled by the system: 24 hours after it was placed. */
export function confirmDeadline(order: Pick<Order, 'placedAt'>): Date {
  return new Date(order.placedAt.getTime() + CONFIRM_WITHIN_HOURS * 3_600_000);
}

/**
 * Take one step on an order. Throws `order.forbidden` when the actor has no say in this order or this step,
 * `order.illegal_transition` (with `from` and `action`) when the table has no such step from the current status,
 * `order.reason_required` when a seller cancels without a reason, `order.not_expired_yet` before the deadline.
 * The order given is not changed.
 */
export function applyOrderAction(order: Order, action: OrderAction, actor: Actor, now: Date): OrderStep {
  const step = parseInput(OrderActionSchema, action);
  if (!mayViewOrder(order, actor))
    throw new DomainError('order.forbidden', { action: step.type, actor: actor.kind }, []);

  const cashAtDoor = step.type === 'deliver' && order.payment.method === 'cash_on_delivery';
  const paidAfter =
    isPaid(order) || cashAtDoor || step.type === 'record_payment' || step.type === 'record_bank_transfer';
  const rows = ORDER_TRANSITIONS.filter((t) => t.from === order.status && t.action === step.type);
  const row = rows.find((t) => t.when === undefined || t.when === (paidAfter ? 'paid' : 'unpaid'));
  if (!row)
    throw new DomainError('order.illegal_transition', { from: order.status, action: step.type }, ['status']);
  if (!row.actors.includes(actor.kind))
    throw new DomainError('order.forbidden', { action: step.type, actor: actor.kind }, []);

  let next: Order = { ...order, status: row.to, updatedAt: now };
  let stockChanges: StockChange[] = [];
  const details: Record<string, string | number> = {};
  switch (step.type) {
    case 'hand_over':
      next = { ...next, trackingCode: step.trackingCode };
      details.trackingCode = step.trackingCode;
      break;
    case 'deliver':
      if (cashAtDoor && !isPaid(order)) {
        next = { ...next, payment: recordPayment(order.payment, order.totals.total, now) };
        details.amount = order.totals.total;
      }
      break;
    case 'record_payment': {
      const amount = step.amount ?? order.totals.total;
      next = { ...next, payment: recordPayment(order.payment, amount, now) };
      details.amount = amount;
      break;
    }
    case 'record_bank_transfer':
      next = { ...next, payment: recordPayment(order.payment, step.amount, now) };
      details.amount = step.amount;
      details.transferId = step.transferId;
      break;
    case 'cancel':
      if (actor.kind !== 'buyer' && step.reason === undefined)
        throw new DomainError('order.reason_required', {}, ['reason']);
      next = { ...next, closeReason: step.reason ?? null };
      stockChanges = releaseStock(order);
      if (step.reason) details.reason = step.reason;
      break;
    case 'expire': {
      const deadline = confirmDeadline(order);
      if (now.getTime() < deadline.getTime())
        throw new DomainError('order.not_expired_yet', { deadline: deadline.toISOString() }, []);
      stockChanges = releaseStock(order);
      break;
    }
    case 'fail_delivery':
      next = { ...next, closeReason: step.reason ?? null };
      stockChanges = releaseStock(order);
      if (step.reason) details.reason = step.reason;
      break;
    case 'confirm':
      break;
  }
  const event: OrderEvent = {
    orderId: order.id,
    at: now,
    kind: EVENT_KIND[step.type],
    from: order.status,
    to: next.status,
    actor: actorRecord(actor, order.shopId),
    details,
  };
  return { order: next, stockChanges, event };
}

/** The system's cancellation of an order still unconfirmed at its deadline, or null when there is none to make. */
export function expireIfUnconfirmed(order: Order, now: Date): OrderStep | null {
  if (order.status !== 'placed' || now.getTime() < confirmDeadline(order).getTime()) return null;
  return applyOrderAction(order, { type: 'expire' }, SYSTEM_ACTOR, now);
}

/**
 * The actions someone in `role` could take on an order in its status and payment: the rows of `ORDER_TRANSITIONS`,
 * less recording a payment already recorded. For the buttons an app shows (the seller's order card asks it as
 * `seller` or `helper`).
 */
export function orderActionsForRole(
  order: { readonly status: OrderStatus; readonly payment: { readonly status: Order['payment']['status'] } },
  role: ActorKind,
): OrderActionType[] {
  const actions = ORDER_TRANSITIONS.filter((t) => t.from === order.status && t.actors.includes(role)).map(
    (t) => t.action,
  );
  const unique = [...new Set(actions)];
  return order.payment.status === 'paid'
    ? unique.filter((a) => a !== 'record_payment' && a !== 'record_bank_transfer')
    : unique;
}

/**
 * The actions this actor could take on the order now, for the buttons an app shows: none when the actor is not
 * involved in the order, else `orderActionsForRole`. Whether the step then succeeds can still depend on its details
 * (a reason, a tracking code, the deadline).
 */
export function availableOrderActions(order: Order, actor: Actor): OrderActionType[] {
  return mayViewOrder(order, actor) ? orderActionsForRole(order, actor.kind) : [];
}

/**
 * Whether an order can go from one status to another in one step, by any actor or by one kind of actor:
 * `canChangeOrderStatus('placed', 'confirmed')` is true, `canChangeOrderStatus('delivered', 'placed')` false,
 * `canChangeOrderStatus('placed', 'confirmed', 'buyer')` false (only the shop confirms). The steps themselves, with
 * who may take them, are `orderStatusChanges(from, to)`.
 */
export function canChangeOrderStatus(from: OrderStatus, to: OrderStatus, actor?: ActorKind): boolean {
  return orderStatusChanges(from, to).some((t) => actor === undefined || t.actors.includes(actor));
}

/** The rows of `ORDER_TRANSITIONS` that take an order from `from` to `to` (none when it cannot go there). */
export function orderStatusChanges(from: OrderStatus, to: OrderStatus): OrderTransition[] {
  return ORDER_TRANSITIONS.filter((t) => t.from === from && t.to === to && t.from !== t.to);
}
