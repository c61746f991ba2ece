import { AppBar, CardListSkeleton, errorMessage, Notice, Page, TextField, useLocale } from '@nongsan/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { ListingCard } from '../listing-card.tsx';
import { useTRPC } from '../trpc.ts';

const PAGE_SIZE = 20;

/**
 * What is for sale, in season now first (the server ranks it so), with a search that ignores accents. The query
 * lives in the address (`?q=`), so a search can be shared and the back button undoes it.
 */
export function HomePage() {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch()).get('q') ?? '';
  const [typed, setTyped] = useState(query);
  const listings = useQuery({
    ...trpc.listings.search.queryOptions({ query, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const words = typed.trim();
    navigate(words ? `/?q=${encodeURIComponent(words)}` : '/');
  }

  return (
    <>
      <AppBar title={t('app.buyer.title')} />
      <Page heading={query ? t('listing.search') : t('listing.inSeasonTitle')}>
        <search>
          <form className="ns-search" onSubmit={onSearch}>
            <TextField
              label={t('listing.search')}
              name="q"
              type="search"
              enterKeyHint="search"
              placeholder={t('listing.searchPlaceholder')}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
            <button type="submit" className="ns-button">
              {t('listing.searchSubmit')}
            </button>
          </form>
        </search>
        {listings.isPending ? (
          <CardListSkeleton count={4} label={t('state.loading')} />
        ) : listings.isError ? (
          <>
            <Notice tone="error">{errorMessage(listings.error, locale)}</Notice>
            <button type="button" className="ns-button" onClick={() => void listings.refetch()}>
              {t('state.retry')}
            </button>
          </>
        ) : listings.data.items.length === 0 ? (
          <p className="ns-muted">{t('listing.none')}</p>
        ) : (
          <>
            <p className="ns-muted" aria-live="polite">
              {t('listing.results', { count: listings.data.total })}
            </p>
            <ul className="ns-cards" aria-busy={listings.isPlaceholderData}>
              {listings.data.items.map((listing) => (
                <ListingCard key={listing.id} listing={listing} />
              ))}
            </ul>
          </>
        )}
      </Page>
    </>
  );
}
