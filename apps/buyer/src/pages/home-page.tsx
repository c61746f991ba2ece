import { PRODUCT_IDS, PRODUCTS, type ProductId, RATINGS_PER_REQUEST } from '@nongsan/domain';
import {
  AppBar,
  CardListSkeleton,
  errorMessage,
  Notice,
  Page,
  SelectField,
  TextField,
  useLocale,
} from '@nongsan/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { ListingCard } from '../listing-card.tsx';
import { useTRPC } from '../trpc.ts';
import { type Filters, PAGE_SIZE, readFilters, searchInput } from './home-search.ts';

/** The server's largest page: "show more" grows the one page up to it. */
const MAX_SHOWN = 100;

/** A product id from the address, or undefined for anything else (checked without zod: this is the first screen). */
function asProductId(value: string | null): ProductId | undefined {
  return PRODUCT_IDS.find((id) => id === value);
}

function filtersPath(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  if (filters.productId) params.set('product', filters.productId);
  if (filters.communeCode) params.set('commune', filters.communeCode);
  if (filters.villageId) params.set('village', filters.villageId);
  if (filters.inSeasonNow) params.set('season', '1');
  const text = params.toString().replace(/\+/g, '%20');
  return text ? `/?${text}` : '/';
}

/**
 * What is for sale, in season now first (the server ranks it so), with a search that ignores accents and filters by
 * product, commune (when the deployment has several), village and season. Everything lives in the address
 * (`?q=&product=&commune=&village=&season=1`), so a search can be shared and the back button undoes it.
 */
export function HomePage() {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const [, navigate] = useLocation();
  const filters = readFilters(useSearch(), asProductId);
  const [typed, setTyped] = useState(filters.query);
  const [shown, setShown] = useState(PAGE_SIZE);
  const communes = useQuery(trpc.places.communes.queryOptions(undefined, { staleTime: 3_600_000 }));
  // With several communes, the villages offered are the chosen commune's (none until one is chosen).
  const manyCommunes = (communes.data?.length ?? 0) > 1;
  const villages = useQuery(
    trpc.places.villages.queryOptions(
      filters.communeCode ? { communeCode: filters.communeCode } : undefined,
      {
        staleTime: 3_600_000,
        enabled: communes.isSuccess && (!manyCommunes || filters.communeCode !== undefined),
      },
    ),
  );
  const listings = useQuery({
    ...trpc.listings.search.queryOptions(searchInput(filters, shown)),
    placeholderData: keepPreviousData,
  });
  // The shops' ratings for the cards, in one request after the listings (a card shows none until it arrives).
  const shopIds = [...new Set((listings.data?.items ?? []).map((l) => l.shopId))].slice(
    0,
    RATINGS_PER_REQUEST,
  );
  const ratings = useQuery({
    ...trpc.reviews.ratings.queryOptions({ shopIds }, { staleTime: 60_000 }),
    enabled: shopIds.length > 0,
    placeholderData: keepPreviousData,
  });
  const ratingOf = new Map((ratings.data ?? []).map((r) => [r.shopId, r]));

  function apply(next: Partial<Filters>) {
    setShown(PAGE_SIZE);
    navigate(filtersPath({ ...filters, ...next }));
  }

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({ query: typed.trim() });
  }

  const filtered = filters.query || filters.productId || filters.communeCode || filters.villageId;
  return (
    <>
      <AppBar title={t('app.buyer.title')} />
      <Page
        heading={
          filters.query ? t('listing.search') : filtered ? t('buyer.list.all') : t('listing.inSeasonTitle')
        }
      >
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
          <div className="buyer-filters">
            <SelectField
              label={t('buyer.filter.product')}
              name="product"
              placeholder={t('buyer.filter.anyProduct')}
              value={filters.productId ?? ''}
              options={PRODUCTS.map((p) => ({ value: p.id, label: p.name[locale] }))}
              onChange={(event) => apply({ productId: asProductId(event.target.value) })}
            />
            {manyCommunes ? (
              <SelectField
                label={t('buyer.filter.commune')}
                name="commune"
                placeholder={t('buyer.filter.anyCommune')}
                value={filters.communeCode ?? ''}
                options={(communes.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
                onChange={(event) =>
                  apply({ communeCode: event.target.value || undefined, villageId: undefined })
                }
              />
            ) : null}
            <SelectField
              label={t('buyer.filter.village')}
              name="village"
              placeholder={t('buyer.filter.anyVillage')}
              value={filters.villageId ?? ''}
              options={(villages.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
              onChange={(event) => apply({ villageId: event.target.value || undefined })}
            />
          </div>
          <label className="ns-check">
            <input
              type="checkbox"
              name="season"
              checked={filters.inSeasonNow}
              onChange={(event) => apply({ inSeasonNow: event.target.checked })}
            />
            {t('buyer.filter.inSeason')}
          </label>
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
                <ListingCard key={listing.id} listing={listing} rating={ratingOf.get(listing.shopId)} />
              ))}
            </ul>
            {listings.data.total > listings.data.items.length && shown < MAX_SHOWN ? (
              <button
                type="button"
                className="ns-button"
                disabled={listings.isFetching}
                onClick={() => setShown((n) => Math.min(MAX_SHOWN, n + PAGE_SIZE))}
              >
                {t('buyer.list.more')}
              </button>
            ) : null}
          </>
        )}
      </Page>
    </>
  );
}
