import * as z from 'zod';
import { type Actor, actsForShop } from './actors.ts';
import { DomainError, parseInput } from './errors.ts';
import { type ListingInput, ListingInputSchema } from './listing-input.ts';
import { effectiveStatus } from './listing-season.ts';
import type { Listing, ListingStatus } from './listing-shape.ts';

/*
 * A household's listings and the rules of changing them: stock, status actions, creating and editing. What a
 * listing is (`listing-shape.ts`), what a seller types (`listing-input.ts`) and when it can be ordered
 * (`listing-season.ts`) are in their own files, re-exported here so that `./listings.ts` stays the one door.
 */
export * from './listing-input.ts';
export * from './listing-season.ts';
export * from './listing-shape.ts';

/**
 * The listing with a new stock level and the status that follows: an active listing with no stock left is sold
 * out; a sold-out listing that gets stock again is active. Draft, paused and ended listings keep their status (stock
 * given back by a cancelled order still lands on an ended listing).
 */
export function withStock(listing: Listing, stock: number, now: Date): Listing {
  if (!Number.isSafeInteger(stock) || stock < 0)
    throw new DomainError('quantity.negative', { stock }, ['stock']);
  return { ...listing, stock, status: statusWithStock(listing.status, stock), updatedAt: now };
}

/** The status a listing takes when its stock becomes `stock`: active at zero → sold out, sold out with stock → active. */
export function statusWithStock(status: ListingStatus, stock: number): ListingStatus {
  if (status === 'active' && stock === 0) return 'sold_out';
  if (status === 'sold_out' && stock > 0) return 'active';
  return status;
}

/** What a seller (or their helper) may do to a listing's status. */
export const ListingStatusActionSchema = z.enum(['publish', 'pause', 'resume', 'mark_sold_out', 'end']);
/** A change a seller asks of a listing's status (publish, pause, resume, end…), per `LISTING_STATUS_CHANGES`. */
export type ListingStatusAction = z.infer<typeof ListingStatusActionSchema>;

/**
 * The legal status changes, as data: from which (effective) statuses an action may be taken, and where it leads.
 * `resume` leads to sold out when there is no stock; `mark_sold_out` sets the stock to zero.
 */
export const LISTING_STATUS_CHANGES: Readonly<
  Record<ListingStatusAction, { readonly from: readonly ListingStatus[]; readonly to: ListingStatus }>
> = {
  publish: { from: ['draft'], to: 'active' },
  pause: { from: ['active', 'sold_out'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  mark_sold_out: { from: ['active', 'paused'], to: 'sold_out' },
  end: { from: ['draft', 'active', 'paused', 'sold_out'], to: 'ended' },
};

function assertManages(actor: Actor, shopId: string): void {
  if (!actsForShop(actor, shopId)) throw new DomainError('listing.forbidden', {}, []);
}

/**
 * Create a listing (as a draft: `changeListingStatus(…, 'publish', …)` puts it on sale). The input is parsed here,
 * so the price warning cannot be skipped.
 */
export function createListing(
  input: ListingInput,
  context: { readonly id: string; readonly shopId: string; readonly actor: Actor; readonly now: Date },
): Listing {
  assertManages(context.actor, context.shopId);
  const { confirmUnusualPrice: _, ...fields } = parseInput(ListingInputSchema, input);
  return {
    ...fields,
    id: context.id,
    shopId: context.shopId,
    status: 'draft',
    createdAt: context.now,
    updatedAt: context.now,
  };
}

/**
 * Replace a listing's editable fields (the whole form, parsed again). The product cannot change: orders refer to
 * it. A new stock level moves the status as `withStock` does. Orders already placed keep the price they were placed
 * at.
 */
export function updateListing(listing: Listing, input: ListingInput, actor: Actor, now: Date): Listing {
  assertManages(actor, listing.shopId);
  const { confirmUnusualPrice: _, ...fields } = parseInput(ListingInputSchema, input);
  if (fields.productId !== listing.productId)
    throw new DomainError('listing.product_fixed', {}, ['productId']);
  if (effectiveStatus(listing, now) === 'ended')
    throw new DomainError('listing.ended', { title: listing.title }, []);
  const updated = withStock(listing, fields.stock, now);
  return { ...updated, ...fields, status: updated.status, updatedAt: now };
}

/**
 * Take a status action (publish, pause, resume, mark sold out, end) for a seller or their helper. Illegal changes
 * throw `listing.illegal_status_change` with the current status and the action; publishing with no stock throws
 * `listing.no_stock`; a listing whose season is over can only be ended.
 */
export function changeListingStatus(
  listing: Listing,
  action: ListingStatusAction,
  actor: Actor,
  now: Date,
): Listing {
  assertManages(actor, listing.shopId);
  const from = effectiveStatus(listing, now);
  const to = statusAfter(from, listing.status, listing.stock, action);
  if (to === null)
    throw new DomainError(
      from === 'ended' ? 'listing.ended' : 'listing.illegal_status_change',
      { title: listing.title, from, action },
      ['status'],
    );
  if (action === 'publish' && listing.stock === 0)
    throw new DomainError('listing.no_stock', { title: listing.title }, ['stock']);
  if (action === 'mark_sold_out') return { ...listing, stock: 0, status: to, updatedAt: now };
  return { ...listing, status: to, updatedAt: now };
}

/**
 * Where `action` takes a listing standing at `from` (stored as `stored`) with `stock` left, per
 * `LISTING_STATUS_CHANGES`; null when it does not apply. A listing whose season is over still shows its stored
 * status until someone ends it; ending it is always legal.
 */
function statusAfter(
  from: ListingStatus,
  stored: ListingStatus,
  stock: number,
  action: ListingStatusAction,
): ListingStatus | null {
  const change = LISTING_STATUS_CHANGES[action];
  const legal = action === 'end' ? stored !== 'ended' : change.from.includes(from);
  if (!legal) return null;
  if (action === 'mark_sold_out' || (action === 'resume' && stock === 0)) return 'sold_out';
  return change.to;
}

/** A listing step that may wait on the phone: a status action, or a new stock level typed (`{ stock }`). */
export type WaitingListingChange = ListingStatusAction | { readonly stock: number };

/**
 * The status and stock a listing will show once the steps waiting on the phone (pause, resume, a new stock level…)
 * are applied, in order: what the seller sees, which next step to offer, and the stock a later step is made
 * against, while they wait to be sent. A step that would not apply leaves the listing as it is (the server will
 * refuse it and say why).
 */
export function listingAfterWaiting(
  listing: {
    readonly effectiveStatus: ListingStatus;
    readonly status: ListingStatus;
    readonly stock: number;
  },
  waiting: readonly WaitingListingChange[],
): { readonly status: ListingStatus; readonly stock: number } {
  let status = listing.effectiveStatus;
  let stored = listing.status;
  let stock = listing.stock;
  for (const change of waiting) {
    if (typeof change !== 'string') {
      if (status === 'ended') continue;
      stock = change.stock;
      status = statusWithStock(status, stock);
      stored = statusWithStock(stored, stock);
      continue;
    }
    if (change === 'publish' && stock === 0) continue;
    const to = statusAfter(status, stored, stock, change);
    if (to === null) continue;
    status = to;
    stored = to;
    if (change === 'mark_sold_out') stock = 0;
  }
  return { status, stock };
}

/** The status part of `listingAfterWaiting`. */
export function listingStatusAfterWaiting(
  listing: {
    readonly effectiveStatus: ListingStatus;
    readonly status: ListingStatus;
    readonly stock: number;
  },
  waiting: readonly WaitingListingChange[],
): ListingStatus {
  return listingAfterWaiting(listing, waiting).status;
}
