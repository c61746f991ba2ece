import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError, parseInput } from './errors.ts';
import {
  formatQuantity,
  formatUnitPrice,
  gramsToKg,
  kgToGrams,
  lineValue,
  MAX_QUANTITY,
  QuantitySchema,
  StockSchema,
} from './quantity.ts';

describe('lineValue', () => {
  it('prices weighed goods per kg on grams, rounding once, half up, to the đồng', () => {
    expect(lineValue(28_000, 2_345, 'kg')).toBe(65_660);
    expect(lineValue(25_001, 500, 'kg')).toBe(12_501); // 12.500,5 → up
    expect(lineValue(25_001, 499, 'kg')).toBe(12_475); // 12.475,499 → down
    expect(lineValue(30_000, 1, 'kg')).toBe(30);
    expect(lineValue(1, 499, 'kg')).toBe(0);
    expect(lineValue(1, 500, 'kg')).toBe(1);
  });

  it('prices counted goods per piece, exactly', () => {
    expect(lineValue(70_000, 3, 'piece')).toBe(210_000);
  });

  it('is within half a đồng of the exact value, ties going up, for any price and weight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: MAX_QUANTITY }),
        (price, grams) => {
          const value = lineValue(price, grams, 'kg');
          expect(Number.isSafeInteger(value)).toBe(true);
          const remainder = price * grams - value * 1000; // exact integer arithmetic, below 2^53
          expect(remainder).toBeGreaterThanOrEqual(-500);
          expect(remainder).toBeLessThan(500);
        },
      ),
    );
  });
});

describe('formatQuantity', () => {
  it('shows grams as kg with at most one decimal, the Vietnamese or English way', () => {
    expect(formatQuantity(2_500, 'kg', 'vi')).toBe('2,5 kg');
    expect(formatQuantity(2_500, 'kg', 'en')).toBe('2.5 kg');
    expect(formatQuantity(3_000, 'kg')).toBe('3 kg');
    expect(formatQuantity(2_449, 'kg')).toBe('2,4 kg');
    expect(formatQuantity(2_450, 'kg')).toBe('2,5 kg');
    expect(formatQuantity(1_234_500, 'kg', 'vi')).toBe('1.234,5 kg');
    expect(formatQuantity(1_234_500, 'kg', 'en')).toBe('1,234.5 kg');
  });

  it('shows pieces as a count', () => {
    expect(formatQuantity(3, 'piece', 'vi')).toBe('3 cái');
    expect(formatQuantity(3, 'piece', 'en')).toBe('3 pcs');
    expect(formatQuantity(1_200, 'piece', 'vi')).toBe('1.200 cái');
  });

  it('reads a shortfall like the same excess with a minus sign', () => {
    expect(formatQuantity(-2_450, 'kg')).toBe('-2,5 kg');
    expect(formatQuantity(-300, 'kg')).toBe('-0,3 kg');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_QUANTITY }), (grams) => {
        expect(formatQuantity(-grams, 'kg')).toBe(`-${formatQuantity(grams, 'kg')}`);
      }),
    );
  });

  it('never shows a real weight as "0 kg": under 50 g it shows grams', () => {
    expect(formatQuantity(40, 'kg')).toBe('40 g');
    expect(formatQuantity(-40, 'kg')).toBe('-40 g');
    expect(formatQuantity(50, 'kg')).toBe('0,1 kg');
    expect(formatQuantity(0, 'kg')).toBe('0 kg');
  });

  it('formats a unit price with the unit', () => {
    expect(formatUnitPrice(28_000, 'kg')).toBe('28.000\u00a0₫/kg');
    expect(formatUnitPrice(70_000, 'piece', 'vi')).toBe('70.000\u00a0₫/cái');
  });
});

describe('quantity values', () => {
  it('converts typed kilograms to whole grams and back', () => {
    expect(kgToGrams(2.5)).toBe(2_500);
    expect(kgToGrams(0.1 + 0.2)).toBe(300);
    expect(gramsToKg(2_345)).toBe(2.345);
  });

  it('accepts only whole, positive quantities and non-negative stock', () => {
    const codes = (schema: typeof QuantitySchema, value: number) => {
      try {
        parseInput(schema, value);
        return null;
      } catch (error) {
        return isDomainError(error) ? error.code : 'not a DomainError';
      }
    };
    expect(codes(QuantitySchema, 2_500)).toBeNull();
    expect(codes(QuantitySchema, 2.5)).toBe('quantity.not_whole');
    expect(codes(QuantitySchema, 0)).toBe('quantity.not_positive');
    expect(codes(QuantitySchema, MAX_QUANTITY + 1)).toBe('quantity.too_large');
    expect(codes(StockSchema, 0)).toBeNull();
    expect(codes(StockSchema, -1)).toBe('quantity.negative');
  });
});
