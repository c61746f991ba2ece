import { describe, expect, it } from 'vitest';
import { helperFor, JULY, placedOrder, SHOP_A, SHOP_B, sellerOf } from '../test/fixtures.ts';
import {
  assertLinkableToBankFeed,
  type IncomingTransfer,
  matchTransfer,
  needsSettling,
  referencesInTransfer,
  SepayNotificationSchema,
  settleTransfer,
  transferFromSepay,
} from './bank-transfers.ts';
import { orderReference } from './order.ts';
import { applyOrderAction, SYSTEM_ACTOR } from './order-state.ts';
import { transferPurpose } from './vietqr-order.ts';

/** SePay's documented example body, with our purpose in it. */
function sepayBody(overrides: Record<string, unknown> = {}) {
  return {
    id: 92_704,
    gateway: 'Vietcombank',
    transactionDate: '2026-07-15 10:02:37',
    accountNumber: '1234567890',
    code: null,
    content: 'DHABCD1234 NONGSAN',
    transferType: 'in',
    transferAmount: 87_000,
    accumulated: 19_077_000,
    subAccount: null,
    referenceCode: 'MBVCB.3278907687',
    description: '',
    ...overrides,
  };
}

function transfer(amount: number): Pick<IncomingTransfer, 'amount' | 'providerId' | 'provider'> {
  return { amount, providerId: '92704', provider: 'sepay' };
}

describe('a SePay notification', () => {
  it('reads its documented fields, the time in Vietnam, and ignores fields it does not know', () => {
    const parsed = SepayNotificationSchema.parse(sepayBody({ somethingNew: 1 }));
    expect(transferFromSepay(parsed)).toEqual({
      provider: 'sepay',
      providerId: '92704',
      gateway: 'Vietcombank',
      accountNumber: '1234567890',
      direction: 'in',
      amount: 87_000,
      content: 'DHABCD1234 NONGSAN',
      code: null,
      bankReference: 'MBVCB.3278907687',
      transactionAt: new Date('2026-07-15T03:02:37Z'),
    });
  });

  it('refuses a body without an id, with a fractional or negative amount, or a time in another shape', () => {
    for (const bad of [
      { id: undefined },
      { transferAmount: 1.5 },
      { transferAmount: -5 },
      { transactionDate: '2026-07-15T10:02:37Z' },
      { transferType: 'sideways' },
    ]) {
      expect(SepayNotificationSchema.safeParse(sepayBody(bad)).success).toBe(false);
    }
  });
});

describe('the order a transfer names', () => {
  it('finds the reference our VietQR purpose writes, however the bank passes it on', () => {
    const order = { ...placedOrder(), id: 'ord_01JD3X5Y7Z9ABCDEFGHJKMNPQR' };
    const reference = orderReference(order);
    for (const content of [
      transferPurpose(order),
      `MBVCB.3278907687.${transferPurpose(order)}.CT tu 0123456789 NGUYEN THI LAN`,
      `${reference}NONGSAN`,
      `${reference.toLowerCase()} nongsan`,
      `chuyen tien ${reference}`,
    ]) {
      expect(referencesInTransfer({ content, code: null })).toEqual([reference]);
    }
  });

  it('prefers the payment code the service recognised, and names nothing in a purpose without a reference', () => {
    expect(referencesInTransfer({ content: 'tien hang', code: 'DHABCD1234' })).toEqual(['DHABCD1234']);
    expect(referencesInTransfer({ content: 'tien thanh long', code: null })).toEqual([]);
    // Nine characters after DH is not a reference, nor a reference glued to other letters.
    expect(referencesInTransfer({ content: 'DHABCD12345 XYZDHABCD1234', code: null })).toEqual([]);
  });

  it('names each of several references once', () => {
    expect(referencesInTransfer({ content: 'DH11111111 NONGSAN DH22222222 NONGSAN', code: null })).toEqual([
      'DH11111111',
      'DH22222222',
    ]);
  });
});

describe('whether a transfer pays its order', () => {
  it('marks a bank-transfer order paid by the bank when the amount is exactly what it owes', () => {
    const order = placedOrder();
    const match = matchTransfer(transfer(order.totals.total), order, JULY);
    expect(match.outcome).toBe('paid');
    expect(match.step?.order.payment).toMatchObject({ status: 'paid', paidAmount: order.totals.total });
    expect(match.step?.event).toMatchObject({
      kind: 'paid_by_bank',
      actor: { kind: 'system', userId: null },
      details: { amount: order.totals.total, transferId: 'sepay:92704' },
    });
  });

  it('completes a delivered unpaid order', () => {
    const seller = sellerOf(SHOP_A);
    let order = placedOrder();
    order = applyOrderAction(order, { type: 'confirm' }, seller, JULY).order;
    order = applyOrderAction(order, { type: 'hand_over', trackingCode: '123456789' }, seller, JULY).order;
    order = applyOrderAction(order, { type: 'deliver' }, SYSTEM_ACTOR, JULY).order;
    expect(matchTransfer(transfer(order.totals.total), order, JULY).step?.order.status).toBe('completed');
  });

  it('keeps for the seller a transfer that pays too little, too much, an order paid, closed or paid another way', () => {
    const order = placedOrder();
    const total = order.totals.total;
    expect(matchTransfer(transfer(total - 1), order, JULY)).toMatchObject({
      outcome: 'underpaid',
      expected: total,
      step: null,
    });
    expect(matchTransfer(transfer(total + 1_000), order, JULY).outcome).toBe('overpaid');
    const paid = applyOrderAction(order, { type: 'record_payment' }, sellerOf(SHOP_A), JULY).order;
    expect(matchTransfer(transfer(total), paid, JULY).outcome).toBe('already_paid');
    const cancelled = applyOrderAction(
      order,
      { type: 'cancel' },
      { kind: 'buyer', userId: order.buyerId },
      JULY,
    );
    expect(matchTransfer(transfer(total), cancelled.order, JULY).outcome).toBe('order_closed');
    expect(matchTransfer(transfer(total), placedOrder(3_000, 'cash_on_delivery'), JULY).outcome).toBe(
      'not_bank_transfer',
    );
    expect(matchTransfer(transfer(total), null, JULY)).toMatchObject({ outcome: 'unmatched', orderId: null });
  });

  it('never lets a person record a payment as the bank', () => {
    const order = placedOrder();
    expect(() =>
      applyOrderAction(
        order,
        { type: 'record_bank_transfer', amount: order.totals.total, transferId: 'sepay:1' },
        sellerOf(SHOP_A),
        JULY,
      ),
    ).toThrow(expect.objectContaining({ code: 'order.forbidden' }));
  });
});

describe('settling a kept transfer by hand', () => {
  const kept = { householdId: SHOP_A, outcome: 'overpaid' as const, settledAt: null };

  it('is for the shop that received it (its seller or helper), once, and only for a kept transfer', () => {
    expect(settleTransfer(kept, sellerOf(SHOP_A), JULY)).toEqual({ settledAt: JULY });
    expect(settleTransfer(kept, helperFor(SHOP_A), JULY)).toEqual({ settledAt: JULY });
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as { code: string }).code;
      }
      return 'no error';
    };
    expect(code(() => settleTransfer(kept, sellerOf(SHOP_B), JULY))).toBe('bank.forbidden');
    expect(code(() => settleTransfer({ ...kept, householdId: null }, sellerOf(SHOP_A), JULY))).toBe(
      'bank.forbidden',
    );
    expect(code(() => settleTransfer({ ...kept, outcome: 'paid' }, sellerOf(SHOP_A), JULY))).toBe(
      'bank.nothing_to_settle',
    );
    expect(code(() => settleTransfer({ ...kept, settledAt: JULY }, sellerOf(SHOP_A), JULY))).toBe(
      'bank.already_settled',
    );
  });

  it('lists what is kept and not settled yet', () => {
    expect(needsSettling(kept)).toBe(true);
    expect(needsSettling({ ...kept, settledAt: JULY })).toBe(false);
    expect(needsSettling({ outcome: 'paid', settledAt: null })).toBe(false);
  });

  it('links only bank accounts to the notification service', () => {
    expect(() => assertLinkableToBankFeed({ kind: 'bank' })).not.toThrow();
    expect(() => assertLinkableToBankFeed({ kind: 'e_wallet' })).toThrow(
      expect.objectContaining({ code: 'bank.feed_needs_bank_account' }),
    );
  });
});
