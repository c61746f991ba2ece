import { listingStanding } from '@nongsan/domain';
import { CardListSkeleton, errorMessage, format, Notice, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useTRPC } from '../trpc.ts';

/** The listings of a household its helper looks after, as they stand (price, stock left, status); each opens to edit. */
export function HouseholdListings({ householdId }: { householdId: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const listings = useQuery(trpc.listings.mine.queryOptions({ householdId }));
  if (listings.isPending) return <CardListSkeleton count={1} label={t('state.loading')} />;
  if (listings.isError) return <Notice tone="error">{errorMessage(listings.error, locale)}</Notice>;
  if (listings.data.items.length === 0) return <p className="ns-muted">{t('helper.waiting.noListing')}</p>;
  return (
    <ul className="ns-cards" aria-label={t('listing.mine')}>
      {listings.data.items.map((listing) => (
        <li key={listing.id} className="ns-card" data-listing={listing.id}>
          <div className="ns-card__body">
            <h4 className="ns-card__title">
              <Link href={`/listings/${listing.id}`} className="ns-card__link">
                {listing.title}
              </Link>
            </h4>
            <span className="ns-card__price">
              {format.unitPrice(listing.unitPrice, listing.unit, locale)}
            </span>
            <span>
              {t('listing.stockLeft', { quantity: format.quantity(listing.stock, listing.unit, locale) })}
            </span>
            <span className="ns-badge" data-status={listingStanding(listing)}>
              {t(`listing.standing.${listingStanding(listing)}`)}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
