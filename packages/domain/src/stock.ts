import { DomainError } from './errors.ts';
import { type Listing, listingUnit, withStock } from './listings.ts';
import { type Order, reservedQuantity } from './order.ts';
import { quantityParams } from './quantity-params.ts';

/**
 * A decision about a listing's stock, for the caller to apply: `delta` base units (grams or pieces) added to what is
 * left to sell; negative takes (a reservation), positive gives back (a release). A server applies it inside its
 * transaction as `stock = stock + delta where stock + delta >= 0`, then stores the status `withStock` gives.
 */
export interface StockChange {
  readonly listingId: string;
  readonly delta: number;
}

/** Changes for the same listing summed into one, in first-seen order; changes that cancel out are dropped. */
export function mergeStockChanges(changes: Iterable<StockChange>): StockChange[] {
  const sums = new Map<string, number>();
  for (const { listingId, delta } of changes) sums.set(listingId, (sums.get(listingId) ?? 0) + delta);
  return [...sums].filter(([, delta]) => delta !== 0).map(([listingId, delta]) => ({ listingId, delta }));
}

/** Everything an order holds, given back: on cancellation, expiry, or a parcel that came back. */
export function releaseStock(order: Pick<Order, 'lines'>): StockChange[] {
  return mergeStockChanges(order.lines.map((l) => ({ listingId: l.listingId, delta: reservedQuantity(l) })));
}

/**
 * The refusal "only so much of this listing left": `available` in base units (grams or pieces) travels as the number
 * a person reads and the unit as its code, so each language writes its own word ("Chỉ còn 3 cái", "Only 3 pcs").
 * Every layer that finds the stock short (placing, weighing, the database's conditional update) raises this one.
 */
export function notEnoughStock(
  listing: Pick<Listing, 'title' | 'productId'>,
  available: number,
  path: readonly (string | number)[],
): DomainError {
  return new DomainError(
    'order.not_enough_stock',
    { title: listing.title, ...quantityParams({ available }, listingUnit(listing)) },
    path,
  );
}

/**
 * Apply stock decisions to listings (a map by id), returning a new map: the inputs are not touched. Each listing's
 * status follows its new stock (sold out at zero, active again when stock comes back). A change that would take a
 * listing below zero throws `order.not_enough_stock` and nothing is applied.
 */
export function applyStockChanges(
  listings: ReadonlyMap<string, Listing>,
  changes: readonly StockChange[],
  now: Date,
): Map<string, Listing> {
  const result = new Map(listings);
  for (const { listingId, delta } of mergeStockChanges(changes)) {
    const listing = result.get(listingId);
    if (!listing) throw new DomainError('order.listing_not_found', { listingId }, ['listingId']);
    const stock = listing.stock + delta;
    if (stock < 0) throw notEnoughStock(listing, listing.stock, ['listingId']);
    result.set(listingId, withStock(listing, stock, now));
  }
  return result;
}
