import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVnd, MAX_VND, parseVnd, sumVnd, VndSchema } from './money.ts';

describe('VND money', () => {
  it('formats the vi-VN way: dots between thousands, the đồng sign after a no-break space', () => {
    expect(formatVnd(35_000)).toBe('35.000\u00a0₫');
    expect(formatVnd(0)).toBe('0\u00a0₫');
    expect(formatVnd(1_234_567)).toBe('1.234.567\u00a0₫');
    expect(formatVnd(-5_000)).toBe('-5.000\u00a0₫');
  });

  it('matches what Intl shows for vi-VN', () => {
    const intl = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
    for (const n of [0, 999, 28_000, 65_660_000]) expect(formatVnd(n)).toBe(intl.format(n));
  });

  it('reads amounts as people type them and refuses fractions', () => {
    expect(parseVnd('35.000')).toBe(35_000);
    expect(parseVnd('35,000 ₫')).toBe(35_000);
    expect(parseVnd('35000đ')).toBe(35_000);
    expect(parseVnd('35.5')).toBeNull();
    expect(parseVnd('abc')).toBeNull();
  });

  it('accepts only whole, non-negative amounts', () => {
    expect(VndSchema.safeParse(28_000).success).toBe(true);
    expect(VndSchema.safeParse(28_000.5).success).toBe(false);
    expect(VndSchema.safeParse(-1).success).toBe(false);
  });

  it('reads back every amount it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_VND, max: MAX_VND }), (amount) => {
        expect(parseVnd(formatVnd(amount))).toBe(amount);
      }),
    );
    expect(parseVnd(formatVnd(MAX_VND + 1))).toBeNull();
  });

  it('sums amounts exactly', () => {
    expect(sumVnd([65_660, 12_501, 0])).toBe(78_161);
    expect(sumVnd([])).toBe(0);
  });
});
