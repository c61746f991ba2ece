import { describe, expect, it } from 'vitest';
import { stableJson } from './stable-json.ts';

describe('stableJson', () => {
  it('gives the same text for the same value built in another order', () => {
    const a = { lines: [{ listingId: 'l1', quantity: 500 }], note: null, paymentMethod: 'cash_on_delivery' };
    const b = { paymentMethod: 'cash_on_delivery', note: null, lines: [{ quantity: 500, listingId: 'l1' }] };
    expect(stableJson(a)).toBe(stableJson(b));
  });

  it('leaves out undefined fields but keeps the order of arrays', () => {
    expect(stableJson({ b: undefined, a: [2, 1] })).toBe('{"a":[2,1]}');
    expect(stableJson([1, 2])).not.toBe(stableJson([2, 1]));
  });
});
