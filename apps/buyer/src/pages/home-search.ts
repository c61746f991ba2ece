import type { ProductId } from '@nongsan/domain';

/**
 * What the home page asks `listings.search` for, read from the address. Zod-free and free of any runtime import, so
 * the entry module can ask the same question before React loads (`first-search.ts`), and the home page then finds
 * the answer under the very query key it would have used.
 */

/** The first page of listings; "show more" grows it. */
export const PAGE_SIZE = 20;

export interface Filters {
  readonly query: string;
  readonly productId: ProductId | undefined;
  readonly communeCode: string | undefined;
  readonly villageId: string | undefined;
  readonly inSeasonNow: boolean;
}

/** The filters in the address (`?q=&product=&commune=&village=&season=1`); `asProductId` says which product ids exist. */
export function readFilters(
  search: string,
  asProductId: (value: string | null) => ProductId | undefined,
): Filters {
  const params = new URLSearchParams(search);
  return {
    query: params.get('q') ?? '',
    productId: asProductId(params.get('product')),
    communeCode: params.get('commune') || undefined,
    villageId: params.get('village') || undefined,
    inSeasonNow: params.get('season') === '1',
  };
}

/** The input of `listings.search` for these filters and this many listings. */
export function searchInput(filters: Filters, pageSize: number) {
  return {
    query: filters.query,
    ...(filters.productId ? { productId: filters.productId } : {}),
    ...(filters.communeCode ? { communeCode: filters.communeCode } : {}),
    ...(filters.villageId ? { villageId: filters.villageId } : {}),
    inSeasonNow: filters.inSeasonNow,
    pageSize,
  };
}

export type SearchInput = ReturnType<typeof searchInput>;
