import { describe, expect, it } from 'vitest';
import { DomainError, parseInput } from './errors.ts';
import {
  CommuneExportQuerySchema,
  countsAtMonthEnd,
  exportDateCell,
  exportFileName,
  exportMonthCell,
  monthBounds,
  monthOf,
  monthsFrom,
  SellerExportQuerySchema,
  shopSharePercent,
} from './exports.ts';

describe('spreadsheet exports', () => {
  it('writes dates as dd/MM/yyyy and months as MM/yyyy in Vietnam’s time', () => {
    // 23:30 UTC on 31 August is already 1 September in Vietnam.
    expect(exportDateCell(new Date('2026-08-31T23:30:00Z'))).toBe('01/09/2026');
    expect(monthOf(new Date('2026-08-31T23:30:00Z'))).toBe('2026-09');
    expect(exportMonthCell('2026-09')).toBe('09/2026');
  });

  it('bounds a month in Vietnam’s time', () => {
    expect(monthBounds('2026-12')).toEqual({
      from: new Date('2026-11-30T17:00:00Z'),
      until: new Date('2026-12-31T17:00:00Z'),
    });
  });

  it('lists every month between two, across a new year', () => {
    expect(monthsFrom('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFrom('2026-03', '2026-02')).toEqual([]);
  });

  it('counts households and shops at the end of each month, earlier months included', () => {
    const added = new Map([
      ['2026-01', 2],
      ['2026-03', 1],
      ['2026-05', 4],
    ]);
    expect(countsAtMonthEnd(added, ['2026-03', '2026-04', '2026-05'])).toEqual([3, 3, 7]);
  });

  it('gives the shop share as a whole percentage', () => {
    expect(shopSharePercent(618, 1085)).toBe(57);
    expect(shopSharePercent(0, 0)).toBe(0);
  });

  it('refuses a month that is not year-month, with its own code', () => {
    const error = (() => {
      try {
        parseInput(SellerExportQuerySchema, { month: '09/2026' });
      } catch (e) {
        return e;
      }
    })() as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([['export.invalid_month', ['month']]]);
    expect(() => parseInput(SellerExportQuerySchema, { month: '2026-13' })).toThrow(DomainError);
    expect(() => parseInput(CommuneExportQuerySchema, { communeCode: 'x', other: 1 })).toThrow(DomainError);
    expect(parseInput(SellerExportQuerySchema, { month: '2026-09' })).toEqual({ month: '2026-09' });
  });

  it('names the file in ASCII', () => {
    expect(exportFileName('orders', ['2026-09'])).toBe('nongsan-don-hang-2026-09.csv');
    expect(exportFileName('commune', ['06172', '2026-12-04'])).toBe('nongsan-xa-06172-2026-12-04.csv');
  });
});
