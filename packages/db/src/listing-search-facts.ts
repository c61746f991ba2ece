import { listingSeason, ProductIdSchema, searchTokens, typoKeys } from '@nongsan/domain';

/** What a listing row holds for the database to search it by (see the `0006_listing_search` migration). */
export interface ListingSearchFacts {
  /** The folded words of its search text, in order, separated by one space. */
  readonly search_words: string;
  /** The distinct folded words, one `listing_search_words` row each. */
  readonly words: readonly string[];
  /** The distinct typo keys of those words, one `listing_search_keys` row each. */
  readonly keys: readonly string[];
  readonly pre_order_from: string;
  readonly sell_from: string;
  readonly sell_until: string;
}

/**
 * The search columns of a listing, from its stored search text (already folded by the domain's `foldText`) and the
 * facts its season follows from: words as the domain's `searchTokens` splits them, dates as `listingSeason` gives.
 */
export function listingSearchFacts(row: {
  readonly product_id: string;
  readonly search_text: string;
  readonly harvest_from: string | null;
  readonly harvest_until: string | null;
  readonly created_at: string;
}): ListingSearchFacts {
  const tokens = searchTokens(row.search_text);
  const season = listingSeason({
    productId: ProductIdSchema.parse(row.product_id),
    harvest:
      row.harvest_from !== null && row.harvest_until !== null
        ? { from: row.harvest_from, until: row.harvest_until }
        : null,
    createdAt: new Date(row.created_at),
  });
  return {
    search_words: tokens.join(' '),
    words: [...new Set(tokens)],
    keys: listingTypoKeys(tokens),
    pre_order_from: season.preOrderFrom,
    sell_from: season.sellFrom,
    sell_until: season.sellUntil,
  };
}

/** The distinct typo keys (the domain's `typoKeys`) of a listing's folded words. */
export function listingTypoKeys(words: readonly string[]): string[] {
  return [...new Set(words.flatMap(typoKeys))];
}
