import { describe, expect, it } from 'vitest';
import { BUYER, buyer, helperFor, JULY, placedOrder, SHOP_A, SHOP_B, sellerOf } from '../test/fixtures.ts';
import type { Actor } from './actors.ts';
import type { Order } from './order.ts';
import {
  applyOrderAction,
  availableOrderActions,
  confirmDeadline,
  expireIfUnconfirmed,
  ORDER_TRANSITIONS,
  type OrderAction,
  orderActionsForRole,
  SYSTEM_ACTOR,
} from './order-state.ts';
import { paymentBalance } from './order-totals.ts';

const seller = sellerOf(SHOP_A);
const later = (hours: number) => new Date(JULY.getTime() + hours * 3_600_000);

/** Run steps in turn, returning the last order. */
function run(order: Order, steps: [OrderAction, Actor][]): Order {
  return steps.reduce(
    (o, [action, actor], i) => applyOrderAction(o, action, actor, later(i + 1)).order,
    order,
  );
}

const HANDED_OVER: [OrderAction, Actor][] = [
  [{ type: 'confirm' }, seller],
  [{ type: 'hand_over', trackingCode: '1234567890' }, seller],
];

describe('the way through: placed → confirmed → handed over → delivered → completed', () => {
  it('completes a bank-transfer order when it is delivered and paid', () => {
    const handedOver = run(placedOrder(), HANDED_OVER);
    expect(handedOver).toMatchObject({ status: 'handed_over', trackingCode: '1234567890' });
    const delivered = applyOrderAction(handedOver, { type: 'deliver' }, SYSTEM_ACTOR, later(30)).order;
    expect(delivered.status).toBe('delivered');
    const paid = applyOrderAction(delivered, { type: 'record_payment' }, seller, later(40));
    expect(paid.order.status).toBe('completed');
    expect(paid.order.payment).toMatchObject({ status: 'paid', paidAmount: delivered.totals.total });
    expect(paid.event).toMatchObject({ kind: 'payment_recorded', from: 'delivered', to: 'completed' });
  });

  it('goes straight to completed when an order paid beforehand is delivered', () => {
    const paid = run(placedOrder(), [[{ type: 'record_payment' }, seller], ...HANDED_OVER]);
    expect(paid.status).toBe('handed_over');
    expect(applyOrderAction(paid, { type: 'deliver' }, SYSTEM_ACTOR, later(30)).order.status).toBe(
      'completed',
    );
  });

  it('records cash on delivery as paid at the door', () => {
    const cash = run(placedOrder(3_000, 'cash_on_delivery'), HANDED_OVER);
    const step = applyOrderAction(cash, { type: 'deliver' }, SYSTEM_ACTOR, later(30));
    expect(step.order.status).toBe('completed');
    expect(step.order.payment).toMatchObject({
      status: 'paid',
      paidAmount: cash.totals.total,
      paidAt: later(30),
    });
    expect(step.event.details).toEqual({ amount: cash.totals.total });
  });

  it('never changes the order it is given', () => {
    const order = placedOrder();
    const copy = structuredClone(order);
    applyOrderAction(order, { type: 'confirm' }, seller, later(1));
    expect(order).toEqual(copy);
  });
});

describe('who may take a step', () => {
  it('lets the household’s helper act, and records the helper and the household', () => {
    const step = applyOrderAction(placedOrder(), { type: 'confirm' }, helperFor(SHOP_A), later(1));
    expect(step.order.status).toBe('confirmed');
    expect(step.event.actor).toEqual({ kind: 'helper', userId: 'helper-1', actingForHouseholdId: SHOP_A });
  });

  it('refuses another shop’s seller, a helper not assigned to the household, and other buyers', () => {
    for (const actor of [sellerOf(SHOP_B), helperFor(SHOP_B), buyer('someone-else')])
      expect(() =>
        applyOrderAction(placedOrder(), { type: 'cancel', reason: 'Hết hàng' }, actor, later(1)),
      ).toThrow(expect.objectContaining({ code: 'order.forbidden' }));
  });

  it('refuses a buyer confirming their own order: that is the seller’s step', () => {
    expect(() => applyOrderAction(placedOrder(), { type: 'confirm' }, buyer(), later(1))).toThrow(
      expect.objectContaining({ code: 'order.forbidden', params: { action: 'confirm', actor: 'buyer' } }),
    );
  });

  it('offers each actor only their own steps', () => {
    const order = placedOrder();
    expect(availableOrderActions(order, buyer())).toEqual(['cancel']);
    expect(availableOrderActions(order, seller)).toEqual(['confirm', 'cancel', 'record_payment']);
    // The system expires it, and the bank's notification service records a transfer that pays it.
    expect(availableOrderActions(order, SYSTEM_ACTOR)).toEqual(['expire', 'record_bank_transfer']);
    expect(availableOrderActions(order, sellerOf(SHOP_B))).toEqual([]);
  });

  it('offers the shop cancel on a confirmed order, as the table allows, and no payment to record once paid', () => {
    const confirmed = run(placedOrder(), [[{ type: 'confirm' }, seller]]);
    expect(orderActionsForRole(confirmed, 'seller')).toEqual(['hand_over', 'cancel', 'record_payment']);
    expect(orderActionsForRole(confirmed, 'helper')).toEqual(['hand_over', 'cancel', 'record_payment']);
    const paid = run(placedOrder(), [
      [{ type: 'confirm' }, seller],
      [{ type: 'record_payment' }, seller],
    ]);
    expect(orderActionsForRole(paid, 'seller')).toEqual(['hand_over', 'cancel']);
  });
});

describe('cancelling', () => {
  it('lets the buyer cancel before hand-over, and gives the stock back', () => {
    const confirmed = run(placedOrder(3_000), [[{ type: 'confirm' }, seller]]);
    const step = applyOrderAction(confirmed, { type: 'cancel' }, buyer(), later(5));
    expect(step.order.status).toBe('cancelled');
    expect(step.stockChanges).toEqual([{ listingId: 'listing-dragon', delta: 3_000 }]);
    expect(step.event).toMatchObject({ kind: 'cancelled', from: 'confirmed', actor: { userId: BUYER } });
  });

  it('refuses to cancel once the parcel is with the post', () => {
    const handedOver = run(placedOrder(), HANDED_OVER);
    expect(() => applyOrderAction(handedOver, { type: 'cancel' }, buyer(), later(5))).toThrow(
      expect.objectContaining({
        code: 'order.illegal_transition',
        params: { from: 'handed_over', action: 'cancel' },
      }),
    );
  });

  it('wants a reason when the seller cancels, and keeps it', () => {
    expect(() => applyOrderAction(placedOrder(), { type: 'cancel' }, seller, later(1))).toThrow(
      expect.objectContaining({ code: 'order.reason_required', path: ['reason'] }),
    );
    const step = applyOrderAction(
      placedOrder(),
      { type: 'cancel', reason: 'Mưa đá làm hỏng quả' },
      seller,
      later(1),
    );
    expect(step.order).toMatchObject({ status: 'cancelled', closeReason: 'Mưa đá làm hỏng quả' });
  });

  it('shows what the seller owes back when a paid order is cancelled', () => {
    const paid = run(placedOrder(), [[{ type: 'record_payment' }, seller]]);
    const cancelled = applyOrderAction(paid, { type: 'cancel', reason: 'Hết hàng' }, seller, later(3)).order;
    expect(paymentBalance(cancelled)).toBe(paid.totals.total);
  });
});

describe('the 24-hour confirmation deadline', () => {
  it('is 24 hours after placing', () => {
    expect(confirmDeadline(placedOrder())).toEqual(later(24));
  });

  it('cancels an unconfirmed order at the deadline, as the system, giving the stock back', () => {
    const order = placedOrder(2_000);
    expect(expireIfUnconfirmed(order, later(23.99))).toBeNull();
    const step = expireIfUnconfirmed(order, later(24));
    expect(step?.order.status).toBe('cancelled');
    expect(step?.stockChanges).toEqual([{ listingId: 'listing-dragon', delta: 2_000 }]);
    expect(step?.event).toMatchObject({ kind: 'expired', actor: { kind: 'system', userId: null } });
  });

  it('leaves confirmed orders alone, and refuses an early expiry', () => {
    const confirmed = run(placedOrder(), [[{ type: 'confirm' }, seller]]);
    expect(expireIfUnconfirmed(confirmed, later(48))).toBeNull();
    expect(() => applyOrderAction(placedOrder(), { type: 'expire' }, SYSTEM_ACTOR, later(2))).toThrow(
      expect.objectContaining({ code: 'order.not_expired_yet' }),
    );
  });
});

describe('failed delivery', () => {
  it('brings the stock back when the parcel returns', () => {
    const handedOver = run(placedOrder(4_000), HANDED_OVER);
    const step = applyOrderAction(
      handedOver,
      { type: 'fail_delivery', reason: 'Không liên lạc được' },
      SYSTEM_ACTOR,
      later(40),
    );
    expect(step.order.status).toBe('delivery_failed');
    expect(step.stockChanges).toEqual([{ listingId: 'listing-dragon', delta: 4_000 }]);
  });
});

describe('the transition table', () => {
  it('has no step out of a final status', () => {
    const finals = ['completed', 'cancelled', 'delivery_failed'];
    expect(ORDER_TRANSITIONS.filter((t) => finals.includes(t.from))).toEqual([]);
  });

  it('validates step details at the boundary', () => {
    const confirmed = run(placedOrder(), [[{ type: 'confirm' }, seller]]);
    expect(() =>
      applyOrderAction(confirmed, { type: 'hand_over', trackingCode: 'ab' }, seller, later(2)),
    ).toThrow(expect.objectContaining({ code: 'order.tracking_code_invalid', path: ['trackingCode'] }));
    const step = applyOrderAction(
      confirmed,
      { type: 'hand_over', trackingCode: ' vtp-123456 ' },
      seller,
      later(2),
    );
    expect(step.order.trackingCode).toBe('VTP-123456');
  });

  it('refuses recording a payment twice', () => {
    const paid = run(placedOrder(), [[{ type: 'record_payment', amount: 50_000 }, seller]]);
    expect(() => applyOrderAction(paid, { type: 'record_payment' }, seller, later(3))).toThrow(
      expect.objectContaining({ code: 'payment.already_paid' }),
    );
  });
});
