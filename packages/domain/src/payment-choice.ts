import { type Actor, actorRecord } from './actors.ts';
import { DomainError } from './errors.ts';
import type { PaymentAccount } from './households.ts';
import type { Order } from './order.ts';
import type { OrderStep } from './order-state.ts';
import type { PaymentMethod } from './payments.ts';

/** What decides how a shop can be paid: whether it takes cash on delivery, and the accounts it has. */
export interface ShopPaymentOptions {
  /** Cash to the post on delivery; on unless the shop turned it off. */
  readonly acceptsCashOnDelivery: boolean;
  readonly paymentAccounts: readonly Pick<PaymentAccount, 'kind'>[];
}

/**
 * The ways a buyer can pay a shop, in the order a checkout offers them: cash on delivery unless the shop turned it
 * off, an e-wallet only when the shop has one, a bank transfer (VietQR) only with a bank account. The one rule for
 * what a checkout offers, what placing accepts and what a buyer may switch to.
 */
export function acceptedPaymentMethods(shop: ShopPaymentOptions): PaymentMethod[] {
  const methods: PaymentMethod[] = [];
  if (shop.acceptsCashOnDelivery) methods.push('cash_on_delivery');
  if (shop.paymentAccounts.some((a) => a.kind === 'e_wallet')) methods.push('e_wallet');
  if (shop.paymentAccounts.some((a) => a.kind === 'bank')) methods.push('bank_transfer');
  return methods;
}

/**
 * The shop's cash-on-delivery setting, changed: refused with `payment.no_way_left` when turning it off would leave
 * buyers no way to pay (no e-wallet or bank account yet). Turning it on is always possible.
 */
export function withCashOnDelivery(
  shop: ShopPaymentOptions,
  acceptsCashOnDelivery: boolean,
): ShopPaymentOptions {
  const next = { ...shop, acceptsCashOnDelivery };
  if (acceptedPaymentMethods(next).length === 0)
    throw new DomainError('payment.no_way_left', {}, ['acceptsCashOnDelivery']);
  return next;
}

/** Whether the buyer may still choose another way to pay this order: their own, unpaid, not yet handed over. */
export function mayChangePaymentMethod(
  order: Pick<Order, 'buyerId' | 'status'> & { readonly payment: Pick<Order['payment'], 'status'> },
  actor: Actor,
): boolean {
  return (
    actor.kind === 'buyer' &&
    actor.userId === order.buyerId &&
    order.payment.status === 'unpaid' &&
    (order.status === 'placed' || order.status === 'confirmed')
  );
}

/**
 * The buyer pays their order another way: for instance when the shop removed the account the order was to be paid
 * to, or a buyer who chose cash prefers to transfer. Only the order's buyer, only while it is unpaid and not yet
 * with the post (`payment.change_too_late`), only to a way the shop accepts now (`payment.method_not_accepted`),
 * and only to another way than the current one (`payment.method_unchanged`). Nothing moves but the method; the
 * history records the change.
 */
export function changePaymentMethod(
  order: Order,
  method: PaymentMethod,
  accepted: readonly PaymentMethod[],
  actor: Actor,
  now: Date,
): OrderStep {
  if (actor.kind !== 'buyer' || actor.userId !== order.buyerId)
    throw new DomainError('order.forbidden', { action: 'change_payment_method' }, []);
  if (!mayChangePaymentMethod(order, actor))
    throw new DomainError('payment.change_too_late', {}, ['paymentMethod']);
  if (method === order.payment.method)
    throw new DomainError('payment.method_unchanged', {}, ['paymentMethod']);
  if (!accepted.includes(method)) throw new DomainError('payment.method_not_accepted', {}, ['paymentMethod']);
  return {
    order: { ...order, payment: { ...order.payment, method }, updatedAt: now },
    stockChanges: [],
    event: {
      orderId: order.id,
      at: now,
      kind: 'payment_method_changed',
      from: order.status,
      to: order.status,
      actor: actorRecord(actor, order.shopId),
      details: { fromMethod: order.payment.method, toMethod: method },
    },
  };
}
