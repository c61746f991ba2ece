import { describe, expect, it } from 'vitest';
import { communeMonths } from './commune-months.ts';

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
