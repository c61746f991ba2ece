import { DomainError, type Listing, notEnoughStock, type StockChange } from '@nongsan/domain';
import type { Repositories } from '../repositories/repositories.ts';

/**
 * Stock changes in one fixed order (by listing id): two carts holding the same listings in another order then lock
 * their rows in the same order, so PostgreSQL never has to break a deadlock between them.
 */
export function byListing(changes: readonly StockChange[]): StockChange[] {
  return [...changes].sort((a, b) => (a.listingId < b.listingId ? -1 : a.listingId > b.listingId ? 1 : 0));
}

/**
 * Applies stock moves conditionally, each in the database (`stock + delta >= 0`): the first that does not fit
 * throws the domain's `notEnoughStock` for its line (`lineOf` says which), with the stock there is now, and the
 * caller's transaction rolls everything back. `listingOf` names the listing as the caller read it (the message
 * needs its title and unit); a listing the caller did not read is looked up.
 */
export async function takeStock(
  repos: Repositories,
  changes: readonly StockChange[],
  now: Date,
  lineOf: (listingId: string) => number,
  listingOf: (listingId: string) => Listing | undefined = () => undefined,
): Promise<void> {
  for (const change of byListing(changes)) {
    if (await repos.listingStock.apply(change, now)) continue;
    const listing = listingOf(change.listingId) ?? (await repos.listings.findById(change.listingId));
    if (!listing) throw new DomainError('order.listing_not_found', { listingId: change.listingId });
    const available = (await repos.listingStock.stockOf(change.listingId)) ?? 0;
    throw notEnoughStock(listing, available, ['lines', lineOf(change.listingId), 'quantity']);
  }
}
