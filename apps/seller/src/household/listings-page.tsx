import { getProduct, type ListingStatusAction, listingStanding, standingOrderable } from '@nongsan/domain';
import {
  AppBar,
  CardListSkeleton,
  errorMessage,
  format,
  ImageBox,
  Notice,
  Page,
  useLocale,
} from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useTRPC } from '../trpc.ts';
import type { OwnListing } from './household-types.ts';

/** What a seller may do with a listing as it stands now. */
function actionsFor(listing: OwnListing): ListingStatusAction[] {
  switch (listing.effectiveStatus) {
    case 'active':
      return ['pause', 'mark_sold_out'];
    case 'paused':
      return ['resume'];
    case 'draft':
      return ['publish'];
    default:
      return [];
  }
}

const ACTION_LABEL = {
  publish: 'seller.listing.publish',
  pause: 'seller.listing.pause',
  resume: 'seller.listing.resume',
  mark_sold_out: 'seller.listing.soldOut',
  end: 'seller.listing.pause',
} as const;

function ListingRow({ listing, householdId }: { listing: OwnListing; householdId?: string | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const setStatus = useMutation(
    trpc.listings.setStatus.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.listings.mine.queryKey() }),
    }),
  );
  const product = getProduct(listing.productId);
  const standing = listingStanding(listing);
  return (
    <li className="ns-card" data-listing={listing.id}>
      <ImageBox
        src={listing.photoUrls[0]}
        alt={product.name[locale]}
        fallbackIcon={product.icon}
        productId={product.id}
      />
      <div className="ns-card__body">
        <h2 className="ns-card__title">
          <Link href={`/listings/${listing.id}`}>{listing.title}</Link>
        </h2>
        <span className="ns-card__price">{format.unitPrice(listing.unitPrice, listing.unit, locale)}</span>
        <span>
          {t('listing.stockLeft', { quantity: format.quantity(listing.stock, listing.unit, locale) })}
        </span>
        <span>
          <span
            className={standing === 'on_sale' ? 'ns-badge' : 'ns-badge ns-badge--muted'}
            data-status={standing}
          >
            {t(`listing.standing.${standing}`)}
          </span>
        </span>
        {standingOrderable(standing) ? (
          <a href={`/buyer/listings/${listing.id}`}>{t('seller.listing.preview')}</a>
        ) : null}
        {setStatus.isError ? <Notice tone="error">{errorMessage(setStatus.error, locale)}</Notice> : null}
        <div className="ns-order__actions">
          {listing.effectiveStatus === 'sold_out' ? (
            // Stock typed on the edit form puts a sold-out listing back on sale (the domain's withStock).
            <Link href={`/listings/${listing.id}`} className="ns-button">
              {t('seller.listing.restock')}
            </Link>
          ) : null}
          {actionsFor(listing).map((action) => (
            <button
              key={action}
              type="button"
              className="ns-button"
              disabled={setStatus.isPending}
              onClick={() =>
                setStatus.mutate({
                  listingId: listing.id,
                  action,
                  ...(householdId === undefined ? {} : { householdId }),
                })
              }
            >
              {t(ACTION_LABEL[action])}
            </button>
          ))}
        </div>
      </div>
    </li>
  );
}

/** The shop's listings with their status and season, and the way to add one. */
export default function ListingsPage({
  householdId,
  start,
}: {
  householdId?: string | undefined;
  /** What the app bar starts with: a helper's way back to the household. */
  start?: ReactNode;
}) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const listings = useQuery(
    trpc.listings.mine.queryOptions(householdId === undefined ? {} : { householdId }),
  );
  return (
    <>
      <AppBar title={t('nav.listings')} start={start} />
      <Page>
        <Link href="/listings/new" className="ns-button ns-button--primary">
          {t('seller.listing.new')}
        </Link>
        {listings.isPending ? (
          <CardListSkeleton count={3} label={t('state.loading')} />
        ) : listings.isError ? (
          <Notice tone="error">{errorMessage(listings.error, locale)}</Notice>
        ) : listings.data.length === 0 ? (
          <p className="ns-muted">{t('state.empty')}</p>
        ) : (
          <ul className="ns-cards">
            {listings.data.map((listing) => (
              <ListingRow key={listing.id} listing={listing} householdId={householdId} />
            ))}
          </ul>
        )}
      </Page>
    </>
  );
}
