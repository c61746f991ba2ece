import { describe, expect, it } from 'vitest';
import { communeMonths, lastMonths, monthsIn } from './commune-months.ts';

const row = (month: string, villageId: string, orders: number, vnd: number) => ({
  month,
  villageId,
  orders,
  vnd,
  kg: 0,
  pieces: 0,
});

describe('the commune by month', () => {
  it('adds the villages of a month together, oldest month first, keeping the last months only', () => {
    const rows = [
      row('2026-08', 'v2', 1, 50_000),
      row('2026-07', 'v1', 2, 100_000),
      row('2026-08', 'v1', 3, 70_000),
      row('2026-06', 'v1', 9, 1),
    ];
    expect(communeMonths(rows, 2)).toEqual([
      { month: '2026-07', orders: 2, vnd: 100_000 },
      { month: '2026-08', orders: 4, vnd: 120_000 },
    ]);
    expect(communeMonths([], 12)).toEqual([]);
  });
});

describe('the range of months on the charts', () => {
  const months = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02'].map((month) => ({
    month,
    orders: 1,
    vnd: 1,
  }));

  it('defaults to the last months there are figures for', () => {
    expect(lastMonths(months, 3)).toEqual({ from: '2025-12', to: '2026-02' });
    expect(lastMonths(months.slice(0, 2), 12)).toEqual({ from: '2025-10', to: '2025-11' });
    expect(lastMonths([], 12)).toBeNull();
  });

  it('keeps the months between both ends, whichever way they were chosen', () => {
    const picked = (range: { from: string; to: string }) => monthsIn(months, range).map((m) => m.month);
    expect(picked({ from: '2025-11', to: '2026-01' })).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(picked({ from: '2026-01', to: '2025-11' })).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(picked({ from: '2026-02', to: '2026-02' })).toEqual(['2026-02']);
  });
});
