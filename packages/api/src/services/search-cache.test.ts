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

  it('does not keep an answer worked out from before a change, or from an earlier moment', () => {
    let now = 0;
    const cache = new SearchCache<string>(2_000, 10, () => now);
    const beforeChange = cache.ticket();
    cache.clear();
    cache.set('thanh long', 'with the paused listing', beforeChange);
    expect(cache.get('thanh long')).toBeUndefined();

    const lastMoment = cache.ticket();
    now = 2_500;
    cache.set('thanh long', 'from the last moment', lastMoment);
    expect(cache.get('thanh long')).toBeUndefined();
  });

  it('lets what is built from an answer go with it: at the same moment, and at the same change', () => {
    let now = 1_500;
    const pages = new SearchCache<string>(2_000, 10, () => now);
    const bodies = pages.companion<string>();
    pages.set('thanh long', 'page 1');
    now = 1_900;
    bodies.set('GET thanh long', '{"page":1}');
    now = 2_000;
    expect([pages.get('thanh long'), bodies.get('GET thanh long')]).toEqual([undefined, undefined]);

    pages.set('thanh long', 'page 1');
    bodies.set('GET thanh long', '{"page":1}');
    pages.clear();
    expect(bodies.get('GET thanh long')).toBeUndefined();
  });
});
