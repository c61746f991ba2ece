import { getProduct, type ProductId } from './catalog.ts';
import type { ErrorCode } from './dictionary.ts';
import type { ErrorParams } from './errors.ts';
import type { HarvestDates } from './listing-input.ts';
import type { Listing, ListingStatus } from './listing-shape.ts';
import { localDateText } from './local-date-text.ts';
import { addDays, type LocalDate, seasonStatus, toLocalDate } from './seasons.ts';

/* When a listing can be ordered: its season, where it stands in it on a day, and what that makes of its status. */

/**
 * When a listing can be ordered, as local dates: pre-orders from `preOrderFrom`, in season from `sellFrom`, over
 * after `sellUntil` (inclusive). With harvest dates they are the shop's own (pre-orders the product's pre-order days
 * before the harvest, sold until its keeping time after); without, the product's selling window that was current
 * (or next) when the listing was created.
 */
export interface ListingSeason {
  readonly preOrderFrom: LocalDate;
  readonly sellFrom: LocalDate;
  readonly sellUntil: LocalDate;
}

/**
 * The dates a listing is sold on: its own harvest dates when it has them, else its product's season around when it
 * was created.
 */
export function listingSeason(listing: Pick<Listing, 'productId' | 'harvest' | 'createdAt'>): ListingSeason {
  const anchor = listing.harvest?.from ?? toLocalDate(listing.createdAt);
  const key = `${listing.productId} ${anchor} ${listing.harvest?.until ?? ''}`;
  const known = SEASONS.get(key);
  if (known) return known;
  const season = Object.freeze(computeSeason(listing.productId, anchor, listing.harvest));
  // A listing's season depends only on these three values, and a commune has few distinct ones: remember them, so a
  // simulation asking "can this be ordered?" millions of times does not redo the calendar arithmetic.
  if (SEASONS.size >= 10_000) SEASONS.clear();
  SEASONS.set(key, season);
  return season;
}

const SEASONS = new Map<string, ListingSeason>();

function computeSeason(productId: ProductId, anchor: LocalDate, harvest: HarvestDates | null): ListingSeason {
  const product = getProduct(productId);
  const window = seasonStatus(product, anchor).window;
  if (harvest === null)
    return { preOrderFrom: window.preOrderFrom, sellFrom: window.harvestStart, sellUntil: window.sellUntil };
  const keptUntil = addDays(harvest.until, product.keepsDays);
  return {
    preOrderFrom: addDays(harvest.from, -product.preOrderDays),
    sellFrom: harvest.from,
    sellUntil: laterOf(keptUntil, window.sellUntil),
  };
}

function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  if (a > b) return a;
  return b;
}

/** Where a listing stands in its season on a day. */
export type ListingPhase = 'too-early' | 'pre-order' | 'in-season' | 'over';

/** Where a listing stands in its season at `now`: too early, pre-order, in season or over. */
export function listingPhase(
  listing: Pick<Listing, 'productId' | 'harvest' | 'createdAt'>,
  now: Date,
): ListingPhase {
  return phaseOn(listingSeason(listing), toLocalDate(now));
}

function phaseOn(season: ListingSeason, today: LocalDate): ListingPhase {
  if (today > season.sellUntil) return 'over';
  if (today >= season.sellFrom) return 'in-season';
  if (today >= season.preOrderFrom) return 'pre-order';
  return 'too-early';
}

/** The harvest is still ahead and pre-orders are open: an order now is a pre-order. */
export function isPreOrder(listing: Listing, now: Date): boolean {
  return listingPhase(listing, now) === 'pre-order';
}

/**
 * The status a buyer and the seller see now: the stored one, except that a listing whose selling window is over is
 * `ended`, and an active listing with no stock is `sold_out`.
 */
export function effectiveStatus(listing: Listing, now: Date): ListingStatus {
  return statusIn(listing, listingPhase(listing, now));
}

function statusIn(listing: Listing, phase: ListingPhase): ListingStatus {
  if (listing.status === 'draft' || listing.status === 'ended') return listing.status;
  if (phase === 'over') return 'ended';
  if (listing.status === 'active' && listing.stock === 0) return 'sold_out';
  return listing.status;
}

/** Why a listing cannot be ordered: a code of the dictionary with its params. */
export interface Refusal {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
}

/** Whether a listing can be ordered now: yes (and whether as a pre-order), or a refusal with its code. */
export type OrderableCheck =
  | { readonly ok: true; readonly preOrder: boolean }
  | { readonly ok: false; readonly refusal: Refusal };

const REFUSAL_BY_STATUS: Partial<Record<ListingStatus, ErrorCode>> = {
  draft: 'listing.not_published',
  paused: 'listing.paused',
  sold_out: 'listing.sold_out',
};

/**
 * Can a buyer order this listing now? It must be active with stock, and in season or open for pre-orders; when not,
 * the refusal says why (paused, sold out, season over, pre-orders not open yet).
 */
export function canOrder(listing: Listing, now: Date): OrderableCheck {
  const season = listingSeason(listing);
  const phase = phaseOn(season, toLocalDate(now));
  const status = statusIn(listing, phase);
  const { title } = listing;
  if (status === 'ended') return { ok: false, refusal: { code: 'listing.ended', params: { title } } };
  const byStatus = REFUSAL_BY_STATUS[status];
  if (byStatus) return { ok: false, refusal: { code: byStatus, params: { title } } };
  if (phase === 'too-early')
    return {
      ok: false,
      refusal: { code: 'listing.too_early', params: { title, date: localDateText(season.preOrderFrom) } },
    };
  return { ok: true, preOrder: phase === 'pre-order' };
}
