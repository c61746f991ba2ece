import { describe, expect, it } from 'vitest';
import { groupByShop, previewCheckout, sumOrderTotals } from './checkout-preview.ts';
import type { DeliveryZone } from './place-kinds.ts';

const dragon = { shopId: 'a', unitPrice: 28_000, unit: 'kg' as const, quantity: 3_000, id: 'L1' };
const cakes = { shopId: 'b', unitPrice: 60_000, unit: 'piece' as const, quantity: 2, id: 'L2' };
const peanuts = { shopId: 'a', unitPrice: 45_000, unit: 'kg' as const, quantity: 2_500, id: 'L3' };
const local = (): DeliveryZone => 'local';

describe('the checkout preview', () => {
  it('groups by shop in the order shops first appear, keeping the items as given', () => {
    expect(groupByShop([dragon, cakes, peanuts]).map((g) => g.map((i) => i.id))).toEqual([
      ['L1', 'L3'],
      ['L2'],
    ]);
    const preview = previewCheckout([dragon, cakes, peanuts], local);
    expect(preview.orders.map((o) => [o.shopId, o.items.map((i) => i.id)])).toEqual([
      ['a', ['L1', 'L3']],
      ['b', ['L2']],
    ]);
  });

  it("prices each line, then each order with its zone's fee, then the whole checkout", () => {
    const preview = previewCheckout([dragon, cakes, peanuts], local);
    // 3 kg × 28.000 + 2,5 kg × 45.000 = 84.000 + 112.500; inside Bắc Sơn the post costs 15.000.
    expect(preview.orders[0]?.prices.map((p) => p.total)).toEqual([84_000, 112_500]);
    expect(preview.orders[0]?.totals).toEqual({ subtotal: 196_500, deliveryFee: 15_000, total: 211_500 });
    expect(preview.orders[1]?.totals).toEqual({ subtotal: 120_000, deliveryFee: 15_000, total: 135_000 });
    expect(preview.totals).toEqual({ subtotal: 316_500, deliveryFee: 30_000, total: 346_500 });
  });

  it('decides each fee on that order alone: free inside Bắc Sơn from 300.000 ₫ of goods, dearer further away', () => {
    const big = { ...dragon, quantity: 11_000 }; // 308.000 ₫
    const zones: Record<string, DeliveryZone> = { a: 'local', b: 'province' };
    const preview = previewCheckout([big, cakes], (shopId) => zones[shopId] ?? 'elsewhere');
    expect(preview.orders.map((o) => [o.zone, o.totals.deliveryFee])).toEqual([
      ['local', 0],
      ['province', 25_000],
    ]);
    expect(preview.totals.deliveryFee).toBe(25_000);
  });

  it('is empty for an empty cart', () => {
    expect(previewCheckout([], local)).toEqual({
      orders: [],
      totals: { subtotal: 0, deliveryFee: 0, total: 0 },
    });
    expect(sumOrderTotals([])).toEqual({ subtotal: 0, deliveryFee: 0, total: 0 });
  });
});
