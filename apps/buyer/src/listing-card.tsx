import type { RouterOutputs } from '@nongsan/api';
import { getProduct } from '@nongsan/domain';
import { format, ImageBox, useLocale } from '@nongsan/ui';
import { Link } from 'wouter';

export type ListingView = RouterOutputs['listings']['search']['items'][number];

/** A shop's average and count, for its listings' cards. */
export interface CardRating {
  readonly average: number | null;
  readonly count: number;
}

/**
 * One listing in a list: picture or icon, name, price per unit, shop and village (with the shop's rating when it
 * has one), whether it is in season and when it is harvested (when the shop said).
 */
export function ListingCard({ listing, rating }: { listing: ListingView; rating?: CardRating | undefined }) {
  const { t, locale } = useLocale();
  const product = getProduct(listing.productId);
  const soldOut = listing.effectiveStatus === 'sold_out';
  return (
    <li>
      <Link href={`/listings/${encodeURIComponent(listing.id)}`} className="ns-card">
        <ImageBox
          src={listing.photoUrls[0]}
          alt={product.name[locale]}
          fallbackIcon={product.icon}
          productId={product.id}
        />
        <div className="ns-card__body">
          <h3 className="ns-card__title">{listing.title}</h3>
          <span className="ns-card__price">{format.unitPrice(listing.unitPrice, listing.unit, locale)}</span>
          <span className="ns-muted">
            {t('listing.byShop', { shop: listing.shopName ?? '', village: listing.villageName ?? '' })}
          </span>
          {rating && rating.average !== null ? (
            <span className="buyer-card__rating">
              {t('buyer.review.rating', {
                average: format.rating(rating.average, locale),
                count: rating.count,
              })}
            </span>
          ) : null}
          <span className="buyer-card__meta">
            <span
              className={soldOut || listing.phase !== 'in-season' ? 'ns-badge ns-badge--muted' : 'ns-badge'}
            >
              {soldOut ? t('listing.soldOut') : t(`listing.phase.${listing.phase}`)}
            </span>
            {listing.harvest ? (
              <span className="ns-muted">
                {t('buyer.listing.harvest', { date: format.localDate(listing.harvest.from, locale) })}
              </span>
            ) : null}
          </span>
        </div>
      </Link>
    </li>
  );
}
