import { describe, expect, it } from 'vitest';
import { isIdleAfterHarvest, monthBefore } from './idle-communes.ts';

describe('communes gone idle after the harvest', () => {
  it('counts months back across a new year', () => {
    expect(monthBefore('2026-02', 3)).toBe('2025-11');
    expect(monthBefore('2026-01', 0)).toBe('2026-01');
    expect(monthBefore('2026-12', 12)).toBe('2025-12');
  });

  it('is idle when it sold in the year before but nothing this month or last; not when it never sold', () => {
    const summer = [
      { month: '2026-06', orders: 40 },
      { month: '2026-07', orders: 55 },
      { month: '2026-08', orders: 12 },
    ];
    expect(isIdleAfterHarvest(summer, '2026-10')).toBe(true);
    expect(isIdleAfterHarvest(summer, '2026-09')).toBe(false);
    expect(isIdleAfterHarvest([...summer, { month: '2026-10', orders: 1 }], '2026-10')).toBe(false);
    expect(isIdleAfterHarvest([], '2026-10')).toBe(false);
    // A sale more than a year ago does not count.
    expect(isIdleAfterHarvest([{ month: '2025-08', orders: 9 }], '2026-10')).toBe(false);
  });
});
