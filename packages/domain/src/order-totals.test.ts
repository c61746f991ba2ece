import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIVERY_FEES, deliveryFee } from './delivery-fees.ts';
import type { OrderLine } from './order.ts';
import { lineTotal, orderTotals, revenueOf } from './order-totals.ts';

const line = (overrides: Partial<OrderLine> = {}): OrderLine => ({
  listingId: 'l',
  productId: 'dragon-fruit',
  title: 'Thanh long',
  unit: 'kg',
  unitPrice: 28_000,
  quantity: 2_000,
  packedQuantity: null,
  preOrder: false,
  ...overrides,
});

describe('order totals', () => {
  it('values a weighed line per kg, rounded once to the đồng, and a counted line per piece', () => {
    expect(lineTotal(line({ quantity: 2_345 }))).toBe(65_660);
    expect(lineTotal(line({ unitPrice: 25_500, quantity: 1_001 }))).toBe(25_526); // 25.525,5 rounds up
    expect(
      lineTotal(line({ unit: 'piece', productId: 'black-banh-chung', unitPrice: 65_000, quantity: 3 })),
    ).toBe(195_000);
  });

  it('values a packed line by its packed weight', () => {
    expect(lineTotal(line({ quantity: 3_000, packedQuantity: 2_800 }))).toBe(78_400);
  });

  it('adds the lines into the subtotal and the fee into the total; revenue is the goods alone', () => {
    const totals = orderTotals([line(), line({ unitPrice: 70_000, quantity: 1_500 })], 15_000);
    expect(totals).toEqual({ subtotal: 56_000 + 105_000, deliveryFee: 15_000, total: 176_000 });
    expect(revenueOf({ totals })).toBe(161_000);
  });

  it('is never negative, always whole, always the sum of its lines plus the fee', () => {
    const lines = fc.array(
      fc.record({
        unitPrice: fc.integer({ min: 1, max: 10_000_000 }),
        quantity: fc.integer({ min: 1, max: 100_000_000 }),
        unit: fc.constantFrom('kg' as const, 'piece' as const),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(lines, fc.constantFrom(0, 15_000, 25_000, 40_000), (parts, fee) => {
        const orderLines = parts.map((p) => line(p));
        const totals = orderTotals(orderLines, fee);
        expect(Number.isSafeInteger(totals.total)).toBe(true);
        expect(totals.subtotal).toBeGreaterThanOrEqual(0);
        expect(totals.subtotal).toBe(orderLines.reduce((sum, l) => sum + lineTotal(l), 0));
        expect(totals.total).toBe(totals.subtotal + fee);
      }),
    );
  });
});

describe('delivery fees', () => {
  it('charges by zone: inside the former district, the province, elsewhere', () => {
    expect(deliveryFee('local', 100_000)).toBe(15_000);
    expect(deliveryFee('province', 100_000)).toBe(25_000);
    expect(deliveryFee('elsewhere', 100_000)).toBe(40_000);
  });

  it('is free inside the district from 300.000 ₫ of goods, and only there', () => {
    expect(DELIVERY_FEES.local.freeFrom).toBe(300_000);
    expect(deliveryFee('local', 299_999)).toBe(15_000);
    expect(deliveryFee('local', 300_000)).toBe(0);
    expect(deliveryFee('province', 1_000_000)).toBe(25_000);
  });
});
