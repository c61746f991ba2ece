import type { LocalDate } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { instant, localDate, money, quantity, rating, unitPrice } from './display-format.ts';

describe('what the screens show', () => {
  it('writes prices and quantities as the domain does', () => {
    expect(money(28_000)).toBe('28.000\u00a0₫');
    expect(unitPrice(28_000, 'kg', 'vi')).toBe('28.000\u00a0₫/kg');
    expect(quantity(2_500, 'kg', 'vi')).toBe('2,5 kg');
    expect(quantity(2, 'piece', 'en')).toBe('2 pcs');
  });

  it('writes calendar dates day first in Vietnamese and with a month name in English', () => {
    const date = '2026-09-05' as LocalDate;
    expect(localDate(date, 'vi')).toBe('05/09/2026');
    expect(localDate(date, 'en')).toBe('5 Sep 2026');
  });

  it('shows a server time as the time in Vietnam, whatever the phone’s zone', () => {
    // 18:30 UTC on the 14th is already 01:30 on the 15th in Bắc Sơn.
    expect(instant('2026-09-14T18:30:00.000Z', 'vi')).toBe('01:30 15/09/2026');
    expect(instant('2026-09-14T18:30:00.000Z', 'en')).toBe('01:30 15 Sep 2026');
  });

  it("writes a shop's average with a decimal comma in Vietnamese", () => {
    expect(rating(4.6, 'vi')).toBe('4,6');
    expect(rating(5, 'vi')).toBe('5,0');
    expect(rating(4.6, 'en')).toBe('4.6');
  });
});
