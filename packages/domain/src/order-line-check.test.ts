import { describe, expect, it } from 'vitest';
import { lineQuantityIssue } from './order-line-check.ts';

describe("a line's quantity", () => {
  const facts = { quantity: 2_000, minOrder: 1_000, perBuyerCap: 5_000, stock: 10_000 };

  it('is fine between the minimum and both the cap and the stock', () => {
    expect(lineQuantityIssue(facts)).toBeNull();
    expect(lineQuantityIssue({ ...facts, perBuyerCap: null, quantity: 10_000 })).toBeNull();
  });

  it('names the first limit broken: the minimum, then the cap (with what is already ordered), then the stock', () => {
    expect(lineQuantityIssue({ ...facts, quantity: 500 })).toEqual({ kind: 'below-minimum', limit: 1_000 });
    expect(lineQuantityIssue({ ...facts, quantity: 6_000 })).toEqual({ kind: 'over-cap', limit: 5_000 });
    expect(lineQuantityIssue(facts, 3_500)).toEqual({ kind: 'over-cap', limit: 5_000 });
    expect(lineQuantityIssue({ ...facts, perBuyerCap: null, quantity: 12_000 })).toEqual({
      kind: 'over-stock',
      limit: 10_000,
    });
    // Over the cap and the stock at once: the cap is named first, as placing an order names it.
    expect(lineQuantityIssue({ ...facts, stock: 4_000, quantity: 6_000 })).toEqual({
      kind: 'over-cap',
      limit: 5_000,
    });
  });
});
