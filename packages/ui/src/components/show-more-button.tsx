import { errorMessage } from '../errors/server-problems.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { Notice } from './notice.tsx';

/** What the button reads of a paged list's infinite query (TanStack Query's `useInfiniteQuery` result). */
export interface NextPages {
  readonly hasNextPage: boolean;
  readonly isFetchingNextPage: boolean;
  readonly isFetchNextPageError: boolean;
  readonly error: unknown;
  fetchNextPage(): Promise<unknown>;
}

/**
 * Under a list read a page at a time: "Xem thêm" (Show more) loads the next page below what is shown, busy while it
 * comes; gone on the last page. If the page could not come (a lost signal), it says so and the button tries again.
 */
export function ShowMoreButton({ pages }: { pages: NextPages }) {
  const { t, locale } = useLocale();
  if (!pages.hasNextPage) return null;
  const busy = pages.isFetchingNextPage;
  return (
    <div className="ns-show-more">
      {pages.isFetchNextPageError && !busy ? (
        <Notice tone="error">{errorMessage(pages.error, locale)}</Notice>
      ) : null}
      <button
        type="button"
        className="ns-button"
        disabled={busy}
        aria-busy={busy}
        onClick={() => void pages.fetchNextPage()}
      >
        {busy ? <span className="ns-spinner" aria-hidden="true" /> : null}
        <span>{t('list.showMore')}</span>
        {busy ? <span className="ns-visually-hidden">{t('state.loading')}</span> : null}
      </button>
    </div>
  );
}
