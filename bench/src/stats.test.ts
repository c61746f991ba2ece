import { describe, expect, it } from 'vitest';
import { latencySummary, median, percentile, ratio } from './stats.ts';

describe('median', () => {
  it('is the middle of an odd count and the mean of the two middles of an even count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('is NaN for no rounds, so a missing figure cannot pass for zero', () => {
    expect(median([])).toBeNaN();
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
  it('uses the nearest rank: p50 of 1…100 is 50, p99 is 99, p100 is the maximum, p0 the minimum', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });
  it('lets one slow request out of ten show in p99', () => {
    expect(percentile([1, 1, 1, 1, 1, 1, 1, 1, 1, 40], 99)).toBe(40);
    expect(latencySummary([1, 1, 1, 1, 1, 1, 1, 1, 1, 40])).toEqual({ p50: 1, p99: 40 });
  });
  it('refuses a percentile outside 0–100 and is NaN for no values', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('ratio', () => {
  it('divides by a positive ceiling and is NaN without one', () => {
    expect(ratio(30, 120)).toBe(0.25);
    expect(ratio(30, 0)).toBeNaN();
    expect(ratio(30, Number.NaN)).toBeNaN();
  });
});
