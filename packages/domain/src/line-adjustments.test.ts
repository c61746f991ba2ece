import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baseLineValue,
  lineAdjustments,
  linePrice,
  type PricedLine,
  packedWeightAdjustment,
} from './line-adjustments.ts';
import { lineValue } from './quantity-format.ts';

const kg = (quantity: number, packedQuantity: number | null = null): PricedLine => ({
  unitPrice: 28_000,
  unit: 'kg',
  quantity,
  packedQuantity,
});

describe('line adjustments', () => {
  it('prices an unweighed line at its base, with no adjustment', () => {
    expect(linePrice(kg(2_345))).toEqual({ base: 65_660, adjustments: [], total: 65_660 });
    expect(linePrice({ unitPrice: 65_000, unit: 'piece', quantity: 3, packedQuantity: null })).toEqual({
      base: 195_000,
      adjustments: [],
      total: 195_000,
    });
  });

  it('adds what a lighter or heavier packed weight changes, as one adjustment on the line', () => {
    // 3 kg ordered (84.000 ₫), 2,8 kg packed (78.400 ₫): 5.600 ₫ less.
    expect(linePrice(kg(3_000, 2_800))).toEqual({
      base: 84_000,
      adjustments: [{ kind: 'packed_weight', amount: -5_600 }],
      total: 78_400,
    });
    expect(packedWeightAdjustment(kg(3_000, 3_300))).toEqual({ kind: 'packed_weight', amount: 8_400 });
  });

  it('gives no adjustment before weighing, nor when the packed weight is what was ordered', () => {
    expect(packedWeightAdjustment(kg(3_000))).toBeNull();
    expect(packedWeightAdjustment(kg(3_000, 3_000))).toBeNull();
    // 1 g more at 100 ₫/kg rounds to nothing: a zero adjustment is not listed.
    expect(lineAdjustments({ unitPrice: 100, unit: 'kg', quantity: 1_000, packedQuantity: 1_001 })).toEqual(
      [],
    );
  });

  it('always comes to the packed (or ordered) quantity priced and rounded once, never below zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.option(fc.integer({ min: 1, max: 100_000_000 })),
        (unitPrice, quantity, packedQuantity) => {
          const line: PricedLine = { unitPrice, unit: 'kg', quantity, packedQuantity };
          const price = linePrice(line);
          expect(price.base).toBe(baseLineValue(line));
          expect(price.total).toBe(lineValue(unitPrice, packedQuantity ?? quantity, 'kg'));
          expect(price.total).toBe(price.base + price.adjustments.reduce((sum, a) => sum + a.amount, 0));
          expect(price.total).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
