import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { BaseQuantity, Flag, Id, LocalDateText, UtcTimeText, VndAmount } from '../column-types.ts';

/**
 * A household's digital shop (gian hàng số): one per household, and its id is the household's id (as the domain
 * has it: whoever may act for the household may act for its shop).
 */
export interface ShopsTable {
  id: Id;
  name: string;
  description: Generated<string>;
  /** The domain's `ShopStatus` ("open", "paused", "closed"). */
  status: string;
  opened_at: UtcTimeText;
  /** Who opened it: the household's login or its helper (the audit log says for whom). */
  opened_by: Id;
  updated_at: UtcTimeText;
  /** Whether buyers may pay cash on delivery (1, the default) or not (0). */
  accepts_cash_on_delivery: Generated<Flag>;
}

/** A product offered by a shop, with its price and stock. */
export interface ListingsTable {
  id: Id;
  shop_id: Id;
  /** A catalog product id (`dragon-fruit`, …); the unit (kg or piece) follows from the product. */
  product_id: string;
  title: string;
  description: string;
  /** Per kg for weighed goods, per piece for counted goods; more than zero. */
  unit_price: VndAmount;
  /** What is left to sell, in grams or pieces; never below zero (a check constraint backs the conditional update). */
  stock: BaseQuantity;
  /** The least a buyer may order, in grams or pieces. */
  min_order: BaseQuantity;
  /** The most one buyer may order; null for no cap. */
  per_buyer_cap: BaseQuantity | null;
  harvest_from: LocalDateText | null;
  harvest_until: LocalDateText | null;
  /** The product's OCOP stars (1–5) as the household gives them; null when none. */
  ocop_stars: number | null;
  /** The domain's `ListingStatus` ("draft", "active", "paused", "sold_out", "ended"). */
  status: string;
  /** Title, product names and aliases, village: folded (lower case, no diacritics) by the app for search. */
  search_text: Generated<string>;
  /** The folded words of `search_text`, space-separated (`listingSearchFacts`). */
  search_words: Generated<string>;
  /** The listing's season (`listingSeason`), local dates: pre-orders open, selling starts, selling ends. */
  pre_order_from: Generated<LocalDateText>;
  sell_from: Generated<LocalDateText>;
  sell_until: Generated<LocalDateText>;
  /** Bumped by every change, for optimistic checks (`where version = ?`). */
  version: Generated<number>;
  created_at: UtcTimeText;
  updated_at: UtcTimeText;
}

/** One distinct folded word of a listing's search text: what a search looks words up in. */
export interface ListingSearchWordsTable {
  listing_id: Id;
  word: string;
}

/**
 * A listing's typo keys (the domain's `typoKeys` of each of its words), one row per distinct key, indexed by key: a
 * query word one typo away from a listing word shares a key with it, found by equality.
 */
export interface ListingSearchKeysTable {
  listing_id: Id;
  key: string;
}

/** A photo of a listing: the file lives under the data folder, the row says where and in which order. */
export interface ListingPhotosTable {
  id: Id;
  listing_id: Id;
  /** Path relative to the photos folder. */
  file_name: string;
  content_type: string;
  byte_size: number;
  /** 0 is the cover photo. */
  position: number;
  created_at: UtcTimeText;
}

export type ShopRow = Selectable<ShopsTable>;
export type NewShopRow = Insertable<ShopsTable>;
export type ShopRowUpdate = Updateable<ShopsTable>;
export type ListingRow = Selectable<ListingsTable>;
export type NewListingRow = Insertable<ListingsTable>;
export type ListingRowUpdate = Updateable<ListingsTable>;
export type ListingPhotoRow = Selectable<ListingPhotosTable>;
export type NewListingPhotoRow = Insertable<ListingPhotosTable>;
