import type { ListingPhase, ListingStatus } from './listings.ts';

/**
 * How a listing stands as a person reads it, in one word: its effective status and where it is in its season
 * together. An active listing is only "on sale" in its season; before the harvest it takes pre-orders, and before
 * pre-orders open buyers cannot order it at all. The one rule behind every badge on a listing, for sellers,
 * helpers and buyers alike.
 */
export type ListingStanding =
  | 'draft'
  | 'paused'
  | 'sold_out'
  | 'ended'
  | 'too_early'
  | 'pre_order'
  | 'on_sale';

/** The facts a listing's standing follows from, as `effectiveStatus` and `listingPhase` give them. */
export interface ListingStandingFacts {
  readonly effectiveStatus: ListingStatus;
  readonly phase: ListingPhase;
}

const BY_PHASE: Record<ListingPhase, ListingStanding> = {
  'too-early': 'too_early',
  'pre-order': 'pre_order',
  'in-season': 'on_sale',
  over: 'ended',
};

/** The listing's standing: its status unless it is active, and then its place in the season. */
export function listingStanding({ effectiveStatus, phase }: ListingStandingFacts): ListingStanding {
  return effectiveStatus === 'active' ? BY_PHASE[phase] : effectiveStatus;
}

/** Whether a buyer can order a listing that stands so (in season, or as a pre-order). */
export function standingOrderable(standing: ListingStanding): boolean {
  return standing === 'on_sale' || standing === 'pre_order';
}
