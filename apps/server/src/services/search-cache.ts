/**
 * The answers of `listings.search`, kept for a moment. Everybody in the district asks the same few questions
 * ("thanh long", what is in season), and each answer takes a pass over every listing on sale; for `ttlMs` the
 * same question gets the same answer without that pass. Any change made through this server process empties the
 * cache at once (see `dropSearchesAfterChange`), so a seller or buyer never sees their own change missing; a change
 * made through another process sharing the database shows within `ttlMs`. Time is measured on the process's
 * monotonic clock, not on the marketplace's clock (which `NONGSAN_NOW` may hold still).
 */
export class SearchCache<T = unknown> {
  private readonly entries = new Map<string, { readonly value: T; readonly until: number }>();

  constructor(
    private readonly ttlMs = 2_000,
    private readonly maxEntries = 500,
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.until <= this.monotonicNow()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: T): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, until: this.monotonicNow() + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}
