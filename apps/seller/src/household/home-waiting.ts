import type { InboxOrder, OwnListing } from './household-types.ts';

type OrderFacts = Pick<InboxOrder, 'status' | 'confirmBy'> & { readonly totals: { readonly total: number } };
type ListingFacts = Pick<OwnListing, 'status' | 'effectiveStatus' | 'phase'>;

/** What waits for the household, as its home screen says it. */
export interface HomeWaiting<L extends ListingFacts> {
  /** Orders to confirm, their value, and the nearest deadline (null when none). */
  readonly toConfirm: {
    readonly count: number;
    readonly value: number;
    readonly firstDeadline: string | null;
  };
  /** Confirmed orders still to pack and hand to the post. */
  readonly toHandOver: number;
  /** Listings the household put on sale that buyers cannot buy now: out of season, or out of stock. */
  readonly outOfSeason: readonly L[];
  readonly outOfStock: readonly L[];
}

/**
 * What waits, from the inbox and the shop's listings: orders to confirm first (the 24 hours run), then to hand over,
 * then listings that sell nothing now. Drafts and listings the household ended itself are not waiting.
 */
export function homeWaiting<L extends ListingFacts>(
  orders: readonly OrderFacts[],
  listings: readonly L[],
): HomeWaiting<L> {
  const placed = orders.filter((o) => o.status === 'placed');
  const deadlines = placed.map((o) => o.confirmBy).sort();
  const onSale = listings.filter((l) => l.status !== 'draft' && l.status !== 'ended');
  return {
    toConfirm: {
      count: placed.length,
      value: placed.reduce((sum, o) => sum + o.totals.total, 0),
      firstDeadline: deadlines[0] ?? null,
    },
    toHandOver: orders.filter((o) => o.status === 'confirmed').length,
    outOfSeason: onSale.filter((l) => l.phase === 'over' || l.phase === 'too-early'),
    outOfStock: onSale.filter((l) => l.phase !== 'over' && l.effectiveStatus === 'sold_out'),
  };
}
