/**
 * Household numbers due on a given day of the run: a calendar of buckets, so a day touches only the households
 * with something to do that day. An entry may be stale (the household already acted); whoever reads a bucket
 * checks the household's own state before acting, which lets a plan be replaced without searching for the old one.
 */
export class DayQueue {
  private readonly buckets: (number[] | undefined)[];

  constructor(readonly days: number) {
    this.buckets = new Array(days);
  }

  /** Puts `item` on `day`; days outside the run are dropped (they would never come). */
  push(day: number, item: number): void {
    if (day < 0 || day >= this.days) return;
    const bucket = this.buckets[day];
    if (bucket) bucket.push(item);
    else this.buckets[day] = [item];
  }

  /**
   * Takes the day's items out, in the order they were put in. Items put on the same day while these are handled
   * form a new bucket: call again until it returns nothing.
   */
  take(day: number): readonly number[] {
    const bucket = this.buckets[day];
    this.buckets[day] = undefined;
    return bucket ?? EMPTY;
  }
}

const EMPTY: readonly number[] = [];
