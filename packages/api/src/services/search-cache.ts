/** When an answer was asked for: the cache's generation (bumped by every change) and time window then. */
export interface SearchTicket {
  readonly generation: number;
  readonly window: number;
}

/** What a cache and its companions share: one clear empties them all, and they keep the same time windows. */
interface SharedState {
  generation: number;
}

/**
 * The answers of `listings.search`, kept for a moment. Everybody in the district asks the same few questions
 * ("thanh long", what is in season), and each answer takes a pass over every listing on sale; within one time window
 * of `ttlMs` the same question gets the same answer without that pass. Any change made through this server process
 * empties the cache at once (see `dropSearchesAfterChange`), so a seller or buyer never sees their own change
 * missing; a change made through another process sharing the database shows within `ttlMs`. Time is measured on the
 * process's monotonic clock, not on the marketplace's clock (which `NONGSAN_NOW` may hold still).
 *
 * Windows are fixed (every entry of a window goes at its end, however late in it it came), so that a companion
 * (`companion()`: the same answers once serialized, say) built from an entry never outlives it. An answer is kept
 * only with the ticket taken before it was looked for (`ticket()`): one found before a change, or in an earlier
 * window, is not kept after it.
 */
export class SearchCache<T = unknown> {
  private readonly entries = new Map<string, { readonly value: T; readonly ticket: SearchTicket }>();

  constructor(
    private readonly ttlMs = 2_000,
    private readonly maxEntries = 500,
    private readonly monotonicNow: () => number = () => performance.now(),
    private readonly shared: SharedState = { generation: 0 },
  ) {}

  /** Another cache with the same windows, emptied by this one's `clear()` (and this one by its). */
  companion<U>(maxEntries = this.maxEntries): SearchCache<U> {
    return new SearchCache<U>(this.ttlMs, maxEntries, this.monotonicNow, this.shared);
  }

  /** Take before looking an answer up or working it out; keep it with `set(key, value, ticket)`. */
  ticket(): SearchTicket {
    return { generation: this.shared.generation, window: Math.floor(this.monotonicNow() / this.ttlMs) };
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (!this.isCurrent(entry.ticket)) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps `value` until the end of the ticket's window, unless something changed since the ticket was taken. */
  set(key: string, value: T, ticket: SearchTicket = this.ticket()): void {
    if (!this.isCurrent(ticket)) return;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, ticket });
  }

  clear(): void {
    this.shared.generation += 1;
    this.entries.clear();
  }

  private isCurrent(ticket: SearchTicket): boolean {
    return (
      ticket.generation === this.shared.generation &&
      ticket.window === Math.floor(this.monotonicNow() / this.ttlMs)
    );
  }
}
