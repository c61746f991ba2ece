import type { OrderStatus } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { homeWaiting } from './home-waiting.ts';

const order = (status: OrderStatus, confirmBy: string, total: number) =>
  ({ status, confirmBy, totals: { total } }) as const;

describe("what waits on the household's home", () => {
  it('counts orders to confirm with their value and the nearest deadline, and those to hand over', () => {
    const waiting = homeWaiting(
      [
        order('placed', '2026-09-16T03:00:00.000Z', 69_000),
        order('placed', '2026-09-15T20:00:00.000Z', 98_000),
        order('confirmed', '2026-09-14T20:00:00.000Z', 50_000),
        order('completed', '2026-09-01T00:00:00.000Z', 10_000),
      ],
      [],
    );
    expect(waiting.toConfirm).toEqual({
      count: 2,
      value: 167_000,
      firstDeadline: '2026-09-15T20:00:00.000Z',
    });
    expect(waiting.toHandOver).toBe(1);
  });

  it('names listings out of season or out of stock, not drafts nor what the household ended', () => {
    const grapes = { id: 'grapes', status: 'active', effectiveStatus: 'ended', phase: 'over' } as const;
    const peanuts = {
      id: 'peanuts',
      status: 'active',
      effectiveStatus: 'sold_out',
      phase: 'in-season',
    } as const;
    const draft = { id: 'draft', status: 'draft', effectiveStatus: 'draft', phase: 'over' } as const;
    const ended = { id: 'ended', status: 'ended', effectiveStatus: 'ended', phase: 'over' } as const;
    const fruit = { id: 'fruit', status: 'active', effectiveStatus: 'active', phase: 'in-season' } as const;
    const waiting = homeWaiting([], [grapes, peanuts, draft, ended, fruit]);
    expect(waiting.outOfSeason.map((l) => l.id)).toEqual(['grapes']);
    expect(waiting.outOfStock.map((l) => l.id)).toEqual(['peanuts']);
    expect(waiting.toConfirm).toEqual({ count: 0, value: 0, firstDeadline: null });
  });
});
