import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ThresholdHeap } from './threshold-heap.ts';

describe('ThresholdHeap', () => {
  it('gives every item back once, by rising key, whatever order they were put in', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { maxLength: 200 }), (keys) => {
        const heap = new ThresholdHeap();
        keys.forEach((k, i) => {
          heap.push(k, i);
        });
        const out: number[] = [];
        while (heap.size > 0) {
          const key = heap.minKey;
          const item = heap.pop() as number;
          expect(keys[item]).toBe(key);
          out.push(item);
        }
        expect(out.map((i) => keys[i])).toEqual([...keys].sort((a, b) => a - b));
        expect([...out].sort((a, b) => a - b)).toEqual(keys.map((_, i) => i));
        expect(heap.pop()).toBeUndefined();
        expect(heap.minKey).toBe(Number.POSITIVE_INFINITY);
      }),
    );
  });

  it('keeps its order when items are taken and put back in between', () => {
    const heap = new ThresholdHeap();
    heap.push(5, 0);
    heap.push(1, 1);
    heap.push(3, 2);
    expect(heap.pop()).toBe(1);
    heap.push(2, 3);
    heap.push(9, 4);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([3, 2, 0, 4]);
  });
});
