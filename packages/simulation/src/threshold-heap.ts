/**
 * Items (whole numbers) waiting for a rising level to reach their key: a binary min-heap over parallel arrays. Ties
 * come out in no particular order; whoever takes several at once sorts them (see `Buyers`).
 */
export class ThresholdHeap {
  private readonly keys: number[] = [];
  private readonly items: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** The smallest key waiting (Infinity when none). */
  get minKey(): number {
    return this.keys.length === 0 ? Number.POSITIVE_INFINITY : (this.keys[0] as number);
  }

  push(key: number, item: number): void {
    const { keys, items } = this;
    let i = keys.length;
    keys.push(key);
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((keys[parent] as number) <= key) break;
      keys[i] = keys[parent] as number;
      items[i] = items[parent] as number;
      i = parent;
    }
    keys[i] = key;
    items[i] = item;
  }

  /** Removes the item with the smallest key and returns it (undefined when empty). */
  pop(): number | undefined {
    const { keys, items } = this;
    if (keys.length === 0) return undefined;
    const top = items[0];
    const lastKey = keys.pop() as number;
    const lastItem = items.pop() as number;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && (keys[r] as number) < (keys[l] as number) ? r : l;
        if ((keys[m] as number) >= lastKey) break;
        keys[i] = keys[m] as number;
        items[i] = items[m] as number;
        i = m;
      }
      keys[i] = lastKey;
      items[i] = lastItem;
    }
    return top;
  }
}
