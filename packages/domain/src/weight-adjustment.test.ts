import { describe, expect, it } from 'vitest';
import { buyer, helperFor, JULY, listing, placedOrder, SHOP_A, SHOP_B, sellerOf } from '../test/fixtures.ts';
import { formatProblem } from './messages.ts';
import { applyOrderAction } from './order-state.ts';
import { previewWeightAdjustment } from './order-totals.ts';
import { lineValue } from './quantity.ts';
import { adjustLineWeight, weightAdjustmentRange } from './weight-adjustment.ts';

const seller = sellerOf(SHOP_A);
const STOCK_LEFT = 47_000;

describe('adjusting a weighed line at packing', () => {
  it('allows up to 20% either way of the ordered weight', () => {
    expect(weightAdjustmentRange({ quantity: 3_000 })).toEqual({ min: 2_400, max: 3_600 });
    // Whole grams inside the limit: never rounded outward.
    expect(weightAdjustmentRange({ quantity: 1_234 })).toEqual({ min: 988, max: 1_480 });
  });

  it('recomputes the line and the total from the packed weight; the delivery fee stays', () => {
    const order = placedOrder(3_000);
    const step = adjustLineWeight(order, { lineIndex: 0, packedQuantity: 3_250 }, seller, JULY, STOCK_LEFT);
    expect(step.order.lines[0]).toMatchObject({ quantity: 3_000, packedQuantity: 3_250 });
    expect(step.order.totals).toEqual({
      subtotal: lineValue(28_000, 3_250, 'kg'),
      deliveryFee: order.totals.deliveryFee,
      total: lineValue(28_000, 3_250, 'kg') + order.totals.deliveryFee,
    });
    expect(step.difference).toBe(7_000); // 250 g at 28.000 ₫/kg
    expect(step.event).toMatchObject({
      kind: 'weight_adjusted',
      details: { lineIndex: 0, fromQuantity: 3_000, toQuantity: 3_250 },
    });
  });

  it('previews the new total before saving exactly as the adjustment then stores it', () => {
    const order = placedOrder(3_000);
    for (const packedQuantity of [2_400, 2_999, 3_001, 3_333, 3_600]) {
      const step = adjustLineWeight(order, { lineIndex: 0, packedQuantity }, seller, JULY, STOCK_LEFT);
      expect(previewWeightAdjustment(order, 0, packedQuantity)).toEqual(step.order.totals);
    }
  });

  it('moves stock by the difference: more taken when heavier, some given back when lighter', () => {
    const order = placedOrder(3_000);
    const heavier = adjustLineWeight(
      order,
      { lineIndex: 0, packedQuantity: 3_400 },
      seller,
      JULY,
      STOCK_LEFT,
    );
    expect(heavier.stockChanges).toEqual([{ listingId: 'listing-dragon', delta: -400 }]);
    // Weighed again, lighter: the difference is from what the line holds now (3.4 kg).
    const lighter = adjustLineWeight(
      heavier.order,
      { lineIndex: 0, packedQuantity: 2_900 },
      seller,
      JULY,
      STOCK_LEFT,
    );
    expect(lighter.stockChanges).toEqual([{ listingId: 'listing-dragon', delta: 500 }]);
  });

  it('refuses to take more stock than is left', () => {
    const order = placedOrder(3_000);
    expect(() => adjustLineWeight(order, { lineIndex: 0, packedQuantity: 3_400 }, seller, JULY, 300)).toThrow(
      expect.objectContaining({
        code: 'order.not_enough_stock',
        params: expect.objectContaining({ available: 0.3 }),
      }),
    );
  });

  it('shows what is owed either way when the order was already paid', () => {
    const paid = applyOrderAction(placedOrder(3_000), { type: 'record_payment' }, seller, JULY).order;
    const lighter = adjustLineWeight(paid, { lineIndex: 0, packedQuantity: 2_800 }, seller, JULY, STOCK_LEFT);
    expect(lighter.balance).toBe(5_600); // the seller owes the buyer 200 g at 28.000 ₫/kg
    const heavier = adjustLineWeight(paid, { lineIndex: 0, packedQuantity: 3_100 }, seller, JULY, STOCK_LEFT);
    expect(heavier.balance).toBe(-2_800); // the buyer owes 100 g more
    const unpaid = adjustLineWeight(
      placedOrder(3_000),
      { lineIndex: 0, packedQuantity: 3_100 },
      seller,
      JULY,
      STOCK_LEFT,
    );
    expect(unpaid.balance).toBe(0);
  });

  it('refuses weights beyond the limit, saying what is allowed', () => {
    let message = '';
    try {
      adjustLineWeight(placedOrder(3_000), { lineIndex: 0, packedQuantity: 3_700 }, seller, JULY, STOCK_LEFT);
    } catch (error) {
      message = formatProblem(error as Parameters<typeof formatProblem>[0], 'vi');
    }
    expect(message).toBe(
      'Cân nặng thực tế của “Thanh long ruột đỏ Long Đống” chỉ được lệch tối đa 20% so với đơn đặt: từ 2,4 đến 3,6 kg.',
    );
  });

  it('only before hand-over, only for weighed goods, only by the shop', () => {
    const confirmed = applyOrderAction(placedOrder(3_000), { type: 'confirm' }, seller, JULY).order;
    expect(
      adjustLineWeight(
        confirmed,
        { lineIndex: 0, packedQuantity: 3_100 },
        helperFor(SHOP_A),
        JULY,
        STOCK_LEFT,
      ).order.lines[0]?.packedQuantity,
    ).toBe(3_100);
    const handedOver = applyOrderAction(
      confirmed,
      { type: 'hand_over', trackingCode: '123456789' },
      seller,
      JULY,
    ).order;
    expect(() =>
      adjustLineWeight(handedOver, { lineIndex: 0, packedQuantity: 3_100 }, seller, JULY, STOCK_LEFT),
    ).toThrow(expect.objectContaining({ code: 'order.adjust_too_late' }));
    const banhChung = listing({ productId: 'black-banh-chung', unitPrice: 65_000, stock: 40, minOrder: 1 });
    const december = new Date('2026-12-20T03:00:00Z');
    const pieces = placedOrder(4, 'bank_transfer', banhChung, december);
    expect(() => adjustLineWeight(pieces, { lineIndex: 0, packedQuantity: 4 }, seller, december, 36)).toThrow(
      expect.objectContaining({ code: 'order.not_weighed' }),
    );
    for (const actor of [buyer(), sellerOf(SHOP_B)])
      expect(() =>
        adjustLineWeight(placedOrder(), { lineIndex: 0, packedQuantity: 3_100 }, actor, JULY, STOCK_LEFT),
      ).toThrow(expect.objectContaining({ code: 'order.forbidden' }));
    expect(() =>
      adjustLineWeight(placedOrder(), { lineIndex: 3, packedQuantity: 3_100 }, seller, JULY, STOCK_LEFT),
    ).toThrow(expect.objectContaining({ code: 'order.line_not_found' }));
  });
});
