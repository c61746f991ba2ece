import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps forked streams independent of how much the parent drew', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    for (let i = 0; i < 100; i++) b.next();
    expect(a.fork('buyers').next()).toBe(b.fork('buyers').next());
    expect(a.fork('buyers').next()).not.toBe(a.fork('sellers').next());
  });

  it('draws Poisson counts with the asked mean, small and large', () => {
    const r = createRandom(7);
    for (const mean of [0.3, 4, 75]) {
      let sum = 0;
      const n = 20_000;
      for (let i = 0; i < n; i++) sum += r.poisson(mean);
      expect(sum / n).toBeGreaterThan(mean * 0.95);
      expect(sum / n).toBeLessThan(mean * 1.05);
    }
    expect(r.poisson(0)).toBe(0);
  });

  it('stays within its ranges', () => {
    const r = createRandom(3);
    for (let i = 0; i < 1000; i++) {
      const x = r.between(2, 5);
      expect(x).toBeGreaterThanOrEqual(2);
      expect(x).toBeLessThanOrEqual(5);
      expect(r.weighted([0, 1, 0])).toBe(1);
    }
  });
});
