import * as z from 'zod';
import { type Actor, actsForShop } from './actors.ts';
import { DomainError, parseInput } from './errors.ts';
import { effectiveStatus } from './listing-season.ts';
import { type Listing, listingUnit } from './listing-shape.ts';
import { withStock } from './listings.ts';
import { StockSchema } from './quantity.ts';
import { quantityParams } from './quantity-params.ts';

/**
 * A seller's new stock level for one listing, typed as the whole quantity left to sell ("còn 25 kg"), on its own
 * (not the whole form), as a phone may send it later: `stock` is what is left to sell from now on, in base units
 * (grams or pieces); `expectedStock` the stock the seller saw when typing it (after the steps waiting before it on
 * the phone). Sent later, the new number applies only if that is still the stock.
 */
export const StockChangeSchema = z.object({
  stock: StockSchema,
  expectedStock: StockSchema.optional(),
});

/** A seller's new stock level, as `StockChangeSchema` parses it. */
export interface StockChangeRequest {
  readonly stock: number;
  readonly expectedStock?: number | undefined;
}

/**
 * Refuses a stock level typed against a stock that has moved since: `listing.stock_moved_meanwhile`, with the
 * stock the seller saw, the stock now and the number they typed, so they can look again.
 *
 * Why not add the difference instead: a seller types what they counted at the farm. Orders placed while the step
 * waited may already be among what they counted, or not; the phone cannot know, and guessing wrong sells produce the
 * household does not have (or hides produce it has). Asking again, with the numbers, is what a seller would expect.
 * When the stock already is the number typed, there is nothing to ask. No `expectedStock`: nothing to check.
 */
export function checkStockMadeAgainst(
  listing: Pick<Listing, 'title' | 'productId' | 'stock'>,
  change: StockChangeRequest,
): void {
  const { expectedStock, stock } = change;
  if (expectedStock === undefined || listing.stock === expectedStock || listing.stock === stock) return;
  throw new DomainError(
    'listing.stock_moved_meanwhile',
    {
      title: listing.title,
      ...quantityParams({ seen: expectedStock, current: listing.stock, wanted: stock }, listingUnit(listing)),
    },
    ['expectedStock'],
  );
}

/**
 * The listing with the stock level a seller (or their helper) typed: the status follows (`withStock`: an active
 * listing set to zero is sold out, a sold-out one given stock is on sale again; draft and paused stay so). Refused:
 * a negative, fractional or too large stock (as the form's), a stock below the listing's minimum order
 * (`listing.min_order_above_stock`, unless zero: "none left for now"), a listing whose season is over
 * (`listing.ended`), and a stock that moved since the seller saw it (`checkStockMadeAgainst`).
 */
export function setListingStock(
  listing: Listing,
  change: StockChangeRequest,
  actor: Actor,
  now: Date,
): Listing {
  if (!actsForShop(actor, listing.shopId)) throw new DomainError('listing.forbidden', {}, []);
  parseInput(StockChangeSchema, change);
  if (effectiveStatus(listing, now) === 'ended')
    throw new DomainError('listing.ended', { title: listing.title }, []);
  checkStockMadeAgainst(listing, change);
  if (change.stock > 0 && listing.minOrder > change.stock)
    throw new DomainError(
      'listing.min_order_above_stock',
      quantityParams({ minimum: listing.minOrder, stock: change.stock }, listingUnit(listing)),
      ['stock'],
    );
  return withStock(listing, change.stock, now);
}
