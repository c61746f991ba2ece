import { describe, expect, it } from 'vitest';
import { SearchCache } from './search-cache.ts';

describe('the search cache', () => {
  it('answers the same question for a moment, then asks again', () => {
    let now = 0;
    const cache = new SearchCache<string>(2_000, 10, () => now);
    cache.set('thanh long', 'page 1');
    now = 1_999;
    expect(cache.get('thanh long')).toBe('page 1');
    now = 2_000;
    expect(cache.get('thanh long')).toBeUndefined();
  });

  it('forgets everything at once after a change, and keeps at most its size', () => {
    const cache = new SearchCache<number>(60_000, 2, () => 0);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
    cache.clear();
    expect(cache.get('c')).toBeUndefined();
  });
});
