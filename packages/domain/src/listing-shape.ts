import * as z from 'zod';
import { getProduct, type ProductId } from './catalog.ts';
import type { HarvestDates } from './listing-input.ts';
import type { Vnd } from './money.ts';
import type { Unit } from './quantity.ts';

/**
 * A shop's offer of one product. `stock` is what is left to sell, in base units (grams or pieces): placing an order
 * takes its quantity from it at once (a reservation), cancelling gives it back. `unitPrice` is per kg for weighed
 * goods and per piece for counted goods; the unit follows from the product.
 */
export interface Listing {
  readonly id: string;
  /** The shop, which is its household's id: one digital shop per household. */
  readonly shopId: string;
  readonly productId: ProductId;
  readonly title: string;
  readonly description: string;
  readonly unitPrice: Vnd;
  readonly stock: number;
  readonly minOrder: number;
  /** The most one buyer may have on open orders; null for no cap. */
  readonly perBuyerCap: number | null;
  /** When this shop's produce is (or will be) picked; null to follow the product's season. */
  readonly harvest: HarvestDates | null;
  /** The product's OCOP stars (1–5) as the household gives them; null or absent when none. */
  readonly ocopStars?: number | null;
  /** URLs or storage keys, cover photo first. */
  readonly photos: readonly string[];
  readonly status: ListingStatus;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/**
 * The status a listing is stored with. `sold_out` follows from the stock reaching zero and `active` comes back when
 * stock is added; `ended` also follows from the product's selling window being over (see `effectiveStatus`).
 */
export const ListingStatusSchema = z.enum(['draft', 'active', 'paused', 'sold_out', 'ended']);
/** Where a listing is in its life: draft, active, paused, sold out or ended (see `ListingStatusSchema`). */
export type ListingStatus = z.infer<typeof ListingStatusSchema>;

/** The unit a listing is sold in: its product's. */
export function listingUnit(listing: Pick<Listing, 'productId'>): Unit {
  return getProduct(listing.productId).unit;
}
