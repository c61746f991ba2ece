import { describe, expect, it } from 'vitest';
import { buyer, JULY, listing, placedOrder, SHOP_A, sellerOf } from '../test/fixtures.ts';
import { placeOrders } from './order-placement.ts';
import { applyOrderAction } from './order-state.ts';
import { acceptedPaymentMethods, changePaymentMethod, withCashOnDelivery } from './payment-choice.ts';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
};

describe('which ways a shop can be paid', () => {
  it('cash on delivery unless turned off, an e-wallet with a wallet, a transfer with a bank account', () => {
    expect(acceptedPaymentMethods({ acceptsCashOnDelivery: true, paymentAccounts: [] })).toEqual([
      'cash_on_delivery',
    ]);
    expect(
      acceptedPaymentMethods({ acceptsCashOnDelivery: false, paymentAccounts: [{ kind: 'e_wallet' }] }),
    ).toEqual(['e_wallet']);
    expect(
      acceptedPaymentMethods({
        acceptsCashOnDelivery: true,
        paymentAccounts: [{ kind: 'bank' }, { kind: 'e_wallet' }, { kind: 'bank' }],
      }),
    ).toEqual(['cash_on_delivery', 'e_wallet', 'bank_transfer']);
  });

  it('lets a shop turn cash on delivery off only when buyers keep another way to pay', () => {
    const bare = { acceptsCashOnDelivery: true, paymentAccounts: [] };
    expect(codeOf(() => withCashOnDelivery(bare, false))).toBe('payment.no_way_left');
    const withWallet = { acceptsCashOnDelivery: true, paymentAccounts: [{ kind: 'e_wallet' as const }] };
    expect(acceptedPaymentMethods(withCashOnDelivery(withWallet, false))).toEqual(['e_wallet']);
    expect(withCashOnDelivery({ ...bare, acceptsCashOnDelivery: false }, true).acceptsCashOnDelivery).toBe(
      true,
    );
  });

  it('refuses, at placing, a way chosen for a shop, or for the whole cart, that the shop does not take', () => {
    const context = {
      buyerId: 'buyer-1',
      listings: new Map([['listing-dragon', listing()]]),
      zoneOf: () => 'local' as const,
      newId: (() => {
        let n = 0;
        return () => {
          n += 1;
          return `id-${n}`;
        };
      })(),
      now: JULY,
      acceptedMethods: () => ['e_wallet' as const],
    };
    const input = {
      lines: [{ listingId: 'listing-dragon', quantity: 2_000 }],
      deliveryPhone: '0912345678',
    };
    expect(
      codeOf(() => placeOrders({ ...input, paymentMethods: { [SHOP_A]: 'bank_transfer' } }, context)),
    ).toBe('payment.method_not_accepted');
    expect(codeOf(() => placeOrders(input, context))).toBe('payment.method_required');
    // One way sent for the whole cart is held to the same rule at each shop.
    expect(codeOf(() => placeOrders({ ...input, paymentMethod: 'bank_transfer' }, context))).toBe(
      'payment.method_not_accepted',
    );
    expect(placeOrders({ ...input, paymentMethod: 'e_wallet' }, context).orders[0]?.payment.method).toBe(
      'e_wallet',
    );
    const placed = placeOrders({ ...input, paymentMethods: { [SHOP_A]: 'e_wallet' } }, context);
    expect(placed.orders[0]?.payment.method).toBe('e_wallet');
  });
});

describe("switching an order's way of paying", () => {
  it('lets its buyer switch an unpaid order to a way the shop takes, recorded in the history', () => {
    const order = placedOrder(3_000, 'bank_transfer');
    const step = changePaymentMethod(order, 'e_wallet', ['e_wallet'], buyer(), JULY);
    expect(step.order.payment).toMatchObject({ method: 'e_wallet', status: 'unpaid' });
    expect(step.order.status).toBe('placed');
    expect(step.stockChanges).toEqual([]);
    expect(step.event).toMatchObject({
      kind: 'payment_method_changed',
      details: { fromMethod: 'bank_transfer', toMethod: 'e_wallet' },
    });
  });

  it('refuses another person, a way the shop does not take, the same way, and a paid or handed-over order', () => {
    const order = placedOrder(3_000, 'bank_transfer');
    expect(codeOf(() => changePaymentMethod(order, 'e_wallet', ['e_wallet'], sellerOf(SHOP_A), JULY))).toBe(
      'order.forbidden',
    );
    expect(
      codeOf(() => changePaymentMethod(order, 'e_wallet', ['e_wallet'], buyer('someone-else'), JULY)),
    ).toBe('order.forbidden');
    expect(codeOf(() => changePaymentMethod(order, 'cash_on_delivery', ['e_wallet'], buyer(), JULY))).toBe(
      'payment.method_not_accepted',
    );
    expect(codeOf(() => changePaymentMethod(order, 'bank_transfer', ['bank_transfer'], buyer(), JULY))).toBe(
      'payment.method_unchanged',
    );
    const paid = applyOrderAction(order, { type: 'record_payment' }, sellerOf(SHOP_A), JULY).order;
    expect(codeOf(() => changePaymentMethod(paid, 'e_wallet', ['e_wallet'], buyer(), JULY))).toBe(
      'payment.change_too_late',
    );
    const confirmed = applyOrderAction(order, { type: 'confirm' }, sellerOf(SHOP_A), JULY).order;
    const handedOver = applyOrderAction(
      confirmed,
      { type: 'hand_over', trackingCode: 'VTP123456789' },
      sellerOf(SHOP_A),
      JULY,
    ).order;
    expect(codeOf(() => changePaymentMethod(handedOver, 'e_wallet', ['e_wallet'], buyer(), JULY))).toBe(
      'payment.change_too_late',
    );
  });
});
