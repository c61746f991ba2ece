/**
 * Timed steps of orders (confirm at 19:40, hand over at 14:00 the next day…) in a binary min-heap ordered by time,
 * then by the order they were scheduled in, so two steps at the same minute always run in the same order.
 */
export interface TimedEvent {
  readonly at: number;
  readonly kind: number;
  readonly order: number;
}

export class EventHeap {
  private readonly at: number[] = [];
  private readonly seq: number[] = [];
  private readonly kind: number[] = [];
  private readonly order: number[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.at.length;
  }

  push(at: number, kind: number, order: number): void {
    let i = this.at.length;
    this.at.push(at);
    this.seq.push(this.nextSeq++);
    this.kind.push(kind);
    this.order.push(order);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The earliest event if it is due before `until` (exclusive), removed from the heap; else null. */
  popBefore(until: number): TimedEvent | null {
    if (this.at.length === 0 || (this.at[0] as number) >= until) return null;
    const top = { at: this.at[0] as number, kind: this.kind[0] as number, order: this.order[0] as number };
    const last = this.at.length - 1;
    this.swap(0, last);
    this.at.pop();
    this.seq.pop();
    this.kind.pop();
    this.order.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.at.length && this.less(l, m)) m = l;
      if (r < this.at.length && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ta = this.at[a] as number;
    const tb = this.at[b] as number;
    return ta < tb || (ta === tb && (this.seq[a] as number) < (this.seq[b] as number));
  }

  private swap(a: number, b: number): void {
    swapIn(this.at, a, b);
    swapIn(this.seq, a, b);
    swapIn(this.kind, a, b);
    swapIn(this.order, a, b);
  }
}

function swapIn(arr: number[], a: number, b: number): void {
  const t = arr[a] as number;
  arr[a] = arr[b] as number;
  arr[b] = t;
}
