import type { RouterOutputs } from '@nongsan/api';
import { PAGE_SIZE, readFilters, type SearchInput, searchInput } from './pages/home-search.ts';

export type SearchPage = RouterOutputs['listings']['search'];

/** The home page's first `listings.search`, already on its way: its input (for the query key) and its answer. */
export interface FirstSearch {
  readonly input: SearchInput;
  readonly answer: Promise<SearchPage>;
}

/**
 * On a cold load of the home page, asks for its listings at once, while the app's JS is still downloading, instead
 * of one round trip after React has mounted (on a 150 ms phone link, the difference is most of a second's tail).
 * Plain `fetch` of tRPC's GET (no transformer: the answer is `{ result: { data } }`), so this module stays tiny.
 * Null when the address is not the home page, or names a product (only the app, with the catalog, can check it).
 */
export function startFirstSearch(base: string): FirstSearch | null {
  const path = window.location.pathname.slice(base.length);
  const params = new URLSearchParams(window.location.search);
  if ((path !== '' && path !== '/') || params.has('product')) return null;
  const input = searchInput(
    readFilters(window.location.search, () => undefined),
    PAGE_SIZE,
  );
  const answer = fetch(`/trpc/listings.search?input=${encodeURIComponent(JSON.stringify(input))}`, {
    credentials: 'include',
  }).then(async (response) => {
    if (!response.ok) throw new Error(`listings.search answered ${response.status}`);
    const body = (await response.json()) as { result: { data: SearchPage } };
    return body.result.data;
  });
  // Whoever takes the answer handles a failure (by asking again through tRPC); until then it is not "unhandled".
  answer.catch(() => undefined);
  return { input, answer };
}
