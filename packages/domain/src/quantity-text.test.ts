import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage } from './messages.ts';
import { MAX_QUANTITY } from './quantity-format.ts';
import { parseQuantityText, quantityText } from './quantity-text.ts';

const quantityOf = (text: string, unit: 'kg' | 'piece' = 'kg') => {
  const result = parseQuantityText(text, unit);
  return result.ok ? result.quantity : result.error.code;
};

describe('reading a quantity typed in a box, as a Vietnamese seller means it', () => {
  it('reads the comma as the decimal mark and a dot before three digits as thousands', () => {
    expect(quantityOf('1,5')).toBe(1_500);
    expect(quantityOf('1.500')).toBe(1_500_000);
    expect(quantityOf('1.500,5')).toBe(1_500_500);
    expect(quantityOf('1 500')).toBe(1_500_000);
    expect(quantityOf('2,345 kg')).toBe(2_345);
    expect(quantityOf(',5')).toBe(500);
    expect(quantityOf('1.500', 'piece')).toBe(1_500);
    expect(quantityOf('3 cái', 'piece')).toBe(3);
  });

  it('reads an ambiguous dot (not followed by exactly three digits) as a decimal point', () => {
    expect(quantityOf('1.5')).toBe(1_500);
    expect(quantityOf('2.25')).toBe(2_250);
    expect(quantityOf('1.5000')).toBe(1_500);
    expect(quantityOf('1.500.5')).toBe('quantity.text_not_number');
    expect(quantityOf('1,500.5')).toBe('quantity.text_not_number');
  });

  it('says what is wrong, in both languages, for what cannot be a quantity', () => {
    expect(quantityOf('-2')).toBe('quantity.text_negative');
    expect(quantityOf('0')).toBe('quantity.text_zero');
    expect(quantityOf('0,000')).toBe('quantity.text_zero');
    expect(parseQuantityText('0', 'kg', { allowZero: true })).toEqual({ ok: true, quantity: 0 });
    expect(parseQuantityText('-1', 'kg', { allowZero: true }).ok).toBe(false);
    expect(quantityOf('abc')).toBe('quantity.text_not_number');
    expect(quantityOf('')).toBe('quantity.text_empty');
    expect(quantityOf('   ')).toBe('quantity.text_empty');
    expect(quantityOf('1,2345')).toBe('quantity.text_too_precise');
    expect(quantityOf('1,5', 'piece')).toBe('quantity.text_not_whole_pieces');
    expect(quantityOf('100.001')).toBe('quantity.text_too_large');
    expect(quantityOf('99999999999999999999')).toBe('quantity.text_too_large');
    const bad = parseQuantityText('abc', 'kg', { path: ['quantity'] });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.path).toEqual(['quantity']);
    expect(formatMessage(bad.error.code, bad.error.params, 'vi')).toBe(
      '“abc” không phải là số. Vui lòng nhập số lượng bằng chữ số, ví dụ 1,5 hoặc 2.',
    );
    const over = parseQuantityText('6', 'piece', { maximum: 5 });
    if (over.ok) throw new Error('6 of at most 5 was accepted');
    expect(formatMessage(over.error.code, over.error.params, 'vi')).toBe('Số lượng quá lớn: tối đa 5 cái.');
    expect(formatMessage(over.error.code, over.error.params, 'en')).toBe('Too much: at most 5 pcs.');
  });

  it('reads back what a box shows: quantityText then parseQuantityText is the same quantity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_QUANTITY }), fc.constantFrom('kg', 'piece'), (q, unit) => {
        const result = parseQuantityText(quantityText(q, unit), unit);
        expect(result).toEqual({ ok: true, quantity: q });
      }),
    );
  });

  it('never throws, and accepts only whole positive quantities within the maximum', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('kg', 'piece'), (text, unit) => {
        const result = parseQuantityText(text, unit);
        if (result.ok) {
          expect(Number.isSafeInteger(result.quantity)).toBe(true);
          expect(result.quantity).toBeGreaterThan(0);
          expect(result.quantity).toBeLessThanOrEqual(MAX_QUANTITY);
        }
      }),
    );
  });
});
